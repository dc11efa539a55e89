import { stableId } from '../hash.js';

/** Order of hits: best match first, or by publication date (undated articles always last). */
export type SearchSort = 'relevance' | 'newest' | 'oldest';
export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'newest', 'oldest'];

/** JSON with object keys sorted and list values sorted, so equal queries give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What a cursor is bound to: a fingerprint of the query text, filters and sort. A cursor carries
 * it, and a page asked with another query's cursor is refused instead of mixing two result lists.
 */
export function queryFingerprint(query: { text: string; filters: object; sort: SearchSort }): string {
  return stableId(canonical({ t: query.text.trim(), f: query.filters, s: query.sort }));
}

/** The sort a query gets: relevance needs text to rank by. */
export function effectiveSort(sort: SearchSort | undefined, hasText: boolean): SearchSort {
  if (sort === undefined) return hasText ? 'relevance' : 'newest';
  return sort === 'relevance' && !hasText ? 'newest' : sort;
}
