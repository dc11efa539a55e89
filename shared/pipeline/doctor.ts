import type { ArticleStore } from '../ports/article-store.js';
import type { IndexOutbox } from '../ports/index-outbox.js';
import type { SearchIndex } from '../ports/search-index.js';
import { drainIndexOutbox } from './drain-index.js';
import { indexRecords } from './index-step.js';

export interface DoctorDeps {
  readonly store: ArticleStore;
  readonly index: SearchIndex;
  /** The local path's outbox; drained first when present. */
  readonly outbox?: IndexOutbox;
}

export interface DriftReport {
  readonly articles: number;
  readonly documents: number;
  /** Stored articles the index lacks, or holds with another content hash. */
  readonly missing: readonly string[];
  /** Index documents with no stored article. */
  readonly orphans: readonly string[];
  /** Outbox entries waiting before the check (local path only). */
  readonly outboxPending: number;
  readonly repaired: boolean;
}

const PAGE = 200;
/** Ids listed in a report; the counts stay exact. */
const LIST_AT_MOST = 1000;

/**
 * Compares the store with the search index (works on SQLite and on DynamoDB + OpenSearch alike)
 * and, with `repair`, re-indexes what is missing or stale and removes what has no article.
 */
export async function checkIndexDrift(deps: DoctorDeps, options: { repair: boolean }): Promise<DriftReport & { missingCount: number; orphanCount: number }> {
  const outboxPending = deps.outbox ? await deps.outbox.countPendingIndex() : 0;
  if (options.repair && deps.outbox) await drainIndexOutbox({ store: deps.store, outbox: deps.outbox, index: deps.index });
  await deps.index.refresh();
  const stored = new Map<string, string>();
  let cursor: string | null = null;
  do {
    const page = await deps.store.listArticles({ limit: PAGE, cursor });
    for (const record of page.items) stored.set(record.article.id, record.article.contentHash);
    cursor = page.nextCursor;
  } while (cursor !== null);
  const missing: string[] = [];
  const orphans: string[] = [];
  const indexed = new Set<string>();
  for await (const doc of deps.index.documentVersions()) {
    indexed.add(doc.id);
    const hash = stored.get(doc.id);
    if (hash === undefined) orphans.push(doc.id);
    else if (hash !== doc.contentHash) missing.push(doc.id);
  }
  for (const id of stored.keys()) if (!indexed.has(id)) missing.push(id);
  if (options.repair) await repairDrift(deps, missing, orphans);
  return {
    articles: stored.size,
    documents: indexed.size,
    missing: missing.slice(0, LIST_AT_MOST),
    orphans: orphans.slice(0, LIST_AT_MOST),
    missingCount: missing.length,
    orphanCount: orphans.length,
    outboxPending,
    repaired: options.repair,
  };
}

async function repairDrift(deps: DoctorDeps, missing: readonly string[], orphans: readonly string[]): Promise<void> {
  for (let start = 0; start < missing.length; start += PAGE) {
    const records = [];
    for (const id of missing.slice(start, start + PAGE)) {
      const record = await deps.store.getArticle(id);
      if (record) records.push(record);
    }
    await indexRecords({ index: deps.index }, { upserts: records, removals: [] });
  }
  for (let start = 0; start < orphans.length; start += PAGE) await deps.index.remove(orphans.slice(start, start + PAGE));
  await deps.index.refresh();
}
