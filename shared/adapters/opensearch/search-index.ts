import type { Client } from '@opensearch-project/opensearch';
import { IndexingError, ValidationError } from '../../domain/errors.js';
import type { EntityType, IndexDoc } from '../../domain/model.js';
import type {
  BulkIndexResult,
  FacetCount,
  Interval,
  SearchFilters,
  SearchHit,
  SearchIndex,
  SearchQuery,
  SearchResult,
  TimelineBucket,
} from '../../ports/search-index.js';
import {
  facetAggregations,
  readFacets,
  readTimeline,
  readTopEntities,
  timelineAggregation,
  topEntitiesAggregation,
  type FacetAggregations,
  type TimelineAggregations,
  type TopEntitiesAggregations,
} from './aggregations.js';
import { bulkWrite, type BulkOperation } from './bulk.js';
import { decodeCursor, encodeCursor, type SortKey } from './cursor.js';
import { HIT_SOURCE_FIELDS, toSource, type HitSource } from './documents.js';
import { guarded } from './errors.js';
import { buildQuery } from './filters.js';
import { deleteFromOlderGenerations, ensureArticleIndex, reindexArticles, rolloverArticles, type ReindexResult, type RolloverResult } from './lifecycle.js';
import { indexNames, type IndexNames } from './names.js';
import { highlightRequest, snippetFrom } from './snippet.js';

export interface OpenSearchIndexOptions {
  /** Primary shards of new indices (1 suits up to a few million articles). */
  readonly shards?: number;
  /** Replica copies; 0 on a single test node, 1+ on a multi-AZ domain. */
  readonly replicas?: number;
}

/**
 * Sort value that stands in for a missing publishedAt, so undated articles sort last in "newest
 * first" and the cursor holds a number JSON keeps exact (the default, Long.MIN_VALUE, is not).
 * 0001-01-01T00:00:00Z.
 */
const UNDATED_SORT_VALUE = -62_135_596_800_000;

interface RawHit {
  readonly _id: string;
  readonly _score: number | null;
  readonly _source?: HitSource;
  readonly sort?: readonly unknown[];
  readonly highlight?: { readonly text?: readonly string[] };
}

interface SearchBody<A> {
  readonly hits: { readonly total?: { readonly value: number } | number; readonly hits: readonly RawHit[] };
  readonly aggregations?: A;
}

function checkCount(value: number, path: string, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new ValidationError(`Invalid ${path}`, [{ path, message: `expected an integer ≥ ${min}` }]);
}

/** Full-text search over articles in OpenSearch, behind read/write aliases of a versioned index. */
export class OpenSearchIndex implements SearchIndex {
  readonly names: IndexNames;

  constructor(
    private readonly client: Client,
    prefix: string,
    private readonly options: OpenSearchIndexOptions = {},
  ) {
    this.names = indexNames(prefix);
  }

  /** Installs the template (and the ISM rollover policy where ISM exists) and creates v1 with both aliases when no index exists yet. */
  async ensureIndex(): Promise<void> {
    await ensureArticleIndex(this.client, this.names, this.templateOptions());
  }

  /** Rolls the write alias over to a new generation now (ISM does it by age and size on AWS). */
  async rollover(conditions?: Record<string, string | number>): Promise<RolloverResult> {
    return rolloverArticles(this.client, this.names, conditions);
  }

  /**
   * Copies everything into a new version built from the current template and swaps both aliases
   * to it in one atomic _aliases call, so searches never see a missing or half-filled index.
   * Writes that arrive during the copy land in the old version: pause indexing meanwhile.
   */
  async reindex(options: { deleteOld?: boolean } = {}): Promise<ReindexResult> {
    return reindexArticles(this.client, this.names, this.templateOptions(), options.deleteOld ?? false);
  }

