/**
 * Cursors bound to their query: the store's cursor travels with a fingerprint of the query
 * parameters, and a cursor presented with other parameters is a 400, not a page of another list.
 */
import { ValidationError } from '../domain/errors.js';
import { stableId } from '../domain/hash.js';

function fingerprint(binding: Readonly<Record<string, string | null>>): string {
  return stableId(JSON.stringify(Object.entries(binding).sort(([a], [b]) => a.localeCompare(b))));
}

export function bindCursor(cursor: string, binding: Readonly<Record<string, string | null>>): string {
  return Buffer.from(JSON.stringify({ h: fingerprint(binding), c: cursor }), 'utf8').toString('base64url');
}

export function unbindCursor(cursor: string | undefined, binding: Readonly<Record<string, string | null>>): string | null {
  if (cursor === undefined || cursor === '') return null;
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this service' }]);
  }
  const { h, c } = (parsed ?? {}) as { h?: unknown; c?: unknown };
  if (typeof h !== 'string' || typeof c !== 'string') throw new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this service' }]);
  if (h !== fingerprint(binding)) {
    throw new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'this cursor belongs to another query (type or q); start again without it' }]);
  }
  return c;
}
