/**
 * The write side of the posting bitmaps as a log-structured merge, as search engines write
 * (Lucene's small segments merged later): indexing or removing a document writes its keys as ONE
 * row of search_key_pending instead of a read-modify-write of each of its ~200 (key, block) rows.
 * When enough rows have gathered they are folded into search_key_blocks in one batched pass —
 * one read-modify-write per distinct (key, block) of the whole batch (key-blocks.ts).
 *
 * Reads stay exact at every moment: a key's documents are its block bitmaps minus every pending
 * document (whose bits there may be stale: removed or re-indexed since they were folded) plus the
 * pending documents that hold the key now. Each connection keeps the pending rows in memory and
 * follows them through the doc values' change log (every pending write logs its rowid) and the
 * fold counter (a fold empties the table), so no query reads them from the database.
 */
import type Database from 'better-sqlite3';
import { Bitset } from './bitset.js';
import type { DocValues } from './doc-values.js';
import { joinKeys, splitKeys, type KeyBlocks } from './key-blocks.js';
import { expandKeyLines } from './key-lines.js';
import { cachedStatement } from './statements.js';

/** Pending writes that trigger a fold: the blocks' read-modify-writes are shared by this many documents. */
export const FOLD_THRESHOLD = 2000;
/**
 * A batch of at least this many documents writes its keys straight into the blocks (after folding
 * what is pending): its documents share the read-modify-writes among themselves, and searches
 * after a bulk load read the blocks alone.
 */
export const LARGE_BATCH = 1000;
/** Pending keys are grouped by this many first characters (a field tag and a letter) for prefix reads. */
const BUCKET_CHARS = 3;

/**
 * A key's group for prefix reads: its first BUCKET_CHARS characters, or for a key pair (the only
 * keys with a space, fts-match.ts) everything up to the space — the pairs of 2,000 documents
 * under one tag would otherwise share one group of hundreds of thousands. A pair is only ever
 * read with its first key whole (`"film fest"*`), so its lookup names that group too.
 */
function bucketOf(key: string): string {
  const space = key.indexOf(' ');
  return space >= 0 ? key.slice(0, space + 1) : key.slice(0, BUCKET_CHARS);
}

interface PendingRow {
  rowid: number;
  keys: string | null;
}

/** Records a document's key lines now (key-lines.ts; null: it was removed), to be folded into the blocks later. */
export function stageKeys(db: Database.Database, rowid: number, lines: readonly string[] | null): void {
  cachedStatement(db, 'INSERT OR REPLACE INTO search_key_pending (rowid, keys) VALUES (?, ?)').run(rowid, lines === null ? null : joinKeys(lines));
  cachedStatement(db, 'UPDATE search_key_state SET pending = pending + 1 WHERE id = 1').run();
}

function pendingCount(db: Database.Database): number {
  return cachedStatement<[], { pending: number }>(db, 'SELECT pending FROM search_key_state WHERE id = 1').get()?.pending ?? 0;
}

/** Folds the pending rows into the blocks when FOLD_THRESHOLD writes have gathered (a large batch stages nothing: see foldStaged). */
export function foldIfDue(db: Database.Database, blocks: KeyBlocks): void {
  if (pendingCount(db) >= FOLD_THRESHOLD) foldPending(db, blocks);
}

/**
 * Folds whatever is pending, so that the blocks and search_doc_keys are a document's current keys
 * again: before a large batch writes its keys straight into the blocks (a staged row left behind
 * would later clear the keys the batch set and restore stale ones).
 */
export function foldStaged(db: Database.Database, blocks: KeyBlocks): void {
  if (pendingCount(db) > 0) foldPending(db, blocks);
}

/**
 * Moves every pending document into the blocks: its previous bits cleared (from the key lines kept
 * in search_doc_keys), the tokens of its current lines set, each (key, block) rewritten once. Runs inside the
 * caller's write transaction.
 */
export function foldPending(db: Database.Database, blocks: KeyBlocks): void {
  const rows = cachedStatement<[], PendingRow>(db, 'SELECT rowid, keys FROM search_key_pending ORDER BY rowid').all();
  for (const row of rows) {
    blocks.remove(row.rowid);
    if (row.keys !== null) blocks.add(row.rowid, splitKeys(row.keys));
  }
  blocks.flush();
  cachedStatement(db, 'DELETE FROM search_key_pending').run();
  cachedStatement(db, 'UPDATE search_key_state SET pending = 0, folds = folds + 1 WHERE id = 1').run();
}

