/**
 * The /entities cursor: a point-in-time snapshot of the order, as OpenSearch's point in time.
 *
 * Entities are listed most mentioned first, and article counts change while an ingest runs, so
 * no live order can be paged exactly: a keyset position (count, id) skips an entity whose count
 * grows past it and repeats one whose count falls behind it. The first page therefore records the
 * whole matching order — (id, count) pairs, in chunks of SNAPSHOT_CHUNK_SIZE — and its cursor
 * names that snapshot and an offset in it. Later pages read the one or two chunks they need and
 * show each entity with its count as of the snapshot, so every page agrees with the order and the
 * total. Entities added after the first page are not listed (start again to see them); an entity
 * in the snapshot is listed once, with its current name and aliases.
 *
 * A snapshot is bound to its filter (type and name) — another query's cursor is a ValidationError
 * — and lives ENTITY_SNAPSHOT_TTL_MS after it was last written (a first page that names it renews
 * it when it is older than SNAPSHOT_RENEW_AFTER_MS); an older cursor is a ValidationError saying
 * so. A result that fits in one page writes no snapshot.
 *
 * The paging logic lives here once; a store adapter supplies how it lists, saves and reads.
 */
import { z } from 'zod';
import type { EntitySummary, EntityType } from './model.js';
import { ValidationError } from './errors.js';
import { sha256Hex } from './hash.js';
import { decodeCursor, encodeCursor } from './opaque-cursor.js';

/** How long a snapshot (and every cursor of it) stays valid after it was last written. */
export const ENTITY_SNAPSHOT_TTL_MS = 60 * 60 * 1000;
/** A first page rewrites (renews) an existing snapshot only when it is older than this, so a cursor lives ≥ 50 minutes. */
export const SNAPSHOT_RENEW_AFTER_MS = 10 * 60 * 1000;
/** Entries per stored chunk: at most two chunks serve a page of up to SNAPSHOT_CHUNK_SIZE. */
export const SNAPSHOT_CHUNK_SIZE = 1_000;

/** One entity's place in a snapshot: its id and its article count when the snapshot was taken. */
export interface SnapshotEntry {
  readonly id: string;
  readonly count: number;
}

/** What a store keeps per chunk: the snapshot's header (repeated, so one read suffices) and entries. */
export interface SnapshotChunk {
  readonly snapshotId: string;
  readonly chunk: number;
  readonly createdMs: number;
  readonly filter: string;
  readonly total: number;
  /** JSON of [id, count] pairs. */
  readonly entries: string;
}

export interface EntityFilter {
  readonly type?: EntityType;
  readonly nameContains?: string;
}

/** What a store adapter does for entity paging; everything else is decided here. */
export interface EntitySnapshotStorage {
  /** Every matching entity with count > 0, most mentioned first, ties by id. */
  listMatching(filter: EntityFilter): Promise<SnapshotEntry[]>;
  saveChunks(chunks: readonly SnapshotChunk[]): Promise<void>;
  /** The chunks of a snapshot with these numbers that exist (expired ones may be gone). */
  readChunks(snapshotId: string, chunks: readonly number[]): Promise<SnapshotChunk[]>;
  /** Current summaries of these entities (missing ones left out), in any order. */
  summaries(ids: readonly string[]): Promise<EntitySummary[]>;
  now(): number;
}

export interface EntityPageRequest extends EntityFilter {
  readonly limit: number;
  readonly cursor?: string | null;
}

export interface EntitySnapshotPage {
  readonly items: EntitySummary[];
  readonly total: number;
  readonly nextCursor: string | null;
}

const CURSOR = /^s1\.([A-Za-z0-9_-]+)$/;
const position = z.strictObject({ s: z.string().min(1), o: z.number().int().positive() });
const entries = z.array(z.tuple([z.string(), z.number().int().nonnegative()]));

interface SnapshotPosition {
  readonly snapshotId: string;
  readonly offset: number;
}

function invalid(message: string): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: 'cursor', message }]);
}

/** The filter a snapshot is bound to, as stored with it. */
export function entityFilterKey(filter: EntityFilter): string {
  return JSON.stringify([filter.type ?? null, filter.nameContains ?? null]);
}

export function encodeEntityCursor(at: SnapshotPosition): string {
  return `s1.${encodeCursor({ s: at.snapshotId, o: at.offset })}`;
}

/** The snapshot and offset a cursor names; null for no cursor. */
export function decodeEntityCursor(cursor: string | null | undefined): SnapshotPosition | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const parts = CURSOR.exec(cursor);
  const at = parts ? decodeCursor(parts[1], position) : null;
  if (at === null) throw invalid('not a cursor returned by this service');
  return { snapshotId: at.s, offset: at.o };
}

/**
 * A snapshot is named by its content: while nothing changes, every first page names the same
 * snapshot (one stored copy; the same cursor, so the page keeps its ETag).
 */
export function snapshotIdOf(filterKey: string, ordered: readonly SnapshotEntry[]): string {
  return sha256Hex(JSON.stringify([filterKey, ordered.map((entry) => [entry.id, entry.count])])).slice(0, 32);
}

