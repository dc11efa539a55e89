/**
 * Picks one page of hits in a single pass: the `limit` smallest sort keys after a keyset cursor,
 * kept in a bounded max-heap, so a page costs O(hits · log limit) however many hits there are —
 * no sort of every hit, no snapshot. A key is (a, b, rowid), compared in that order:
 *   relevance  a = −score, b = −date (newest first among equal scores)
 *   newest     a = 0,      b = −date
 *   oldest     a = 0,      b = date
 * with b = +∞ for undated documents, which therefore come last in every order. Keys depend on the
 * document and the query only (not on other documents), so a page that starts after the last key
 * of the previous one never repeats or skips a hit while documents are indexed.
 */
import type { SearchSort } from '../../domain/search/index.js';

export interface SortKey {
  readonly a: number;
  readonly b: number;
  readonly rowid: number;
}

export function compareKeys(x: SortKey, y: SortKey): number {
  return x.a - y.a || (x.b === y.b ? 0 : x.b < y.b ? -1 : 1) || x.rowid - y.rowid;
}

/** How a sort orders documents: the two leading parts of their keys (see above). */
export interface KeyParts {
  a(rowid: number): number;
  b(rowid: number): number;
}

/** The key parts of `sort`, from a score and a date (epoch ms, NaN when undated) per rowid. */
export function keyParts(sort: SearchSort, scoreOf: (rowid: number) => number, dateOf: (rowid: number) => number): KeyParts {
  const direction = sort === 'oldest' ? 1 : -1;
  return {
    a: sort === 'relevance' ? (rowid) => -scoreOf(rowid) : () => 0,
    b: (rowid) => {
      const date = dateOf(rowid);
      return Number.isNaN(date) ? Number.POSITIVE_INFINITY : direction * date;
    },
  };
}

/** Whether (a, b, rowid) sorts before `key`. */
function before(a: number, b: number, rowid: number, key: SortKey): boolean {
  return a !== key.a ? a < key.a : b !== key.b ? b < key.b : rowid < key.rowid;
}

/** The first `count` keys after `after` (all when null), in order. A key object is only made for a hit that enters the heap. */
export function firstKeys(hits: ArrayLike<number>, parts: KeyParts, count: number, after: SortKey | null): SortKey[] {
  const heap: SortKey[] = [];
  if (count <= 0) return heap;
  for (let i = 0; i < hits.length; i += 1) {
    const rowid = hits[i]!;
    const a = parts.a(rowid);
    const b = parts.b(rowid);
    if (after !== null && !before(after.a, after.b, after.rowid, { a, b, rowid })) continue;
    if (heap.length < count) {
      heap.push({ a, b, rowid });
      siftUp(heap, heap.length - 1);
    } else if (before(a, b, rowid, heap[0]!)) {
      heap[0] = { a, b, rowid };
      siftDown(heap, 0);
    }
  }
  return heap.sort(compareKeys);
}

/** Max-heap on compareKeys: the largest kept key sits at the root. */
function siftUp(heap: SortKey[], index: number): void {
  let i = index;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (compareKeys(heap[i]!, heap[parent]!) <= 0) return;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function siftDown(heap: SortKey[], index: number): void {
  let i = index;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let largest = i;
    if (left < heap.length && compareKeys(heap[left]!, heap[largest]!) > 0) largest = left;
    if (right < heap.length && compareKeys(heap[right]!, heap[largest]!) > 0) largest = right;
    if (largest === i) return;
    [heap[i], heap[largest]] = [heap[largest]!, heap[i]!];
    i = largest;
  }
}
