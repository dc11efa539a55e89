/**
 * The /entities cursor: the entities already returned, not only a position.
 *
 * Entities are listed most mentioned first, and article counts change while an ingest runs. A
 * keyset position (count, id) alone skips an entity whose count grows past it and repeats one
 * whose count falls behind it. Instead each page is "the first `limit` matching entities in the
 * live order (count desc, id) that were not returned yet", so no entity is returned twice and every
 * entity that still matches is reached. Ids are packed as 8 bytes each (≈ 11 cursor characters
 * per entity returned); ids that are not 16 hex characters travel as strings.
 *
 * A cursor must fit in a URL, so past MAX_SEEN_ENTITIES returned entities the cursor becomes a
 * plain keyset position (count, id) of the last entity: deep pages can then repeat or skip an
 * entity whose count changes across the boundary (documented in the README).
 */
import { z } from 'zod';
import { ValidationError } from './errors.js';
import { decodeCursor, encodeCursor } from './opaque-cursor.js';

/** Entities a cursor remembers by id; about 4,300 cursor characters (5,800 once bound to its query). */
export const MAX_SEEN_ENTITIES = 400;

const HEX_ID = /^[0-9a-f]{16}$/;
const ID_BYTES = 8;
/** "e1." + base64url of the packed hex ids, then "." + an opaque cursor of any other ids. */
const SEEN_CURSOR = /^e1\.([A-Za-z0-9_-]*)(?:\.([A-Za-z0-9_-]+))?$/;
/** "k1." + an opaque cursor of the last entity's (count, id). */
const KEYSET_CURSOR = /^k1\.([A-Za-z0-9_-]+)$/;
const otherIds = z.array(z.string());
const position = z.strictObject({ c: z.number().int().nonnegative(), id: z.string() });

/** Where a page of entities continues: after `seen` ids (anywhere in the order), or after a position. */
export interface EntityPaging {
  readonly seen: ReadonlySet<string>;
  readonly after: { readonly count: number; readonly id: string } | null;
}

function invalid(): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this service' }]);
}

/** True when an entity with this count and id comes after the paging position (count desc, id). */
export function isAfterPosition(paging: EntityPaging, count: number, id: string): boolean {
  const after = paging.after;
  return after === null || count < after.count || (count === after.count && id > after.id);
}

/** The cursor of the next page, given where this page started and the entities it returned. */
export function nextEntityCursor(paging: EntityPaging, page: readonly { readonly id: string; readonly articleCount: number }[]): string {
  const last = page.at(-1);
  const seen = [...paging.seen, ...page.map((entity) => entity.id)];
  if ((paging.after === null && seen.length <= MAX_SEEN_ENTITIES) || !last) return encodeSeen(seen);
  return `k1.${encodeCursor({ c: last.articleCount, id: last.id })}`;
}

function encodeSeen(ids: readonly string[]): string {
  const hex: string[] = [];
  const other: string[] = [];
  for (const id of ids) (HEX_ID.test(id) ? hex : other).push(id);
  const packed = Buffer.from(hex.join(''), 'hex').toString('base64url');
  return other.length > 0 ? `e1.${packed}.${encodeCursor(other)}` : `e1.${packed}`;
}

/** Where the page a cursor asks for starts; from the top for no cursor. */
export function decodeEntityCursor(cursor: string | null | undefined): EntityPaging {
  if (cursor === null || cursor === undefined || cursor === '') return { seen: new Set(), after: null };
  const keyset = KEYSET_CURSOR.exec(cursor);
  if (keyset) {
    const at = decodeCursor(keyset[1], position);
    if (at === null) throw invalid();
    return { seen: new Set(), after: { count: at.c, id: at.id } };
  }
  const parts = SEEN_CURSOR.exec(cursor);
  if (!parts) throw invalid();
  const bytes = Buffer.from(parts[1] ?? '', 'base64url');
  if (bytes.length % ID_BYTES !== 0) throw invalid();
  const seen = new Set(decodeCursor(parts[2], otherIds) ?? []);
  for (let at = 0; at < bytes.length; at += ID_BYTES) seen.add(bytes.subarray(at, at + ID_BYTES).toString('hex'));
  return { seen, after: null };
}
