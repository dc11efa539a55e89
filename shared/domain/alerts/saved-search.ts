/**
 * Saved searches: a query and filters an analyst follows, with how new matches reach them (an
 * Atom feed always; a signed webhook when given; on AWS an SNS topic). Pure: validation and keys.
 */
import { ValidationError } from '../errors.js';
import type { FilterFields } from '../search/filters.js';
import { parseSearchQuery } from '../search/query-syntax.js';

export const DIGESTS = ['none', 'daily', 'weekly'] as const;
/** none: one webhook call per new article; daily/weekly: one call per period that has ended. */
export type Digest = (typeof DIGESTS)[number];

/** The same filters as a search (SearchFilters); entities may be ids or names, resolved at each run. */
export type SavedSearchFilters = FilterFields;

export interface WebhookTarget {
  readonly url: string;
  /** HMAC-SHA256 key of the signature header; never returned by the API. */
  readonly secret: string;
}

export interface SavedSearch {
  readonly id: string;
  readonly name: string;
  /** Who it is for: a free label (an e-mail address, a team), not an account. */
  readonly owner: string;
  readonly query: string;
  readonly filters: SavedSearchFilters;
  readonly webhook: WebhookTarget | null;
  readonly digest: Digest;
  readonly createdAt: string;
  /**
   * Articles fetched at or after this instant are the next run's candidates. It starts at
   * createdAt (what was there before is not news) and trails each run by an overlap window.
   */
  readonly watermark: string;
}

/** What a delivered article looks like in the ledger, the feed and the webhook payload. */
export interface AlertArticle {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly outlet: string;
  readonly sourceName: string;
  readonly language: string;
  readonly publishedAt: string | null;
  /** Escaped text with matches in <mark> (as in search hits). */
  readonly snippet: string;
}

export type WebhookStatus = 'pending' | 'sent' | 'dead';

export interface WebhookState {
  readonly status: WebhookStatus;
  readonly attempts: number;
  /** When a pending delivery may be tried again (null: at once). */
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  readonly sentAt: string | null;
}

/**
 * One row of the delivery ledger: this article matched this saved search. Its key
 * (savedSearchId, articleId) is written once and only once, which is what makes every delivery
 * exactly-once per pair however often runs repeat or overlap.
 */
export interface Delivery {
  readonly savedSearchId: string;
  readonly article: AlertArticle;
  readonly matchedAt: string;
  /** Null when the saved search has no webhook. */
  readonly webhook: WebhookState | null;
}

export const MAX_NAME_LENGTH = 200;
export const MAX_QUERY_LENGTH = 500;

/** The idempotency key of a ledger row; also sent to receivers so they can drop repeats. */
export function deliveryKey(savedSearchId: string, articleId: string): string {
  return `${savedSearchId}:${articleId}`;
}

/** Throws the parser's QuerySyntaxError (position and hint) when the saved query cannot run. */
export function checkSavedQuery(query: string): void {
  parseSearchQuery(query);
}

/** A saved search with neither query nor filters would alert on every article: refused. */
export function checkNotEmpty(query: string, filters: SavedSearchFilters): void {
  const anyFilter = Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined));
  if (query.trim() === '' && !anyFilter) {
    throw new ValidationError('A saved search needs a query or at least one filter', [{ path: 'query', message: 'empty query and no filters would match every article' }]);
  }
}

export const PENDING_WEBHOOK: WebhookState = { status: 'pending', attempts: 0, nextAttemptAt: null, lastError: null, sentAt: null };
