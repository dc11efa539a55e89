import type { Client } from '@opensearch-project/opensearch';
import { IndexingError, ValidationError } from '../../domain/errors.js';
import type { EntityType, IndexDoc } from '../../domain/model.js';
import { compileQuery, effectiveSort, queryFingerprint, snippetMaker, type SearchSort } from '../../domain/search/index.js';
import type {
  BulkIndexResult,
  CoMention,
  CoMentionQuery,
  ExportQuery,
  ExportRow,
  DocumentVersion,
  FacetCount,
  Interval,
  SearchFilters,
  SearchHit,
  SearchIndex,
  SearchQuery,
  SearchResult,
  TermCounts,
  TermCountsQuery,
  TimelineBucket,
} from '../../ports/search-index.js';
import {
  facetAggregations,
  readFacets,
  readTimeline,
  readTopEntities,
  timelineAggregation,
  topEntitiesAggregation,
  coMentionAggregation,
  readCoMentions,
  type CoMentionAggregations,
  type FacetAggregations,
  type TimelineAggregations,
  type TopEntitiesAggregations,
} from './aggregations.js';
import { bulkWrite, type BulkOperation } from './bulk.js';
import { decodeCursor, encodeCursor, type SortKey, decodeOffsetCursor, encodeOffsetCursor } from './cursor.js';
import { HIT_SOURCE_FIELDS, toSource, type HitSource } from './documents.js';
import { guarded } from './errors.js';
import { EXPORT_SOURCE_FIELDS, readTermCounts, termCountsAggregation, toExportRow, type ExportHit, type TermCountsAggregations } from './export-rows.js';
import { buildQuery } from './filters.js';
import { deleteFromOlderGenerations, ensureArticleIndex, reindexArticles, rolloverArticles, type ReindexResult, type RolloverResult } from './lifecycle.js';
import { indexNames, type IndexNames } from './names.js';

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
/** The same for "oldest first": 9999-12-31T23:59:59.999Z, after every real date. */
const UNDATED_SORT_VALUE_ASCENDING = 253_402_300_799_999;

function sortClauses(sort: SearchSort): Record<string, unknown>[] {
  switch (sort) {
    case 'relevance':
      return [{ _score: { order: 'desc' } }, { publishedAt: { order: 'desc', missing: UNDATED_SORT_VALUE } }, { id: { order: 'asc' } }];
    case 'newest':
      return [{ publishedAt: { order: 'desc', missing: UNDATED_SORT_VALUE } }, { id: { order: 'asc' } }];
    case 'oldest':
      return [{ publishedAt: { order: 'asc', missing: UNDATED_SORT_VALUE_ASCENDING } }, { id: { order: 'asc' } }];
  }
}

interface RawHit {
  readonly _id: string;
  readonly _score: number | null;
  readonly _source?: HitSource;
  readonly sort?: readonly unknown[];
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

  /**
   * Keyset paging with search_after on (sort value, id). Scores come from a similarity without
   * collection statistics (template.ts), so neither they nor dates move while documents are
   * indexed, and pages never repeat or skip a hit.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    checkCount(query.limit, 'limit', 1);
    checkCount(query.facetSize, 'facetSize', 0);
    const plan = compileQuery(query.text);
    const { query: dsl, hasText } = buildQuery(plan, query.filters);
    const sort = effectiveSort(query.sort, plan !== null);
    if (query.collapse === 'cluster') return this.collapsedSearch(query, dsl, hasText, sort, plan);
    const fingerprint = queryFingerprint({ text: query.text, filters: query.filters, sort });
    const after = decodeCursor(query.cursor, fingerprint, sort);
    const body = await this.searchBody<FacetAggregations>('search', {
      query: dsl,
      // One extra hit tells whether another page exists, so the last page has no cursor.
      size: query.limit + 1,
      sort: sortClauses(sort),
      track_total_hits: true,
      ...(hasText && sort !== 'relevance' ? { track_scores: true } : {}),
      _source: [...HIT_SOURCE_FIELDS],
      ...(after ? { search_after: [...after] } : {}),
      ...(query.facetSize > 0 ? { aggs: facetAggregations(query.facetSize) } : {}),
    });
    const page = body.hits.hits.slice(0, query.limit);
    const last = page[page.length - 1];
    const more = body.hits.hits.length > query.limit && last !== undefined;
    const snippet = snippetMaker(plan);
    return {
      total: typeof body.hits.total === 'number' ? body.hits.total : (body.hits.total?.value ?? 0),
      hits: page.map((hit) => toHit(hit, snippet)),
      nextCursor: more ? encodeCursor(fingerprint, sort, sortKeyOf(last)) : null,
      facets: query.facetSize > 0 ? readFacets(body.aggregations) : null,
    };
  }

  /**
   * One hit per cluster with OpenSearch's field collapsing on clusterId. Collapse cannot be
   * combined with search_after, so pages go by offset (within the first 10,000 clusters), and
   * the total is a cardinality count of clusters (exact below 40,000).
   */
  private async collapsedSearch(query: SearchQuery, dsl: unknown, hasText: boolean, sort: SearchSort, plan: ReturnType<typeof compileQuery>): Promise<SearchResult> {
    const fingerprint = queryFingerprint({ text: query.text, filters: { ...query.filters, collapse: query.collapse }, sort });
    const offset = decodeOffsetCursor(query.cursor, fingerprint, sort);
    const body = await this.searchBody<FacetAggregations & { clusters?: { value: number } }>('search', {
      query: dsl,
      from: offset,
      size: query.limit + 1,
      sort: sortClauses(sort),
      collapse: { field: 'clusterId' },
      track_total_hits: false,
      ...(hasText && sort !== 'relevance' ? { track_scores: true } : {}),
      _source: [...HIT_SOURCE_FIELDS],
      aggs: { clusters: { cardinality: { field: 'clusterId', precision_threshold: 40_000 } }, ...(query.facetSize > 0 ? facetAggregations(query.facetSize) : {}) },
    });
    const page = body.hits.hits.slice(0, query.limit);
    const more = body.hits.hits.length > query.limit;
    const snippet = snippetMaker(plan);
    return {
      total: body.aggregations?.clusters?.value ?? page.length,
      hits: page.map((hit) => toHit(hit, snippet)),
      nextCursor: more ? encodeOffsetCursor(fingerprint, sort, offset + query.limit) : null,
      facets: query.facetSize > 0 ? readFacets(body.aggregations) : null,
    };
  }

