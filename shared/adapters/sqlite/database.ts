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
