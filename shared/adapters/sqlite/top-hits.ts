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

/** The key of a document: its score (relevance only) and its date in epoch ms (NaN when undated). */
export function sortKey(sort: SearchSort, rowid: number, score: number, date: number): SortKey {
  const b = Number.isNaN(date) ? Number.POSITIVE_INFINITY : sort === 'oldest' ? date : -date;
  return { a: sort === 'relevance' ? -score : 0, b, rowid };
}

/** The first `count` keys after `after` (all when null), in order. */
export function firstKeys(hits: ArrayLike<number>, keyOf: (rowid: number) => SortKey, count: number, after: SortKey | null): SortKey[] {
  const heap: SortKey[] = [];
  for (let i = 0; i < hits.length; i += 1) {
    const key = keyOf(hits[i]!);
    if (after !== null && compareKeys(key, after) <= 0) continue;
    if (heap.length < count) {
      heap.push(key);
      siftUp(heap, heap.length - 1);
    } else if (count > 0 && compareKeys(key, heap[0]!) < 0) {
      heap[0] = key;
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
