import type { EntityType, IndexDoc } from '../domain/model.js';

export interface SearchFilters {
  /** Entity ids; a document must mention all of them. */
  readonly entities?: readonly string[];
  readonly entityTypes?: readonly EntityType[];
  readonly outlets?: readonly string[];
  readonly languages?: readonly string[];
  /** Inclusive ISO dates or instants on publishedAt. */
  readonly from?: string;
  readonly to?: string;
}

export interface SearchQuery {
  /** Free text; empty means "all documents matching the filters", newest first. */
  readonly text: string;
  readonly filters: SearchFilters;
  readonly limit: number;
  readonly cursor?: string | null;
  /** Number of top entities per type and of outlets/languages to return as facets; 0 = none. */
  readonly facetSize: number;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly outlet: string;
  readonly language: string;
  readonly publishedAt: string | null;
  /** Excerpt with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
  readonly snippet: string;
  readonly score: number;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
  /** For entity facets: the entity's display name (value is the id). */
  readonly label?: string;
}

export interface SearchFacets {
  readonly entities: Readonly<Record<EntityType, readonly FacetCount[]>>;
  readonly outlets: readonly FacetCount[];
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
  /** Every indexed document's id and content hash (for drift checks), in id order. */
  documentVersions(): AsyncIterable<DocumentVersion>;
  /** Make all writes so far visible to search (no-op where writes are immediately visible). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}
