import type Database from 'better-sqlite3';
import { z } from 'zod';
import { URL_STATUSES, type UrlState, type UrlStatus } from '../../domain/model.js';
import type { Page } from '../../ports/article-store.js';
import type { UrlStateStore } from '../../ports/url-state-store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { guarded } from './errors.js';
import { urlStateFromRow, type UrlStateRow } from './rows.js';

const urlCursor = z.object({ url: z.string() });

export class SqliteUrlStateStore implements UrlStateStore {
  constructor(private readonly db: Database.Database) {}

  async putUrlState(state: UrlState): Promise<void> {
    guarded('store a URL state', () =>
      this.db
        .prepare(
          `INSERT INTO url_states (url, status, reason, article_id, etag, last_modified, content_hash, attempts, updated_at, source_id, last_error, next_attempt_at)
           VALUES (@url, @status, @reason, @articleId, @etag, @lastModified, @contentHash, @attempts, @updatedAt, @sourceId, @lastError, @nextAttemptAt)
           ON CONFLICT (url) DO UPDATE SET status = excluded.status, reason = excluded.reason, article_id = excluded.article_id,
             etag = excluded.etag, last_modified = excluded.last_modified, content_hash = excluded.content_hash,
             attempts = excluded.attempts, updated_at = excluded.updated_at, source_id = excluded.source_id,
             last_error = excluded.last_error, next_attempt_at = excluded.next_attempt_at`,
        )
        .run({ ...state, lastError: state.lastError ?? null, nextAttemptAt: state.nextAttemptAt ?? null }),
    );
  }

  async getUrlState(url: string): Promise<UrlState | null> {
    return guarded('read a URL state', () => {
      const row = this.db.prepare<[string], UrlStateRow>('SELECT * FROM url_states WHERE url = ?').get(url);
      return row ? urlStateFromRow(row) : null;
    });
  }

  async listUrlStates(query: { status?: UrlStatus; limit: number; cursor?: string | null }): Promise<Page<UrlState>> {
    const after = decodeCursor(query.cursor, urlCursor);
    return guarded('list URL states', () => {
      const rows = this.db
        .prepare<{ status: string | null; after: string | null; limit: number }, UrlStateRow>(
          'SELECT * FROM url_states WHERE (@status IS NULL OR status = @status) AND (@after IS NULL OR url > @after) ORDER BY url LIMIT @limit',
        )
        .all({ status: query.status ?? null, after: after?.url ?? null, limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return { items: page.map(urlStateFromRow), nextCursor: rows.length > query.limit && last ? encodeCursor({ url: last.url }) : null };
    });
  }

  async countUrlStates(): Promise<Record<UrlStatus, number>> {
    return guarded('count URL states', () => {
      const counts = Object.fromEntries(URL_STATUSES.map((s) => [s, 0])) as Record<UrlStatus, number>;
      const rows = this.db.prepare<[], { status: string; n: number }>('SELECT status, count(*) AS n FROM url_states GROUP BY status').all();
      for (const row of rows) {
        if ((URL_STATUSES as readonly string[]).includes(row.status)) counts[row.status as UrlStatus] = row.n;
      }
      return counts;
    });
  }
}