/** One connection's copy of the pending rows, and reads that merge them with the blocks. */
export class PendingKeys {
  private folds = -1;
  /** The doc values version the copy matches (their change log tells which rowids moved since). */
  private version = -1;
  /** Pending rowid → its keys now (null: removed). */
  private readonly docs = new Map<number, readonly string[] | null>();
  /** Key → the pending documents that hold it. */
  private readonly byKey = new Map<string, Set<number>>();
  /** The keys of byKey by bucketOf, for prefix reads. */
  private readonly buckets = new Map<string, Set<string>>();

  constructor(private readonly blocks: KeyBlocks) {}

  /** Brings the copy to the state the caller's transaction sees; `values` synced just before. */
  sync(db: Database.Database, values: DocValues): void {
    const folds = cachedStatement<[], { folds: number }>(db, 'SELECT folds FROM search_key_state WHERE id = 1').get()?.folds ?? 0;
    const changed = folds === this.folds ? values.changedSince(this.version) : null;
    if (changed === null) this.reload(db);
    else if (changed.length > 0) this.update(db, changed);
    this.folds = folds;
    this.version = values.version;
  }

  private reload(db: Database.Database): void {
    this.docs.clear();
    this.byKey.clear();
    this.buckets.clear();
    for (const row of cachedStatement<[], PendingRow>(db, 'SELECT rowid, keys FROM search_key_pending').all()) this.set(row.rowid, row.keys);
  }

  private update(db: Database.Database, rowids: readonly number[]): void {
    const read = cachedStatement<[number], PendingRow>(db, 'SELECT rowid, keys FROM search_key_pending WHERE rowid = ?');
    for (const rowid of new Set(rowids)) {
      this.unset(rowid);
      const row = read.get(rowid);
      if (row !== undefined) this.set(rowid, row.keys);
    }
  }

  private set(rowid: number, joined: string | null): void {
    const keys = joined === null ? null : expandKeyLines(splitKeys(joined));
    this.docs.set(rowid, keys);
    for (const key of keys ?? []) {
      let holders = this.byKey.get(key);
      if (holders === undefined) {
        this.byKey.set(key, (holders = new Set()));
        const bucket = bucketOf(key);
        let bucketKeys = this.buckets.get(bucket);
        if (bucketKeys === undefined) this.buckets.set(bucket, (bucketKeys = new Set()));
        bucketKeys.add(key);
      }
      holders.add(rowid);
    }
  }

  private unset(rowid: number): void {
    const keys = this.docs.get(rowid);
    if (keys === undefined) return;
    this.docs.delete(rowid);
    for (const key of keys ?? []) {
      const holders = this.byKey.get(key);
      if (holders === undefined) continue;
      holders.delete(rowid);
      if (holders.size === 0) {
        this.byKey.delete(key);
        this.buckets.get(bucketOf(key))?.delete(key);
      }
    }
  }

  /** OR-s into `target` the documents that have the key (or, with `prefix`, any key it starts). */
  readInto(key: string, prefix: boolean, target: Bitset): void {
    if (this.docs.size === 0) {
      this.blocks.readInto(key, prefix, target);
      return;
    }
    // The blocks' bits of pending documents may be stale: they are dropped, then their current keys apply.
    const folded = new Bitset(target.size);
    this.blocks.readInto(key, prefix, folded);
    for (const rowid of this.docs.keys()) folded.remove(rowid);
    target.or(folded);
    for (const holders of this.holders(key, prefix)) for (const rowid of holders) target.add(rowid);
  }

  private holders(key: string, prefix: boolean): Set<number>[] {
    if (!prefix) {
      const holders = this.byKey.get(key);
      return holders === undefined ? [] : [holders];
    }
    // A prefix as long as a bucket name is looked for in its bucket only; a shorter one in all keys.
    // A prefix without a space never reaches a pair's bucket: pairs are read with their space.
    const candidates = key.includes(' ') || key.length >= BUCKET_CHARS ? (this.buckets.get(bucketOf(key)) ?? []) : this.byKey.keys();
    const out: Set<number>[] = [];
    for (const candidate of candidates) if (candidate.startsWith(key)) out.push(this.byKey.get(candidate)!);
    return out;
  }
}