/** The chunks a snapshot of these entries is stored as. */
export function snapshotChunks(snapshotId: string, createdMs: number, filter: string, ordered: readonly SnapshotEntry[]): SnapshotChunk[] {
  const chunks: SnapshotChunk[] = [];
  for (let start = 0; start < ordered.length; start += SNAPSHOT_CHUNK_SIZE) {
    const slice = ordered.slice(start, start + SNAPSHOT_CHUNK_SIZE).map((entry) => [entry.id, entry.count]);
    chunks.push({ snapshotId, chunk: start / SNAPSHOT_CHUNK_SIZE, createdMs, filter, total: ordered.length, entries: JSON.stringify(slice) });
  }
  return chunks;
}

/** Numbers of the chunks that hold entries offset … offset + limit − 1. */
export function chunksCovering(offset: number, limit: number): number[] {
  const first = Math.floor(offset / SNAPSHOT_CHUNK_SIZE);
  const last = Math.floor((offset + limit - 1) / SNAPSHOT_CHUNK_SIZE);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** One page of entities: the first takes a snapshot (if there is more than a page), later ones read it. */
export async function pageEntities(storage: EntitySnapshotStorage, request: EntityPageRequest): Promise<EntitySnapshotPage> {
  const filter: EntityFilter = { ...(request.type ? { type: request.type } : {}), ...(request.nameContains !== undefined ? { nameContains: request.nameContains } : {}) };
  if (!Number.isInteger(request.limit) || request.limit < 1) throw new ValidationError('limit must be a positive integer', [{ path: 'limit', message: String(request.limit) }]);
  const at = decodeEntityCursor(request.cursor);
  return at === null ? firstPage(storage, filter, request.limit) : laterPage(storage, filter, at, request.limit);
}

async function firstPage(storage: EntitySnapshotStorage, filter: EntityFilter, limit: number): Promise<EntitySnapshotPage> {
  const ordered = await storage.listMatching(filter);
  const page = ordered.slice(0, limit);
  if (ordered.length <= limit) return { items: await summariesOf(storage, page), total: ordered.length, nextCursor: null };
  const filterKey = entityFilterKey(filter);
  const snapshotId = snapshotIdOf(filterKey, ordered);
  // While the order is unchanged, dashboards reloading the first page read, not write.
  const [stored] = await storage.readChunks(snapshotId, [0]);
  const now = storage.now();
  if (!stored || stored.createdMs + SNAPSHOT_RENEW_AFTER_MS < now) await storage.saveChunks(snapshotChunks(snapshotId, now, filterKey, ordered));
  return { items: await summariesOf(storage, page), total: ordered.length, nextCursor: encodeEntityCursor({ snapshotId, offset: limit }) };
}

async function laterPage(storage: EntitySnapshotStorage, filter: EntityFilter, at: SnapshotPosition, limit: number): Promise<EntitySnapshotPage> {
  const wanted = chunksCovering(at.offset, limit);
  const chunks = (await storage.readChunks(at.snapshotId, wanted)).sort((a, b) => a.chunk - b.chunk);
  const header = chunks[0];
  if (!header || header.createdMs + ENTITY_SNAPSHOT_TTL_MS < storage.now()) {
    throw invalid('this cursor has expired (or is unknown); start again without it');
  }
  if (header.filter !== entityFilterKey(filter)) throw invalid('this cursor belongs to another query (type or q); start again without it');
  if (at.offset >= header.total) throw invalid('this cursor points past the end of its list');
  const present = new Set(chunks.map((chunk) => chunk.chunk));
  if (wanted.some((n) => n * SNAPSHOT_CHUNK_SIZE < header.total && !present.has(n))) throw invalid("this cursor's snapshot is incomplete; start again without it");
  const all = chunks.flatMap((chunk) => parseEntries(chunk.entries));
  const from = at.offset - (wanted[0] ?? 0) * SNAPSHOT_CHUNK_SIZE;
  const page = all.slice(from, from + limit);
  const next = at.offset + limit;
  return {
    items: await summariesOf(storage, page),
    total: header.total,
    nextCursor: next < header.total ? encodeEntityCursor({ snapshotId: at.snapshotId, offset: next }) : null,
  };
}

function parseEntries(json: string): SnapshotEntry[] {
  const parsed = entries.safeParse(JSON.parse(json));
  if (!parsed.success) throw invalid("this cursor's snapshot is unreadable; start again without it");
  return parsed.data.map(([id, count]) => ({ id, count }));
}

/** Summaries in snapshot order, each with its count as of the snapshot (the order's key). */
async function summariesOf(storage: EntitySnapshotStorage, page: readonly SnapshotEntry[]): Promise<EntitySummary[]> {
  if (page.length === 0) return [];
  const byId = new Map((await storage.summaries(page.map((entry) => entry.id))).map((summary) => [summary.id, summary]));
  return page.flatMap((entry) => {
    const summary = byId.get(entry.id);
    return summary ? [{ ...summary, articleCount: entry.count }] : [];
  });
}
