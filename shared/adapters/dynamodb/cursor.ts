/**
 * Opaque page cursors: a DynamoDB ExclusiveStartKey (plus optional adapter state) as base64url
 * JSON. A cursor that does not decode is the caller's mistake, hence ValidationError.
 */
import { ValidationError } from '../../domain/errors.js';

export type CursorState = Record<string, unknown>;

export function encodeCursor(state: CursorState | undefined | null): string | null {
  if (!state) return null;
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): CursorState | undefined {
  if (cursor === null || cursor === undefined || cursor === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as CursorState;
  } catch {
    // fall through to the error below
  }
  throw new ValidationError('invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this store' }]);
}
