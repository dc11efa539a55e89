import type Database from 'better-sqlite3';
import type { ArticleRecord, EntityDetail, EntitySummary, EntityType, IndexDoc, UrlState, UrlStatus } from '../../domain/model.js';
import type { ArticleStore, EntityNameForm, EntityPage, ListArticlesQuery, ListEntitiesQuery, Page, PutOutcome, SuggestEntitiesQuery } from '../../ports/article-store.js';
import type { IndexOutbox, OutboxEntry } from '../../ports/index-outbox.js';
import type { BulkIndexResult, CoMention, CoMentionQuery, DocumentVersion, ExportQuery, ExportRow, FacetCount, Interval, SearchFilters, SearchIndex, SearchQuery, SearchResult, TermCounts, TermCountsQuery, TimelineBucket } from '../../ports/search-index.js';
import type { UrlStateStore } from '../../ports/url-state-store.js';
import { SqliteArticleStore } from './article-store.js';
import { SqliteClusterStore } from './cluster-store.js';
import { SqliteSourceHealthLog } from './source-health.js';
import { openDatabase, type OpenOptions } from './database.js';
import { SqliteIndexOutbox } from './index-outbox.js';
import { SqliteRunLog } from './run-log.js';
import { SqliteSavedSearchStore } from './saved-search-store.js';
import { SqliteSearchIndex } from './search-index.js';
import { SqliteUrlStateStore } from './url-state-store.js';

/**
 * The embedded backend: one SQLite file serving as article store, URL-state store and search
 * index. The three parts share one connection, so one process needs one `open`.
 */
export class SqliteStore implements ArticleStore, UrlStateStore, SearchIndex, IndexOutbox {
  readonly articles: SqliteArticleStore;
  readonly urlStates: SqliteUrlStateStore;
  readonly searchIndex: SqliteSearchIndex;
  readonly outbox: SqliteIndexOutbox;
  readonly runs: SqliteRunLog;
  readonly savedSearches: SqliteSavedSearchStore;
  readonly clusters: SqliteClusterStore;
  readonly health: SqliteSourceHealthLog;

  private constructor(readonly db: Database.Database) {
    this.articles = new SqliteArticleStore(db);
    this.urlStates = new SqliteUrlStateStore(db);
    this.searchIndex = new SqliteSearchIndex(db);
    this.outbox = new SqliteIndexOutbox(db);
    this.runs = new SqliteRunLog(db);
    this.savedSearches = new SqliteSavedSearchStore(db);
    this.clusters = new SqliteClusterStore(db);
    this.health = new SqliteSourceHealthLog(db);
  }

  /** Opens or creates the database file (and its folder); `:memory:` gives a throwaway store. */
  static open(path: string, options: OpenOptions = {}): SqliteStore {
    return new SqliteStore(openDatabase(path, options));
  }

  putArticle(record: ArticleRecord): Promise<PutOutcome> {
    return this.articles.putArticle(record);
  }
  getArticle(id: string): Promise<ArticleRecord | null> {
    return this.articles.getArticle(id);
  }
  listArticles(query: ListArticlesQuery): Promise<Page<ArticleRecord>> {
    return this.articles.listArticles(query);
  }
  deleteArticle(id: string): Promise<void> {
    return this.articles.deleteArticle(id);
  }
  getEntity(id: string): Promise<EntityDetail | null> {
    return this.articles.getEntity(id);
  }
  findEntityByName(name: string, type?: EntityType): Promise<EntitySummary | null> {
    return this.articles.findEntityByName(name, type);
  }
  listEntities(query: ListEntitiesQuery): Promise<EntityPage> {
    return this.articles.listEntities(query);
  }
  suggestEntities(query: SuggestEntitiesQuery): Promise<EntitySummary[]> {
    return this.articles.suggestEntities(query);
  }
  entityNameForms(id: string): Promise<EntityNameForm[]> {
    return this.articles.entityNameForms(id);
  }

  putUrlState(state: UrlState): Promise<void> {
    return this.urlStates.putUrlState(state);
  }
  getUrlState(url: string): Promise<UrlState | null> {
    return this.urlStates.getUrlState(url);
  }
  listUrlStates(query: { status?: UrlStatus; limit: number; cursor?: string | null }): Promise<Page<UrlState>> {
    return this.urlStates.listUrlStates(query);
  }
  countUrlStates(): Promise<Record<UrlStatus, number>> {
    return this.urlStates.countUrlStates();
  }

  index(docs: readonly IndexDoc[]): Promise<BulkIndexResult> {
    return this.searchIndex.index(docs);
  }
  remove(ids: readonly string[]): Promise<void> {
    return this.searchIndex.remove(ids);
  }
  search(query: SearchQuery): Promise<SearchResult> {
    return this.searchIndex.search(query);
  }
  timeline(query: { text: string; filters: SearchFilters; interval: Interval }): Promise<TimelineBucket[]> {
    return this.searchIndex.timeline(query);
  }
  topEntities(query: { text: string; filters: SearchFilters; type?: EntityType; size: number }): Promise<FacetCount[]> {
    return this.searchIndex.topEntities(query);
  }
  exportRows(query: ExportQuery): AsyncIterable<readonly ExportRow[]> {
    return this.searchIndex.exportRows(query);
  }
  termCounts(query: TermCountsQuery): Promise<TermCounts> {
    return this.searchIndex.termCounts(query);
  }
  coMentions(query: CoMentionQuery): Promise<CoMention[]> {
    return this.searchIndex.coMentions(query);
  }
  refresh(): Promise<void> {
    return this.searchIndex.refresh();
  }
  documentVersions(): AsyncIterable<DocumentVersion> {
    return this.searchIndex.documentVersions();
  }

  pendingIndex(limit: number, afterId?: string): Promise<OutboxEntry[]> {
    return this.outbox.pendingIndex(limit, afterId);
  }
  clearIndexed(entries: readonly OutboxEntry[]): Promise<void> {
    return this.outbox.clearIndexed(entries);
  }
  countPendingIndex(): Promise<number> {
    return this.outbox.countPendingIndex();
  }

  /** Closes the shared connection; safe to call more than once (each port's close lands here). */
  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
