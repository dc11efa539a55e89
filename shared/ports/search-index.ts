import type { EntityType, IndexDoc } from '../domain/model.js';
import type { SearchSort } from '../domain/search/cursor-binding.js';
import type { FilterFields } from '../domain/search/filters.js';

export type { SearchSort };

export interface SearchFilters extends FilterFields {
  /** Only these documents (by article id): alerts ask which of the newly stored articles match. */
  readonly ids?: readonly string[];
}


export interface SearchQuery {
  /**
   * The query language of shared/domain/search (words, "phrases", OR, NOT, fields …); empty
   * means "all documents matching the filters". A QuerySyntaxError when it does not parse.
   */
  readonly text: string;
  /** Default: relevance when there is text, newest otherwise (relevance needs text). */
  readonly sort?: SearchSort;
  readonly filters: SearchFilters;
  readonly limit: number;
  /**
   * From `nextCursor` of the same query (text, filters, sort): a cursor of another query is a
   * ValidationError. Pages never repeat or skip a hit while documents are being indexed.
   */
  readonly cursor?: string | null;
  /** Number of top entities per type and of outlets/languages to return as facets; 0 = none. */
  readonly facetSize: number;
  /**
   * 'cluster': one hit per syndication cluster (the best of it in the sort order); total, pages
   * and facets then count clusters, not copies.
   */
  readonly collapse?: 'cluster';
}

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  /** The source id (same as sourceId). */
  readonly outlet: string;
  readonly sourceId: string;
  readonly sourceName: string;
  readonly collections: readonly string[];
  readonly language: string;
  readonly publishedAt: string | null;
  /** Excerpt with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
  readonly snippet: string;
  readonly score: number;
  /** The document's syndication cluster (its own id when it has none). */
  readonly clusterId: string;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
  /** For entity facets: the entity's display name (value is the id). */
  readonly label?: string;
}

export interface SearchFacets {
  readonly entities: Readonly<Record<EntityType, readonly FacetCount[]>>;
  /** Source ids, labelled with the source's name. */
  readonly outlets: readonly FacetCount[];
  readonly collections: readonly FacetCount[];
  readonly languages: readonly FacetCount[];
}

export interface SearchResult {
  readonly total: number;
  readonly hits: readonly SearchHit[];
  readonly nextCursor: string | null;
  readonly facets: SearchFacets | null;
}

export type Interval = 'day' | 'week' | 'month' | 'year';

export interface TimelineBucket {
  /** Start of the bucket as an ISO date (YYYY-MM-DD). */
  readonly key: string;
  readonly count: number;
}

/** One matching article as exported: the hit's fields plus the entities it mentions. */
export interface ExportRow {
  readonly id: string;
  readonly url: string;
  readonly outlet: string;
  readonly sourceName: string;
  readonly title: string;
  readonly language: string;
  readonly publishedAt: string | null;
  /** Same form as SearchHit.snippet: escaped text, matches in <mark>. */
  readonly snippet: string;
  readonly entities: readonly { readonly type: EntityType; readonly name: string }[];
}

export interface ExportQuery {
  readonly text: string;
  readonly filters: SearchFilters;
  /** Rows to return at most, in all batches together. */
  readonly max: number;
  /** Rows per batch: what is held in memory at once. */
  readonly batchSize: number;
}

/** How often one word occurs in the matching articles and in the whole index (in documents). */
export interface TermCount {
  readonly term: string;
  /** Sampled matching documents containing the word. */
  readonly docCount: number;
  /** Documents of the whole index containing the word (the sample included). */
  readonly bgCount: number;
}

export interface TermCounts {
  /** Matching documents the words were counted in. */
  readonly sampled: number;
  /** Documents in the whole index. */
  readonly total: number;
  readonly terms: readonly TermCount[];
}

export interface TermCountsQuery {
  readonly text: string;
  readonly filters: SearchFilters;
  /** The best-ranked (with text) or newest (without) matching documents to count words in. */
  readonly sampleSize: number;
  /** Words found in fewer sampled documents are left out. */
  readonly minDocCount: number;
  /** Candidate words to return at most; an index that ranks candidates keeps its best. */
  readonly candidates: number;
}

/** Two entities mentioned by the same articles, and by how many. */
export interface CoMention {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export interface CoMentionQuery {
  readonly filters: SearchFilters;
  /** Entity ids (a few dozen at most): pairs among these are counted. */
  readonly entities: readonly string[];
}

/** What the index holds for one article: enough to compare it with the store. */
export interface DocumentVersion {
  readonly id: string;
  readonly contentHash: string;
}

export interface BulkIndexResult {
  readonly indexed: number;
  readonly failures: readonly { id: string; reason: string }[];
}

/** Full-text search, filters, facets and timelines over indexed articles. */
export interface SearchIndex {
  /** Upsert by id; per-document failures are reported, not thrown. */
  index(docs: readonly IndexDoc[]): Promise<BulkIndexResult>;
  remove(ids: readonly string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Article counts per bucket of publishedAt, for the text and filters given. */
  timeline(query: { text: string; filters: SearchFilters; interval: Interval }): Promise<TimelineBucket[]>;
  /** Entities most often mentioned by articles matching the query, per type. */
  topEntities(query: { text: string; filters: SearchFilters; type?: EntityType; size: number }): Promise<FacetCount[]>;
  /**
   * Every matching document (up to `max`), newest first (undated last, then by id), in batches of
   * `batchSize`, for exports: memory stays bounded by one batch however many documents match.
   */
  exportRows(query: ExportQuery): AsyncIterable<readonly ExportRow[]>;
  /** Pairs of the given entities mentioned together, counted in the documents matching the filters (source < target). */
  coMentions(query: CoMentionQuery): Promise<CoMention[]>;
  /** Word counts of the body text of matching documents against the whole index (see significant terms). */
  termCounts(query: TermCountsQuery): Promise<TermCounts>;
  /** Every indexed document's id and content hash (for drift checks), in id order. */
  documentVersions(): AsyncIterable<DocumentVersion>;
  /** Make all writes so far visible to search (no-op where writes are immediately visible). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}
