/**
 * Every document in the order of each date sort (top-hits.ts's keys with a constant `a`: newest
 * first or oldest first, undated last, ties by rowid), as a sorted column built from the doc
 * values — what search engines call index sorting. A page of a date-ordered query that matches a
 * good part of the collection is then found by walking this column from the cursor and keeping
 * the hits, a few dozen steps, instead of a heap pass over every hit.
 */
import type { Bitset } from './bitset.js';
import type { SortKey } from './top-hits.js';

export type DateSort = 'newest' | 'oldest';

/** Sort key part b of a document (see top-hits.ts): ±date, +∞ when undated. */
function partB(date: number, sort: DateSort): number {
  return Number.isNaN(date) ? Number.POSITIVE_INFINITY : sort === 'oldest' ? date : -date;
}

export class DateOrder {
  private built = -1;
  private readonly orders: Record<DateSort, Int32Array> = { newest: new Int32Array(0), oldest: new Int32Array(0) };
  private readonly keys: Record<DateSort, Float64Array> = { newest: new Float64Array(0), oldest: new Float64Array(0) };

  /** Rebuilds the orders when the doc values changed since (`version` counts their changes). */
  update(version: number, live: Uint8Array, date: Float64Array, end: number): void {
    if (version === this.built) return;
    const rowids: number[] = [];
    for (let r = 0; r < end; r += 1) if (live[r] === 1) rowids.push(r);
    for (const sort of ['newest', 'oldest'] as const) {
      const b = new Float64Array(end);
      for (const r of rowids) b[r] = partB(date[r]!, sort);
      const order = Int32Array.from(rowids).sort((x, y) => (b[x] === b[y] ? x - y : b[x]! < b[y]! ? -1 : 1));
      this.orders[sort] = order;
      this.keys[sort] = b;
    }
    this.built = version;
  }

  /** The first `count` hits after the cursor (from the start when null), in the order of `sort`. */
  firstHits(sort: DateSort, hits: Bitset, count: number, after: SortKey | null): SortKey[] {
    const order = this.orders[sort];
    const b = this.keys[sort];
    const out: SortKey[] = [];
    for (let i = after === null ? 0 : this.positionAfter(sort, after); i < order.length && out.length < count; i += 1) {
      const rowid = order[i]!;
      if (hits.has(rowid)) out.push({ a: 0, b: b[rowid]!, rowid });
    }
    return out;
  }

  /** The position of the first document whose (b, rowid) comes after the cursor's. */
  private positionAfter(sort: DateSort, after: SortKey): number {
    const order = this.orders[sort];
    const b = this.keys[sort];
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const rowid = order[mid]!;
      const key = b[rowid]!;
      if (key < after.b || (key === after.b && rowid <= after.rowid)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