  async index(docs: readonly IndexDoc[]): Promise<BulkIndexResult> {
    const operations: BulkOperation[] = docs.map((doc) => ({ action: 'index', id: doc.id, source: toSource(doc) }));
    const outcome = await bulkWrite(this.client, this.names.write, operations);
    await deleteFromOlderGenerations(this.client, this.names, docs.map((doc) => doc.id));
    return { indexed: outcome.succeeded, failures: outcome.failures };
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const outcome = await bulkWrite(this.client, this.names.write, ids.map((id) => ({ action: 'delete', id })));
    await deleteFromOlderGenerations(this.client, this.names, ids);
    if (outcome.failures.length > 0) throw new IndexingError(`OpenSearch failed to remove ${outcome.failures.length} documents`, outcome.failures);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    checkCount(query.limit, 'limit', 1);
    checkCount(query.facetSize, 'facetSize', 0);
    const { query: dsl, hasText } = buildQuery(query.text, query.filters);
    const kind = hasText ? 'relevance' : 'recent';
    const after = decodeCursor(query.cursor, kind);
    const sort = hasText
      ? [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }]
      : [{ publishedAt: { order: 'desc', missing: UNDATED_SORT_VALUE } }, { id: { order: 'asc' } }];
    const body = await this.searchBody<FacetAggregations>('search', {
      query: dsl,
      // One extra hit tells whether another page exists, so the last page has no cursor.
      size: query.limit + 1,
      sort,
      track_total_hits: true,
      _source: [...HIT_SOURCE_FIELDS],
      highlight: highlightRequest(),
      ...(after ? { search_after: [...after] } : {}),
      ...(query.facetSize > 0 ? { aggs: facetAggregations(query.facetSize) } : {}),
    });
    const page = body.hits.hits.slice(0, query.limit);
    const last = page[page.length - 1];
    const more = body.hits.hits.length > query.limit && last !== undefined;
    return {
      total: typeof body.hits.total === 'number' ? body.hits.total : (body.hits.total?.value ?? 0),
      hits: page.map(toHit),
      nextCursor: more ? encodeCursor(kind, sortKeyOf(last)) : null,
      facets: query.facetSize > 0 ? readFacets(body.aggregations) : null,
    };
  }

  async timeline(query: { text: string; filters: SearchFilters; interval: Interval }): Promise<TimelineBucket[]> {
    const { query: dsl } = buildQuery(query.text, query.filters);
    const body = await this.searchBody<TimelineAggregations>('compute a timeline', {
      query: dsl,
      size: 0,
      aggs: timelineAggregation(query.interval),
    });
    return readTimeline(body.aggregations);
  }

  async topEntities(query: { text: string; filters: SearchFilters; type?: EntityType; size: number }): Promise<FacetCount[]> {
    checkCount(query.size, 'size', 1);
    const { query: dsl } = buildQuery(query.text, query.filters);
    const body = await this.searchBody<TopEntitiesAggregations>('compute top entities', {
      query: dsl,
      size: 0,
      aggs: topEntitiesAggregation(query.size, query.type),
    });
    return readTopEntities(body.aggregations);
  }

  async refresh(): Promise<void> {
    await guarded('refresh the index', () => this.client.indices.refresh({ index: this.names.read }));
  }

  /** The client is injected and may be shared (one per Lambda container): its owner closes it. */
  async close(): Promise<void> {}

  private templateOptions() {
    return { shards: this.options.shards ?? 1, replicas: this.options.replicas ?? 0 };
  }

  private async searchBody<A>(what: string, request: Record<string, unknown>): Promise<SearchBody<A>> {
    const response = await guarded(what, () => this.client.search({ index: this.names.read, body: request as never }));
    return response.body as unknown as SearchBody<A>;
  }
}

function toHit(hit: RawHit): SearchHit {
  const source = hit._source;
  return {
    id: source?.id ?? hit._id,
    title: source?.title ?? '',
    url: source?.url ?? '',
    outlet: source?.outlet ?? '',
    language: source?.language ?? '',
    publishedAt: source?.publishedAt ?? null,
    snippet: snippetFrom(hit.highlight?.text?.[0], source?.summary ?? ''),
    score: hit._score ?? 0,
  };
}

function sortKeyOf(hit: RawHit): SortKey {
  const [first, second] = hit.sort ?? [];
  return [typeof first === 'number' ? first : Number(first), String(second)];
}
