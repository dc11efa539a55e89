import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../shared/adapters/sqlite/store.js';

/** A SqliteStore on a fresh file in a temp folder, removed again by `cleanup`. */
export async function openTempSqliteStore(): Promise<{ store: SqliteStore; path: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'culture-index-sqlite-'));
  const path = join(dir, 'nested', 'culture-index.db');
  const store = SqliteStore.open(path);
  return {
    store,
    path,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
