/**
 * Which articles stored since a saved search's watermark match it: the store lists the new
 * articles, the search index says which of them match (query + filters + `ids`), and the ledger
 * keeps those it has not seen for this search. The watermark then trails the run by an overlap
 * window, so an article stored late by a concurrent ingest (or indexed late on AWS) is still a
 * candidate next time; the ledger makes the overlap harmless.
 */
import { PENDING_WEBHOOK, type AlertArticle, type Delivery, type SavedSearch, type SavedSearchFilters } from '../domain/alerts/saved-search.js';
import type { ArticleStore } from '../ports/article-store.js';
import type { SavedSearchStore } from '../ports/saved-search-store.js';
import type { SearchFilters, SearchHit, SearchIndex } from '../ports/search-index.js';

export interface MatchDeps {
  readonly store: ArticleStore;
  readonly index: SearchIndex;
  readonly savedSearches: SavedSearchStore;
}

/** New articles asked about at once: the `ids` filter stays a short IN list / ids query. */
const CANDIDATE_BATCH = 200;
const SEARCH_PAGE = 100;

/** Ids of articles fetched at or after `since`, in batches of the store's own listing. */
async function candidateBatches(store: ArticleStore, since: string): Promise<string[][]> {
  const batches: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listArticles({ fetchedSince: since, limit: CANDIDATE_BATCH, cursor });
    if (page.items.length > 0) batches.push(page.items.map((record) => record.article.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return batches;
}

/**
 * One run's candidate lists by watermark: saved searches made together, or run together before,
 * share a watermark, so the store lists the new articles once per run rather than once per search.
 */
export class CandidateCache {
  private readonly lists = new Map<string, Promise<string[][]>>();

  constructor(private readonly store: ArticleStore) {}

  batchesSince(since: string): Promise<string[][]> {
    let list = this.lists.get(since);
    if (list === undefined) {
      list = candidateBatches(this.store, since);
      this.lists.set(since, list);
    }
    return list;
  }
}

/** Entity names in a saved search are looked up at each run (ids pass through unchanged). */
async function searchFilters(store: ArticleStore, filters: SavedSearchFilters): Promise<SearchFilters> {
  const entities = filters.entities === undefined ? undefined : await Promise.all(filters.entities.map(async (e) => (await store.findEntityByName(e))?.id ?? e));
  return { ...filters, ...(entities !== undefined ? { entities } : {}) };
}

function alertArticle(hit: SearchHit): AlertArticle {
  return { id: hit.id, title: hit.title, url: hit.url, outlet: hit.outlet, sourceName: hit.sourceName, language: hit.language, publishedAt: hit.publishedAt, snippet: hit.snippet };
}

async function matchingHits(index: SearchIndex, search: SavedSearch, filters: SearchFilters, ids: readonly string[]): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  let cursor: string | null = null;
  do {
    const page = await index.search({ text: search.query, filters: { ...filters, ids }, sort: 'oldest', limit: SEARCH_PAGE, cursor, facetSize: 0 });
    hits.push(...page.hits);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return hits;
}

/** Finds and records the search's new matches; returns the ledger rows written by this call. */
export async function recordNewMatches(deps: MatchDeps, search: SavedSearch, now: Date, overlapMs: number, candidates = new CandidateCache(deps.store)): Promise<Delivery[]> {
  const filters = await searchFilters(deps.store, search.filters);
  const recorded: Delivery[] = [];
  for (const ids of await candidates.batchesSince(search.watermark)) {
    const hits = await matchingHits(deps.index, search, filters, ids);
    const rows = hits.map((hit): Delivery => ({ savedSearchId: search.id, article: alertArticle(hit), matchedAt: now.toISOString(), webhook: search.webhook ? PENDING_WEBHOOK : null }));
    recorded.push(...(await deps.savedSearches.recordDeliveries(rows)));
  }
  const trailing = new Date(now.getTime() - overlapMs).toISOString();
  if (trailing > search.watermark) await deps.savedSearches.advanceWatermark(search.id, trailing);
  return recorded;
}
