import type { ArticleRecord, Source } from '../domain/model.js';
import type { EntityResolver } from '../domain/resolve/types.js';
import type { ArticleStore } from '../ports/article-store.js';
import type { RawArchive } from '../ports/raw-archive.js';
import type { IndexOutbox } from '../ports/index-outbox.js';
import type { SearchIndex } from '../ports/search-index.js';
import type { UrlStateStore } from '../ports/url-state-store.js';
import { drainIndexOutbox } from './drain-index.js';
import { indexRecords } from './index-step.js';
import { analysePage, processContextFor } from './process-step.js';
import { markUrl } from './url-states.js';

export interface ReprocessDeps {
  readonly archive: RawArchive;
  readonly store: ArticleStore;
  readonly urlStates: UrlStateStore;
  readonly index: SearchIndex;
  /** When present, re-stored articles are indexed through it (and cleared from it). */
  readonly outbox?: IndexOutbox;
  readonly resolver: EntityResolver;
  readonly resolverTag?: string;
  /** The catalogue, so a page keeps the canonical-URL trust it had when first processed. */
  readonly sources?: readonly Source[];
}

export interface EntityChange {
  readonly entityId: string;
  readonly type: string;
  readonly name: string;
}

export interface ArticleChange {
  readonly url: string;
  readonly articleId: string | null;
  readonly outcome: 'created' | 'updated' | 'unchanged' | 'skipped' | 'missing';
  readonly reason?: string;
  readonly added: EntityChange[];
  readonly removed: EntityChange[];
}

/**
 * Re-runs parse and extract over the raw archive (newest copy of each URL, optionally only pages
 * fetched since an instant) with the current parser, extractor and entity overrides, re-stores
 * and re-indexes what changed, and reports entities added/removed per article. No network.
 */
export async function reprocessArchive(deps: ReprocessDeps, options: { since?: string } = {}): Promise<ArticleChange[]> {
  const newest = new Map<string, { key: string; fetchedAt: string }>();
  for await (const ref of deps.archive.list(options.since ? { since: options.since } : {})) {
    const known = newest.get(ref.url);
    if (!known || ref.fetchedAt > known.fetchedAt) newest.set(ref.url, { key: ref.key, fetchedAt: ref.fetchedAt });
  }
  const changes: ArticleChange[] = [];
  for (const [url, { key }] of newest) {
    const page = await deps.archive.get(key);
    if (!page) {
      changes.push({ url, articleId: null, outcome: 'missing', added: [], removed: [] });
      continue;
    }
    const state = await deps.urlStates.getUrlState(url);
    const analysed = analysePage(page, deps.resolver, processContextFor(state?.sourceId ?? null, deps.sources ?? []), deps.resolverTag);
    if ('skipped' in analysed) {
      changes.push({ url, articleId: null, outcome: 'skipped', reason: analysed.skipped, added: [], removed: [] });
      continue;
    }
    const previous = await deps.store.getArticle(analysed.record.article.id);
    const outcome = await deps.store.putArticle(analysed.record);
    if (outcome !== 'unchanged') {
      if (deps.outbox) await drainIndexOutbox({ store: deps.store, outbox: deps.outbox, index: deps.index }, new Set([analysed.record.article.id]));
      else await indexRecords({ index: deps.index }, { upserts: [analysed.record], removals: [] });
      await markUrl(deps.urlStates, url, { status: 'stored', reason: null, articleId: analysed.record.article.id, contentHash: analysed.record.article.contentHash });
    }
    changes.push({ url, articleId: analysed.record.article.id, outcome, ...diffEntities(previous, analysed.record) });
  }
  return changes;
}

function diffEntities(before: ArticleRecord | null, after: ArticleRecord): { added: EntityChange[]; removed: EntityChange[] } {
  const toChange = (record: ArticleRecord | null): Map<string, EntityChange> =>
    new Map((record?.mentions ?? []).map((m) => [m.entityId, { entityId: m.entityId, type: m.type, name: m.name }]));
  const old = toChange(before);
  const now = toChange(after);
  return {
    added: [...now.values()].filter((entity) => !old.has(entity.entityId)),
    removed: [...old.values()].filter((entity) => !now.has(entity.entityId)),
  };
}
