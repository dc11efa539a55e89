import type { Delivery, SavedSearch, WebhookState } from '../domain/alerts/saved-search.js';

/** Saved searches are few per deployment: listing returns them all, up to this many. */
export const MAX_SAVED_SEARCHES = 1_000;

/**
 * Saved searches and their delivery ledger. The ledger key is (savedSearchId, article id):
 * `recordDeliveries` writes a key at most once, ever, and says which of the given rows were new.
 */
export interface SavedSearchStore {
  /** Creates or replaces by id. */
  putSavedSearch(search: SavedSearch): Promise<void>;
  getSavedSearch(id: string): Promise<SavedSearch | null>;
  /** Oldest first. */
  listSavedSearches(): Promise<SavedSearch[]>;
  /** Removes the search and its ledger; false when there was no such search. */
  deleteSavedSearch(id: string): Promise<boolean>;
  /** Moves the search's watermark (never backwards). */
  advanceWatermark(id: string, watermark: string): Promise<void>;
  /** Writes the rows whose key is not in the ledger yet; returns exactly those. */
  recordDeliveries(deliveries: readonly Delivery[]): Promise<Delivery[]>;
  /** Newest match first. */
  listDeliveries(savedSearchId: string, limit: number): Promise<Delivery[]>;
  /** Webhook rows still pending whose next attempt is due at `now`, oldest match first. */
  pendingWebhookDeliveries(savedSearchId: string, now: string, limit: number): Promise<Delivery[]>;
  /** Records the outcome of a webhook call for these articles of one saved search. */
  updateWebhookState(savedSearchId: string, articleIds: readonly string[], state: WebhookState): Promise<void>;
  close(): Promise<void>;
}
