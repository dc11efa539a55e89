/**
 * Every document in the order of each date sort (top-hits.ts's keys with a constant `a`: newest
 * first or oldest first, undated last, ties by rowid), as a sorted column built from the doc
 * values — what search engines call index sorting. A page of a date-ordered query that matches a
 * good part of the collection is then found by walking this column from the cursor and keeping
 * the hits, a few dozen steps, instead of a heap pass over every hit.
 */
import type { Bitset } from './bitset.js';
import type { DocValues } from './doc-values.js';
import type { SortKey } from './top-hits.js';

export type DateSort = 'newest' | 'oldest';

/** Sort key part b of a document (see top-hits.ts): ±date, +∞ when undated. */
function partB(date: number, sort: DateSort): number {
  return Number.isNaN(date) ? Number.POSITIVE_INFINITY : sort === 'oldest' ? date : -date;
}

/** A change list longer than this share of the collection (and this count) is cheaper to apply by sorting anew. */
const PATCH_SHARE = 0.05;
const PATCH_MIN = 1000;

function byKey(b: Float64Array): (x: number, y: number) => number {
  return (x, y) => (b[x] === b[y] ? x - y : b[x]! < b[y]! ? -1 : 1);
}

function liveRowids(live: Uint8Array, end: number): Int32Array {
  const out = new Int32Array(end);
  let n = 0;
  for (let r = 0; r < end; r += 1) if (live[r] === 1) out[n++] = r;
  return out.slice(0, n);
}

/** `order` without the changed rowids, merged with those of them that exist, at their keys `b` (set here). */
function patched(order: Int32Array, changed: readonly number[], values: DocValues, b: Float64Array, sort: DateSort): Int32Array {
  const end = values.end;
  const moved = new Uint8Array(end);
  for (const r of changed) if (r < end) moved[r] = 1;
  const added: number[] = [];
  for (let r = 0; r < end; r += 1) {
    if (moved[r] !== 1 || values.live[r] !== 1) continue;
    b[r] = partB(values.date[r]!, sort);
    added.push(r);
  }
  const compare = byKey(b);
  added.sort(compare);
  const out = new Int32Array(order.length + added.length);
  let n = 0;
  let a = 0;
  for (let i = 0; i < order.length; i += 1) {
    const r = order[i]!;
    if (r < end && moved[r] === 1) continue;
    while (a < added.length && compare(added[a]!, r) < 0) out[n++] = added[a++]!;
    out[n++] = r;
  }
  while (a < added.length) out[n++] = added[a++]!;
  return out.slice(0, n);
}

export class DateOrder {
  private built = -1;
  private readonly orders: Record<DateSort, Int32Array> = { newest: new Int32Array(0), oldest: new Int32Array(0) };
  private readonly keys: Record<DateSort, Float64Array> = { newest: new Float64Array(0), oldest: new Float64Array(0) };

  /**
   * Follows the doc values: after a few writes, the changed documents are taken out of each order
   * and merged back in at their new places (one pass); after many, or a reload, it sorts anew.
   */
  update(values: DocValues): void {
    if (values.version === this.built) return;
    const changed = this.built < 0 ? null : values.changedSince(this.built);
    const end = values.end;
    for (const sort of ['newest', 'oldest'] as const) {
      const b = new Float64Array(end);
      if (changed === null || changed.length > Math.max(PATCH_MIN, end * PATCH_SHARE)) {
        for (let r = 0; r < end; r += 1) if (values.live[r] === 1) b[r] = partB(values.date[r]!, sort);
        this.orders[sort] = liveRowids(values.live, end).sort(byKey(b));
      } else {
        b.set(this.keys[sort].subarray(0, end));
        this.orders[sort] = patched(this.orders[sort], changed, values, b, sort);
      }
      this.keys[sort] = b;
    }
    this.built = values.version;
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
