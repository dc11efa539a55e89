import type { ArticleRecord } from '../domain/model.js';
import type { ArticleStore } from '../ports/article-store.js';
import type { IndexOutbox, OutboxEntry } from '../ports/index-outbox.js';
import type { ClusterStore } from '../ports/cluster-store.js';
import type { SearchIndex } from '../ports/search-index.js';
import type { Logger } from '../ports/telemetry.js';
import { indexRecords } from './index-step.js';

export interface DrainDeps {
  readonly store: Pick<ArticleStore, 'getArticle'>;
  readonly outbox: IndexOutbox;
  readonly index: SearchIndex;
  readonly clusters?: Pick<ClusterStore, 'memberOf'>;
  readonly log?: Logger;
}

export interface DrainResult {
  readonly indexed: number;
  readonly removed: number;
  /** Documents the index rejected: their outbox entries stay for the next drain. */
  readonly failures: readonly { id: string; reason: string }[];
}

const BATCH = 200;

/**
 * Brings the index up to the store for every article the outbox lists: upsert when the article
 * exists, remove when it is gone. An entry is cleared only after the index took the change, so a
 * crash anywhere in here leaves it for the next drain; indexing twice is harmless (upsert by id).
 */
export async function drainIndexOutbox(deps: DrainDeps, only?: ReadonlySet<string>): Promise<DrainResult> {
  let indexed = 0;
  let removed = 0;
  const failures: { id: string; reason: string }[] = [];
  let after: string | undefined;
  for (;;) {
    const entries = await deps.outbox.pendingIndex(BATCH, after);
    if (entries.length === 0) break;
    after = entries.at(-1)?.articleId;
    const wanted = only ? entries.filter((entry) => only.has(entry.articleId)) : entries;
    const upserts: ArticleRecord[] = [];
    const removals: string[] = [];
    for (const entry of wanted) {
      const record = await deps.store.getArticle(entry.articleId);
      if (record) upserts.push(record);
      else removals.push(entry.articleId);
    }
    const result = await indexRecords({ index: deps.index, ...(deps.clusters ? { clusters: deps.clusters } : {}), ...(deps.log ? { log: deps.log } : {}) }, { upserts, removals });
    const rejected = new Set(result.failures.map((failure) => failure.id));
    const done: OutboxEntry[] = wanted.filter((entry) => !rejected.has(entry.articleId));
    await deps.outbox.clearIndexed(done);
    indexed += upserts.length - rejected.size;
    removed += removals.length;
    failures.push(...result.failures);
    if (entries.length < BATCH) break;
  }
  return { indexed, removed, failures };
}
