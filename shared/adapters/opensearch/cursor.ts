import { ValidationError } from '../../domain/errors.js';

/** Sort values of the last hit of a page: a score or a publication time, then the id. */
export type SortKey = readonly [number, string];
type CursorKind = 'relevance' | 'recent';

interface CursorBody {
  readonly k: CursorKind;
  readonly a: SortKey;
}

/** Cursors are opaque to callers: base64url JSON of the search_after values. */
export function encodeCursor(kind: CursorKind, after: SortKey): string {
  const body: CursorBody = { k: kind, a: after };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

function invalid(): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this service for this query' }]);
}

export function decodeCursor(cursor: string | null | undefined, kind: CursorKind): SortKey | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { k, a } = parsed as { k?: unknown; a?: unknown };
  if (k !== kind || !Array.isArray(a) || a.length !== 2) throw invalid();
  const [first, second] = a as unknown[];
  if (typeof first !== 'number' || !Number.isFinite(first) || typeof second !== 'string') throw invalid();
  return [first, second];
}
