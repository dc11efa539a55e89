import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { guarded } from './errors.js';
import { migrate } from './schema.js';

export interface OpenOptions {
  /** How long a writer waits for another connection's lock before giving up (SQLITE_BUSY). */
  readonly busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
/** WAL pages between automatic checkpoints (SQLite's default is 1,000): about 40 MB of WAL. */
const WAL_CHECKPOINT_PAGES = 10_000;

/** Opens (creating folder and file if needed) and migrates the culture-index database. */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const busyTimeout = Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS));
  return guarded(`open the database at ${path}`, () => {
    if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`busy_timeout = ${busyTimeout}`);
      db.pragma('synchronous = NORMAL');
      // Store+index commits a few transactions per article, each writing the same hot pages (FTS5
      // structure, b-tree interiors, appending leaves) again. A checkpoint every 10,000 WAL pages
      // instead of 1,000 copies (and fsyncs) each of them once per ten times as many articles; the
      // random leaves a growing store scatters its writes over no longer multiply the checkpoints.
      db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
      // Search collects each request's hits in a temp table: keep it in memory, not in a temp file.
      // (A larger cache_size and mmap_size were measured too: they slowed ingest for no search gain.)
      db.pragma('temp_store = MEMORY');
      migrate(db);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  });
}
