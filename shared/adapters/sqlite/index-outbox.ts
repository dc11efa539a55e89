import type Database from 'better-sqlite3';
import type { IndexOutbox, OutboxEntry } from '../../ports/index-outbox.js';
import { guarded } from './errors.js';
import { cachedStatement } from './statements.js';

/** Called inside the article write's transaction: the note commits with the article or not at all. */
export function queueForIndex(db: Database.Database, articleId: string): void {
  cachedStatement(db, 'INSERT INTO index_outbox (article_id, version) VALUES (?, 1) ON CONFLICT (article_id) DO UPDATE SET version = version + 1').run(articleId);
}

export class SqliteIndexOutbox implements IndexOutbox {
  constructor(private readonly db: Database.Database) {}

  async pendingIndex(limit: number, afterId?: string): Promise<OutboxEntry[]> {
    return guarded('read the index outbox', () =>
      cachedStatement<[string | null, string | null, number], { article_id: string; version: number }>(
        this.db,
        'SELECT article_id, version FROM index_outbox WHERE (? IS NULL OR article_id > ?) ORDER BY article_id LIMIT ?',
      )
        .all(afterId ?? null, afterId ?? null, limit)
        .map((row) => ({ articleId: row.article_id, version: row.version })),
    );
  }

  async clearIndexed(entries: readonly OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return;
    guarded('clear the index outbox', () => {
      const clear = cachedStatement(this.db, 'DELETE FROM index_outbox WHERE article_id = ? AND version = ?');
      this.db.transaction(() => {
        for (const entry of entries) clear.run(entry.articleId, entry.version);
      })();
    });
  }

  async countPendingIndex(): Promise<number> {
    return guarded('count the index outbox', () => this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM index_outbox').get()?.n ?? 0);
  }
}
