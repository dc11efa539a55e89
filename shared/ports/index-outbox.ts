/**
 * Articles whose search-index document is behind the store. Written in the same transaction as
 * the article itself, so a crash between storing and indexing leaves a note that the next drain
 * (every ingest start, the index step, `culture-index doctor`) acts on. The AWS path needs none:
 * the DynamoDB stream plays this part.
 */
export interface OutboxEntry {
  readonly articleId: string;
  /** Bumped on every re-queue, so clearing an entry never drops a newer change made meanwhile. */
  readonly version: number;
}

export interface IndexOutbox {
  /** Up to `limit` entries, ordered by article id, after `afterId` when given. */
  pendingIndex(limit: number, afterId?: string): Promise<OutboxEntry[]>;
  /** Removes entries whose version is still the one given. */
  clearIndexed(entries: readonly OutboxEntry[]): Promise<void>;
  countPendingIndex(): Promise<number>;
}
