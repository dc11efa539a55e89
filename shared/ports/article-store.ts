import type { EntityNameForm } from '../domain/entity-names.js';
import type { ArticleRecord, EntityDetail, EntitySummary, EntityType } from '../domain/model.js';

export type { EntityNameForm };

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; pass back to get the next page. Null when there is no more. */
  readonly nextCursor: string | null;
}

/** A page of entities and how many entities match the query in all. */
export interface EntityPage extends Page<EntitySummary> {
  readonly total: number;
}

export type PutOutcome = 'created' | 'updated' | 'unchanged';

export interface ListEntitiesQuery {
  readonly type?: EntityType;
  /** Case- and diacritic-insensitive prefix/substring of the name or an alias. */
  readonly nameContains?: string;
  readonly limit: number;
  readonly cursor?: string | null;
}

export interface SuggestEntitiesQuery {
  /** Typed start of a name; folded like names (case, diacritics, ə→e or a) before matching; under SUGGEST_MIN_PREFIX folded characters nothing matches. */
  readonly prefix: string;
  readonly limit: number;
}


export interface ListArticlesQuery {
  /** Only articles fetched at or after this ISO instant. */
  readonly fetchedSince?: string;
  readonly limit: number;
  readonly cursor?: string | null;
}

/**
 * Durable home of articles, the entities found in them, and their mentions.
 * Writes are idempotent: putting the same record twice leaves one copy; putting a record with an
 * unchanged content hash and extractor version returns 'unchanged' and writes nothing.
 */
export interface ArticleStore {
  putArticle(record: ArticleRecord): Promise<PutOutcome>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  listArticles(query: ListArticlesQuery): Promise<Page<ArticleRecord>>;
  deleteArticle(id: string): Promise<void>;
  /** Entity by id, with aliases, roles over time and the articles mentioning it. */
  getEntity(id: string): Promise<EntityDetail | null>;
  /** Entity whose normalised name or alias equals the normalised `name`. */
  findEntityByName(name: string, type?: EntityType): Promise<EntitySummary | null>;
  /**
   * Ordered by article count, most mentioned first (ties by id). Paging is stable while counts
   * change: each page holds the first matches, in the live order, not returned on earlier pages of
   * the same cursor chain, so none repeats and none that still matches is skipped. `total` counts
   * the matches at the time of the page.
   */
  listEntities(query: ListEntitiesQuery): Promise<EntityPage>;
  /** Entities a name or alias of which starts with the prefix (folded), most mentioned first. */
  suggestEntities(query: SuggestEntitiesQuery): Promise<EntitySummary[]>;
  /** Every form (name and aliases) the entity's mentions use, per article language, most used first. */
  entityNameForms(id: string): Promise<EntityNameForm[]>;
  close(): Promise<void>;
}