  async timeline(query: { text: string; filters: SearchFilters; interval: Interval }): Promise<TimelineBucket[]> {
    const { query: dsl } = buildQuery(compileQuery(query.text), query.filters);
    const body = await this.searchBody<TimelineAggregations>('compute a timeline', {
      query: dsl,
      size: 0,
      aggs: timelineAggregation(query.interval),
    });
    return readTimeline(body.aggregations);
  }

  async topEntities(query: { text: string; filters: SearchFilters; type?: EntityType; size: number }): Promise<FacetCount[]> {
    checkCount(query.size, 'size', 1);
    const { query: dsl } = buildQuery(compileQuery(query.text), query.filters);
    const body = await this.searchBody<TopEntitiesAggregations>('compute top entities', {
      query: dsl,
      size: 0,
      aggs: topEntitiesAggregation(query.size, query.type),
    });
    return readTopEntities(body.aggregations);
  }

  async coMentions(query: CoMentionQuery): Promise<CoMention[]> {
    const ids = [...new Set(query.entities)];
    if (ids.length < 2) return [];
    const { query: dsl } = buildQuery(null, query.filters);
    const body = await this.searchBody<CoMentionAggregations>('count co-mentions', { query: dsl, size: 0, aggs: coMentionAggregation(ids) });
    return readCoMentions(ids, body.aggregations);
  }

  /** Pages with search_after on (publishedAt, id): each page is one bounded request. */
  async *exportRows(query: ExportQuery): AsyncGenerator<readonly ExportRow[]> {
    checkCount(query.max, 'max', 1);
    checkCount(query.batchSize, 'batchSize', 1);
    const plan = compileQuery(query.text);
    const { query: dsl } = buildQuery(plan, query.filters);
    const snippet = snippetMaker(plan);
    let after: readonly unknown[] | undefined;
    let left = query.max;
    while (left > 0) {
      const size = Math.min(query.batchSize, left);
      const body = await this.searchBody<never>('export documents', {
        query: dsl,
        size,
        sort: [{ publishedAt: { order: 'desc', missing: UNDATED_SORT_VALUE } }, { id: { order: 'asc' } }],
        track_total_hits: false,
        _source: [...EXPORT_SOURCE_FIELDS],
        ...(after ? { search_after: [...after] } : {}),
      });
      const hits = body.hits.hits as unknown as readonly ExportHit[];
      if (hits.length === 0) return;
      left -= hits.length;
      after = hits[hits.length - 1]!.sort;
      yield hits.map((hit) => toExportRow(hit, snippet));
      if (hits.length < size || after === undefined) return;
    }
  }

  async termCounts(query: TermCountsQuery): Promise<TermCounts> {
    checkCount(query.sampleSize, 'sampleSize', 1);
    checkCount(query.candidates, 'candidates', 1);
    const { query: dsl } = buildQuery(compileQuery(query.text), query.filters);
    const [body, count] = await Promise.all([
      this.searchBody<TermCountsAggregations>('count significant words', { query: dsl, size: 0, aggs: termCountsAggregation(query) }),
      // significant_text's own background size counts the nested entity documents too: count articles.
      guarded('count documents', () => this.client.count({ index: this.names.read })),
    ]);
    return readTermCounts(body.aggregations, (count.body as { count?: number }).count ?? 0);
  }

  async *documentVersions(): AsyncIterable<DocumentVersion> {
    let after: string | null = null;
    for (;;) {
      const body: SearchBody<never> = await this.searchBody<never>('list documents', {
        query: { match_all: {} },
        size: 1000,
        sort: [{ id: { order: 'asc' } }],
        _source: ['id', 'contentHash'],
        ...(after !== null ? { search_after: [after] } : {}),
      });
      for (const hit of body.hits.hits) {
        const source = hit._source as { id?: string; contentHash?: string } | undefined;
        yield { id: source?.id ?? hit._id, contentHash: source?.contentHash ?? '' };
      }
      const last = body.hits.hits.at(-1);
      if (last === undefined || body.hits.hits.length < 1000) return;
      after = (last._source as { id?: string } | undefined)?.id ?? last._id;
    }
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

function toHit(hit: RawHit, snippet: (text: string, language: string) => string): SearchHit {
  const source = hit._source;
  const language = source?.language ?? '';
  return {
    id: source?.id ?? hit._id,
    title: source?.title ?? '',
    url: source?.url ?? '',
    outlet: source?.outlet ?? '',
    sourceId: source?.sourceId ?? source?.outlet ?? '',
    sourceName: source?.sourceName ?? source?.outlet ?? '',
    collections: [...(source?.collections ?? [])],
    language,
    publishedAt: source?.publishedAt ?? null,
    snippet: snippet(source?.text || source?.summary || '', language),
    score: hit._score ?? 0,
    clusterId: source?.clusterId ?? source?.id ?? hit._id,
  };
}

function sortKeyOf(hit: RawHit): SortKey {
  const values = hit.sort ?? [];
  return values.map((v, i) => (i === values.length - 1 ? String(v) : typeof v === 'number' ? v : Number(v)));
}
