/**
 * The /entities cursor: the set of entities already returned, not a position.
 *
 * Entities are listed most mentioned first, and article counts change while an ingest runs. A
 * keyset position (count, id) then skips an entity whose count grows past it and repeats one whose
 * count falls behind it. Instead each page is "the first `limit` matching entities in the live
 * order (count desc, id) that were not returned yet", so no entity is returned twice and every
 * entity that still matches is reached. Ids are packed as 8 bytes each (≈ 11 cursor characters
 * per entity returned); ids that are not 16 hex characters travel as strings.
 */
import { z } from 'zod';
import { ValidationError } from './errors.js';
import { decodeCursor, encodeCursor } from './opaque-cursor.js';

const HEX_ID = /^[0-9a-f]{16}$/;
const ID_BYTES = 8;
/** "e1." + base64url of the packed hex ids, then "." + an opaque cursor of any other ids. */
const CURSOR = /^e1\.([A-Za-z0-9_-]*)(?:\.([A-Za-z0-9_-]+))?$/;
const otherIds = z.array(z.string());

function invalid(): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this service' }]);
}

export function encodeSeenEntities(ids: Iterable<string>): string {
  const hex: string[] = [];
  const other: string[] = [];
  for (const id of ids) (HEX_ID.test(id) ? hex : other).push(id);
  const packed = Buffer.from(hex.join(''), 'hex').toString('base64url');
  return other.length > 0 ? `e1.${packed}.${encodeCursor(other)}` : `e1.${packed}`;
}

/** The ids a cursor says were returned; an empty set for the first page. */
export function decodeSeenEntities(cursor: string | null | undefined): ReadonlySet<string> {
  if (cursor === null || cursor === undefined || cursor === '') return new Set();
  const parts = CURSOR.exec(cursor);
  if (!parts) throw invalid();
  const bytes = Buffer.from(parts[1] ?? '', 'base64url');
  if (bytes.length % ID_BYTES !== 0) throw invalid();
  const ids = new Set(decodeCursor(parts[2], otherIds) ?? []);
  for (let at = 0; at < bytes.length; at += ID_BYTES) ids.add(bytes.subarray(at, at + ID_BYTES).toString('hex'));
  return ids;
}
