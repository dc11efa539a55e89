/**
 * The domain model of culture-index. Plain data, no behaviour and no I/O, so every adapter
 * (SQLite, DynamoDB, OpenSearch) and every handler shares one vocabulary.
 */

export const ENTITY_TYPES = ['person', 'organisation', 'project', 'event', 'work', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A news outlet or other source of cultural news, as listed in the sources catalogue. */
export interface Source {
  readonly id: string;
  readonly name: string;
  readonly site: string;
  readonly language: string;
  readonly feeds: readonly string[];
  readonly sitemaps: readonly string[];
  /** Groups the source belongs to, e.g. "agencies", "ministries", "az-language" (catalogue slugs). */
  readonly collections: readonly string[];
  /** Catalogue entries start unverified and are marked verified once a fetch succeeded. */
  readonly verified: boolean;
  readonly notes?: string;
}

/** The article as parsed from one page. `id` is stable: derived from the canonical URL. */
export interface Article {
  readonly id: string;
  readonly url: string;
  readonly canonicalUrl: string;
  /** The source id (same value as sourceId): the name filters, facets and the API have always used. */
  readonly outlet: string;
  /** Who published it: see shared/domain/source-identity.ts for how it is decided. */
  readonly sourceId: string;
  readonly sourceName: string;
  readonly collections: readonly string[];
  readonly title: string;
  readonly authors: readonly string[];
  /** ISO 8601 with zone, or null when the page states no date. */
  readonly publishedAt: string | null;
  readonly modifiedAt: string | null;
  /** BCP 47 primary tag such as "en", "az", "ru"; "und" when unknown. */
  readonly language: string;
  readonly section: string | null;
  readonly paragraphs: readonly string[];
  /** Paragraphs joined by a blank line. */
  readonly text: string;
  readonly summary: string;
  readonly image: string | null;
  /** sha256 of title + text: an unchanged hash means nothing to re-store or re-index. */
  readonly contentHash: string;
  readonly fetchedAt: string;
  readonly parserVersion: string;
  readonly extractorVersion: string;
}

/** A real-world entity, shared by every article that mentions it. */
export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** One entity as mentioned by one article. */
export interface Mention {
  readonly entityId: string;
  readonly articleId: string;
  readonly type: EntityType;
  /** The name as the article writes it in its fullest form. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly count: number;
  readonly role: string | null;
  /** Name of an organisation mentioned in the same article. */
  readonly affiliation: string | null;
  /** One sentence from the article in which the entity occurs. */
  readonly context: string;
}

/** What the store keeps per article: the article and what was found in it. */
export interface ArticleRecord {
  readonly article: Article;
  readonly mentions: readonly Mention[];
}

/** A role an entity was stated to hold, with when (by article date) it was stated. */
export interface RoleStatement {
  readonly role: string | null;
  readonly affiliation: string | null;
  readonly articleId: string;
  readonly publishedAt: string | null;
}

export interface EntitySummary extends Entity {
  /** Number of distinct articles that mention the entity. */
  readonly articleCount: number;
}

export interface EntityDetail extends EntitySummary {
  readonly roles: readonly RoleStatement[];
  /** Most recent first. */
  readonly articles: readonly { readonly id: string; readonly title: string; readonly publishedAt: string | null; readonly outlet: string }[];
}

/** Final (or pending) state of every discovered URL. */
export const URL_STATUSES = ['pending', 'stored', 'unchanged', 'skipped', 'failed'] as const;
export type UrlStatus = (typeof URL_STATUSES)[number];

export interface UrlState {
  readonly url: string;
  readonly status: UrlStatus;
  /** Why it was skipped or failed, e.g. "robots-disallowed", "http-404", "too-large". */
  readonly reason: string | null;
  readonly articleId: string | null;
  /** Conditional GET validators remembered from the last 200 response. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentHash: string | null;
  readonly attempts: number;
  readonly updatedAt: string;
  readonly sourceId: string | null;
  /** The last failure seen (kept after a later success, for the record); null when none. */
  readonly lastError: string | null;
  /** When a retryable failure should be tried again (ISO instant); null otherwise. */
  readonly nextAttemptAt: string | null;
}

/** A fetched page exactly as it came over the wire, kept so it can be re-parsed later. */
export interface RawPage {
  readonly url: string;
  readonly finalUrl: string;
  readonly fetchedAt: string;
  readonly status: number;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** Address of a raw page in an archive. */
export interface RawRef {
  readonly key: string;
  readonly url: string;
  readonly fetchedAt: string;
  /** Set by put() when the URL's newest archived copy already had these exact bytes: nothing was written. */
  readonly duplicate?: boolean;
}

/** A document as the search index sees it: flattened article plus its entities. */
export interface IndexDoc {
  readonly id: string;
  readonly url: string;
  /** The source id (same value as sourceId). */
  readonly outlet: string;
  readonly sourceId: string;
  readonly sourceName: string;
  readonly collections: readonly string[];
  readonly title: string;
  readonly text: string;
  readonly summary: string;
  readonly authors: readonly string[];
  readonly language: string;
  readonly section: string | null;
  readonly publishedAt: string | null;
  readonly entities: readonly { readonly id: string; readonly type: EntityType; readonly name: string; readonly aliases: readonly string[] }[];
  readonly contentHash: string;
  /** Syndication cluster (shared/domain/clusters); absent means a cluster of its own (the id). */
  readonly clusterId?: string;
}
