/**
 * Cursors bound to their query: the store's cursor travels with a fingerprint of the query
 * parameters, and a cursor presented with other parameters is a 400, not a page of another list.
 */
import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';
import { stableId } from '../domain/hash.js';
import { decodeCursor, encodeCursor } from '../domain/opaque-cursor.js';

const boundCursor = z.strictObject({ h: z.string(), c: z.string() });

function fingerprint(binding: Readonly<Record<string, string | null>>): string {
  return stableId(JSON.stringify(Object.entries(binding).sort(([a], [b]) => a.localeCompare(b))));
}

export function bindCursor(cursor: string, binding: Readonly<Record<string, string | null>>): string {
  return encodeCursor({ h: fingerprint(binding), c: cursor });
}

export function unbindCursor(cursor: string | undefined, binding: Readonly<Record<string, string | null>>): string | null {
  const bound = decodeCursor(cursor, boundCursor);
  if (bound === null) return null;
  if (bound.h !== fingerprint(binding)) {
    throw new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'this cursor belongs to another query (type or q); start again without it' }]);
  }
  return bound.c;
}
