import { ValidationError } from '../../domain/errors.js';
import type { SearchSort } from '../../domain/search/index.js';

/** Sort values of the last hit of a page: a score and/or a publication time, then the id. */
export type SortKey = readonly (number | string)[];

interface CursorBody {
  /** Fingerprint of the query the cursor belongs to. */
  readonly h: string;
  readonly s: SearchSort;
  readonly a: SortKey;
}

/** Cursors are opaque to callers: base64url JSON of the search_after values and their query. */
export function encodeCursor(fingerprint: string, sort: SearchSort, after: SortKey): string {
  const body: CursorBody = { h: fingerprint, s: sort, a: after };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

function invalid(message = 'not a cursor returned by this service'): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: 'cursor', message }]);
}

/** The JSON object of a cursor of the query `fingerprint` sorted by `sort`; a ValidationError otherwise. */
function parseCursor(cursor: string, fingerprint: string, sort: SearchSort): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { h, s } = parsed as { h?: unknown; s?: unknown };
  if (typeof h !== 'string' || typeof s !== 'string') throw invalid();
  if (h !== fingerprint || s !== sort) throw invalid('this cursor belongs to another query (text, filters or sort); start again without it');
  return parsed as Record<string, unknown>;
}

export function decodeCursor(cursor: string | null | undefined, fingerprint: string, sort: SearchSort): SortKey | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const { a } = parseCursor(cursor, fingerprint, sort);
  if (!Array.isArray(a)) throw invalid();
  const values = a as unknown[];
  const numbers = values.slice(0, -1);
  const id = values[values.length - 1];
  if (values.length !== (sort === 'relevance' ? 3 : 2) || typeof id !== 'string') throw invalid();
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) throw invalid();
  return values as (number | string)[];
}

/** Collapsed searches page by offset (OpenSearch refuses collapse with search_after). */
export function encodeOffsetCursor(fingerprint: string, sort: SearchSort, offset: number): string {
  return Buffer.from(JSON.stringify({ h: fingerprint, s: sort, o: offset }), 'utf8').toString('base64url');
}

export function decodeOffsetCursor(cursor: string | null | undefined, fingerprint: string, sort: SearchSort): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const { o } = parseCursor(cursor, fingerprint, sort);
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0) throw invalid();
  return o;
}
