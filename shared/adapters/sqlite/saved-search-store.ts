/** SavedSearchStore on the culture-index SQLite file (tables saved_searches and alert_deliveries). */
import type Database from 'better-sqlite3';
import type { AlertArticle, Delivery, SavedSearch, WebhookState, WebhookStatus } from '../../domain/alerts/saved-search.js';
import { MAX_SAVED_SEARCHES, type SavedSearchStore } from '../../ports/saved-search-store.js';
import { guarded } from './errors.js';

interface DeliveryRow {
  saved_search_id: string;
  matched_at: string;
  article: string;
  webhook_status: WebhookStatus | null;
  webhook_attempts: number;
  webhook_next_attempt_at: string | null;
  webhook_last_error: string | null;
  webhook_sent_at: string | null;
}

function deliveryFromRow(row: DeliveryRow): Delivery {
  return {
    savedSearchId: row.saved_search_id,
    article: JSON.parse(row.article) as AlertArticle,
    matchedAt: row.matched_at,
    webhook:
      row.webhook_status === null
        ? null
        : { status: row.webhook_status, attempts: row.webhook_attempts, nextAttemptAt: row.webhook_next_attempt_at, lastError: row.webhook_last_error, sentAt: row.webhook_sent_at },
  };
}

function searchFromRow(row: { definition: string; watermark: string }): SavedSearch {
  return { ...(JSON.parse(row.definition) as SavedSearch), watermark: row.watermark };
}

export class SqliteSavedSearchStore implements SavedSearchStore {
  constructor(private readonly db: Database.Database) {}

  async putSavedSearch(search: SavedSearch): Promise<void> {
    guarded('save a saved search', () =>
      this.db
        .prepare(
          `INSERT INTO saved_searches (id, created_at, watermark, definition) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET watermark = excluded.watermark, definition = excluded.definition`,
        )
        .run(search.id, search.createdAt, search.watermark, JSON.stringify(search)),
    );
  }

  async getSavedSearch(id: string): Promise<SavedSearch | null> {
    const row = guarded('read a saved search', () => this.db.prepare<[string], { definition: string; watermark: string }>('SELECT definition, watermark FROM saved_searches WHERE id = ?').get(id));
    return row ? searchFromRow(row) : null;
  }

  async listSavedSearches(): Promise<SavedSearch[]> {
    return guarded('list saved searches', () =>
      this.db.prepare<[number], { definition: string; watermark: string }>('SELECT definition, watermark FROM saved_searches ORDER BY created_at, id LIMIT ?').all(MAX_SAVED_SEARCHES).map(searchFromRow),
    );
  }

  async deleteSavedSearch(id: string): Promise<boolean> {
    return guarded('delete a saved search', () => this.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0);
  }

  async advanceWatermark(id: string, watermark: string): Promise<void> {
    guarded('advance a saved search watermark', () => this.db.prepare('UPDATE saved_searches SET watermark = ? WHERE id = ? AND watermark < ?').run(watermark, id, watermark));
  }

  async recordDeliveries(deliveries: readonly Delivery[]): Promise<Delivery[]> {
    return guarded('record alert deliveries', () =>
      this.db.transaction(() => {
        const insert = this.db.prepare(
          `INSERT OR IGNORE INTO alert_deliveries (saved_search_id, article_id, matched_at, article, webhook_status, webhook_attempts, webhook_next_attempt_at, webhook_last_error, webhook_sent_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        return deliveries.filter((d) => {
          const w = d.webhook;
          return insert.run(d.savedSearchId, d.article.id, d.matchedAt, JSON.stringify(d.article), w?.status ?? null, w?.attempts ?? 0, w?.nextAttemptAt ?? null, w?.lastError ?? null, w?.sentAt ?? null).changes > 0;
        });
      })(),
    );
  }

  async listDeliveries(savedSearchId: string, limit: number): Promise<Delivery[]> {
    return guarded('list alert deliveries', () =>
      this.db
        .prepare<[string, number], DeliveryRow>('SELECT * FROM alert_deliveries WHERE saved_search_id = ? ORDER BY matched_at DESC, article_id DESC LIMIT ?')
        .all(savedSearchId, limit)
        .map(deliveryFromRow),
    );
  }

  async pendingWebhookDeliveries(savedSearchId: string, now: string, limit: number): Promise<Delivery[]> {
    return guarded('list pending webhook deliveries', () =>
      this.db
        .prepare<[string, string, number], DeliveryRow>(
          `SELECT * FROM alert_deliveries WHERE saved_search_id = ? AND webhook_status = 'pending'
             AND (webhook_next_attempt_at IS NULL OR webhook_next_attempt_at <= ?)
           ORDER BY matched_at, article_id LIMIT ?`,
        )
        .all(savedSearchId, now, limit)
        .map(deliveryFromRow),
    );
  }

  async updateWebhookState(savedSearchId: string, articleIds: readonly string[], state: WebhookState): Promise<void> {
    guarded('record a webhook outcome', () =>
      this.db.transaction(() => {
        const update = this.db.prepare(
          `UPDATE alert_deliveries SET webhook_status = ?, webhook_attempts = ?, webhook_next_attempt_at = ?, webhook_last_error = ?, webhook_sent_at = ?
           WHERE saved_search_id = ? AND article_id = ?`,
        );
        for (const id of articleIds) update.run(state.status, state.attempts, state.nextAttemptAt, state.lastError, state.sentAt, savedSearchId, id);
      })(),
    );
  }

  async close(): Promise<void> {
    // The connection belongs to SqliteStore.
  }
}
