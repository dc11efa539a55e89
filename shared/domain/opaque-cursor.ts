import { z } from 'zod';
import { ValidationError } from './errors.js';

/** Cursors are opaque to callers: base64url JSON, validated on the way back in. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined, schema: z.ZodType<T>): T | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this service' }]);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this service' }]);
  }
  return result.data;
}
