/** Saved searches and ledger rows for the alerts tests, in the team's own words. */
import type { AlertArticle, Delivery, SavedSearch } from '../../shared/domain/alerts/saved-search.js';

export function makeSavedSearch(overrides: Partial<SavedSearch> = {}): SavedSearch {
  return {
    id: 'ss-dubbing',
    name: 'Dubbing news',
    owner: 'film-desk',
    query: 'dubbing',
    filters: {},
    webhook: null,
    digest: 'none',
    createdAt: '2026-03-01T10:00:00.000Z',
    watermark: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeAlertArticle(id: string, overrides: Partial<AlertArticle> = {}): AlertArticle {
  return {
    id,
    title: `Cartoon voices recorded anew (${id})`,
    url: `https://news.example.org/${id}`,
    outlet: 'news-example',
    sourceName: 'News Example',
    language: 'en',
    publishedAt: '2026-03-02T08:00:00.000Z',
    snippet: 'The studio finished <mark>dubbing</mark> the series &amp; its sequel.',
    ...overrides,
  };
}

export function makeDelivery(savedSearchId: string, articleId: string, matchedAt: string, withWebhook = false): Delivery {
  return {
    savedSearchId,
    article: makeAlertArticle(articleId),
    matchedAt,
    webhook: withWebhook ? { status: 'pending', attempts: 0, nextAttemptAt: null, lastError: null, sentAt: null } : null,
  };
}
