import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ArticleRecord, EntityDetail, EntitySummary, EntityType, Mention, RoleStatement } from '../../domain/model.js';
import type { ArticleStore, EntityNameForm, EntityPage, ListArticlesQuery, ListEntitiesQuery, Page, PutOutcome, SuggestEntitiesQuery } from '../../ports/article-store.js';
import { MAX_NAME_FORMS, SUGGEST_MIN_PREFIX, UNKNOWN_LANGUAGE } from '../../domain/entity-names.js';
import { ENTITY_SNAPSHOT_TTL_MS, pageEntities, type EntityFilter, type EntitySnapshotStorage, type SnapshotChunk, type SnapshotEntry } from '../../domain/entity-cursor.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { toUtcInstant } from './dates.js';
import { guarded } from './errors.js';
import { distinctNameKeys, nameKeys } from '../../domain/text/name-keys.js';
import { queueForIndex } from './index-outbox.js';
import { cachedStatement } from './statements.js';
import { articleFromRow, mentionFromRow, type ArticleRow, type EntityRow, type MentionRow } from './rows.js';

/** How many mentioning articles getEntity returns (most recent first). */
const ENTITY_ARTICLES_LIMIT = 100;

/** One article's mention of an entity under a name, as counted in entity_name_counts. */
interface EntityName {
  readonly entity_id: string;
  readonly name: string;
}

const articleCursor = z.object({ id: z.string() });

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Mentions of one record, one per entity (a record should not repeat one, but may). */
function uniqueMentions(mentions: readonly Mention[]): Mention[] {
  const byEntity = new Map<string, Mention>();
  for (const mention of mentions) {
    const seen = byEntity.get(mention.entityId);
    byEntity.set(mention.entityId, seen ? { ...seen, count: seen.count + mention.count, aliases: [...new Set([...seen.aliases, ...mention.aliases])] } : mention);
  }
  return [...byEntity.values()];
}

/** A row of entity_snapshot_chunks. */
interface SnapshotChunkRow {
  readonly snapshot_id: string;
  readonly chunk: number;
  readonly created_ms: number;
  readonly filter: string;
  readonly total: number;
  readonly entries: string;
}

export class SqliteArticleStore implements ArticleStore {
  /** `now` is the clock entity snapshots expire by (injectable for tests). */
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number = Date.now,
  ) {}

  async putArticle(record: ArticleRecord): Promise<PutOutcome> {
    return guarded('store an article', () => this.db.transaction(() => this.putInTransaction(record)).immediate());
  }

  private putInTransaction(record: ArticleRecord): PutOutcome {
    const { article } = record;
    const existing = cachedStatement<[string], { content_hash: string; extractor_version: string; source: string }>(
      this.db,
      `SELECT content_hash, extractor_version, json_array(outlet, source_name, json(coalesce(collections, '[]'))) AS source FROM articles WHERE id = ?`,
    ).get(article.id);
    // A source renamed or regrouped in the catalogue is a change too, even with the same content.
    const source = JSON.stringify([article.sourceId, article.sourceName, article.collections]);
    if (existing && existing.content_hash === article.contentHash && existing.extractor_version === article.extractorVersion && existing.source === source) {
      return 'unchanged';
    }
    const previous = cachedStatement<[string], EntityName>(this.db, 'SELECT entity_id, name FROM mentions WHERE article_id = ?').all(article.id);

    cachedStatement(
      this.db,
      `INSERT INTO articles (id, url, canonical_url, outlet, source_name, collections, title, authors, published_at, published_utc, modified_at, language,
           section, paragraphs, text, summary, image, content_hash, fetched_at, parser_version, extractor_version)
         VALUES (@id, @url, @canonicalUrl, @sourceId, @sourceName, @collections, @title, @authors, @publishedAt, @publishedUtc, @modifiedAt, @language,
           @section, @paragraphs, @text, @summary, @image, @contentHash, @fetchedAt, @parserVersion, @extractorVersion)
         ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url, outlet = excluded.outlet,
           source_name = excluded.source_name, collections = excluded.collections,
           title = excluded.title, authors = excluded.authors, published_at = excluded.published_at,
           published_utc = excluded.published_utc, modified_at = excluded.modified_at, language = excluded.language,
           section = excluded.section, paragraphs = excluded.paragraphs, text = excluded.text, summary = excluded.summary,
           image = excluded.image, content_hash = excluded.content_hash, fetched_at = excluded.fetched_at,
           parser_version = excluded.parser_version, extractor_version = excluded.extractor_version`,
    ).run({
        ...article,
        authors: JSON.stringify(article.authors),
        paragraphs: JSON.stringify(article.paragraphs),
        collections: JSON.stringify(article.collections),
        publishedUtc: toUtcInstant(article.publishedAt),
      });
    cachedStatement(this.db, 'DELETE FROM mentions WHERE article_id = ?').run(article.id);
    this.countNames(previous, -1);

    const insertEntity = cachedStatement(this.db, 'INSERT INTO entities (id, type, name, article_count) VALUES (?, ?, ?, 0) ON CONFLICT (id) DO NOTHING');
    const insertAlias = cachedStatement(this.db, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, folded, folded_alt) VALUES (?, ?, ?, ?)');
    const insertMention = cachedStatement(
      this.db,
      `INSERT INTO mentions (article_id, entity_id, position, type, name, aliases, count, role, affiliation, context)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const mentions = uniqueMentions(record.mentions);
    mentions.forEach((m, position) => {
      insertEntity.run(m.entityId, m.type, m.name);
      for (const form of [m.name, ...m.aliases]) {
        const { key, altKey } = nameKeys(form);
        if (key !== '') insertAlias.run(m.entityId, form, key, altKey);
      }
      insertMention.run(article.id, m.entityId, position, m.type, m.name, JSON.stringify(m.aliases), m.count, m.role, m.affiliation, m.context);
    });
    this.countNames(mentions.map((m) => ({ entity_id: m.entityId, name: m.name })), 1);
    this.recountEntities([...previous.map((m) => m.entity_id), ...mentions.map((m) => m.entityId)]);
    queueForIndex(this.db, article.id);
    return existing ? 'updated' : 'created';
  }

  /** Adds `delta` to the article count of each (entity, name) mention; rows that reach 0 go. */
  private countNames(mentions: readonly EntityName[], delta: 1 | -1): void {
    const add = cachedStatement(
      this.db,
      `INSERT INTO entity_name_counts (entity_id, name, articles) VALUES (?, ?, ?)
       ON CONFLICT (entity_id, name) DO UPDATE SET articles = articles + excluded.articles`,
    );
    for (const m of mentions) add.run(m.entity_id, m.name, delta);
    if (delta < 0) cachedStatement(this.db, 'DELETE FROM entity_name_counts WHERE articles <= 0 AND entity_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(mentions.map((m) => m.entity_id)));
  }

  /**
   * articleCount = distinct mentioning articles; entities no article mentions any more are dropped.
   * Read from the maintained counts per (entity, name): a few rows per entity, however many
   * articles mention it, so a write costs the same in a small store and a large one.
   */
  private recountEntities(entityIds: readonly string[]): void {
    // The display name is the form most articles use (ties: longest, then alphabetical), so it is
    // stable without an analyst and follows a rename once reprocessing has applied it everywhere.
    const recount = cachedStatement(
      this.db,
      `UPDATE entities SET article_count = coalesce((SELECT sum(articles) FROM entity_name_counts WHERE entity_id = @id), 0),
         name = coalesce((SELECT name FROM entity_name_counts WHERE entity_id = @id ORDER BY articles DESC, length(name) DESC, name ASC LIMIT 1), name)
       WHERE id = @id`,
    );
    const dropOrphan = cachedStatement(this.db, 'DELETE FROM entities WHERE id = ? AND article_count = 0');
    for (const id of new Set(entityIds)) {
      recount.run({ id });
      dropOrphan.run(id);
    }
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    return guarded('read an article', () => {
      const row = this.db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?').get(id);
      return row ? { article: articleFromRow(row), mentions: this.mentionsOf(id) } : null;
    });
  }

  private mentionsOf(articleId: string): Mention[] {
    return this.db
      .prepare<[string], MentionRow>('SELECT * FROM mentions WHERE article_id = ? ORDER BY position')
      .all(articleId)
      .map(mentionFromRow);
  }

  async listArticles(query: ListArticlesQuery): Promise<Page<ArticleRecord>> {
    const after = decodeCursor(query.cursor, articleCursor);
    return guarded('list articles', () => {
      const rows = this.db
        .prepare<{ after: string | null; since: string | null; limit: number }, ArticleRow>(
          `SELECT * FROM articles WHERE (@after IS NULL OR id > @after) AND (@since IS NULL OR fetched_at >= @since) ORDER BY id LIMIT @limit`,
        )
        .all({ after: after?.id ?? null, since: query.fetchedSince ?? null, limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({ article: articleFromRow(row), mentions: this.mentionsOf(row.id) })),
        nextCursor: rows.length > query.limit && last ? encodeCursor({ id: last.id }) : null,
      };
    });
  }

  async deleteArticle(id: string): Promise<void> {
    guarded('delete an article', () =>
      this.db
        .transaction(() => {
          const previous = this.db.prepare<[string], EntityName>('SELECT entity_id, name FROM mentions WHERE article_id = ?').all(id);
          this.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
          this.countNames(previous, -1);
          this.recountEntities(previous.map((r) => r.entity_id));
          queueForIndex(this.db, id);
        })
        .immediate(),
    );
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    return guarded('read an entity', () => {
      const row = this.db.prepare<[string], EntityRow>('SELECT * FROM entities WHERE id = ? AND article_count > 0').get(id);
      if (!row) return null;
      const roles = this.db
        .prepare<[string], { role: string | null; affiliation: string | null; article_id: string; published_at: string | null }>(
          `SELECT m.role, m.affiliation, m.article_id, a.published_at FROM mentions m JOIN articles a ON a.id = m.article_id
           WHERE m.entity_id = ? AND (m.role IS NOT NULL OR m.affiliation IS NOT NULL)
           ORDER BY a.published_utc IS NULL, a.published_utc, a.id`,
        )
        .all(id)
        .map((r): RoleStatement => ({ role: r.role, affiliation: r.affiliation, articleId: r.article_id, publishedAt: r.published_at }));
      const articles = this.db
        .prepare<[string, number], { id: string; title: string; published_at: string | null; outlet: string }>(
          `SELECT a.id, a.title, a.published_at, a.outlet FROM mentions m JOIN articles a ON a.id = m.article_id
           WHERE m.entity_id = ? ORDER BY a.published_utc IS NULL, a.published_utc DESC, a.id LIMIT ?`,
        )
        .all(id, ENTITY_ARTICLES_LIMIT)
        .map((a) => ({ id: a.id, title: a.title, publishedAt: a.published_at, outlet: a.outlet }));
      return { ...this.summaryOf(row), roles, articles };
    });
  }

  private summaryOf(row: EntityRow): EntitySummary {
    const aliases = this.db
      .prepare<[string, string], { alias: string }>('SELECT alias FROM entity_aliases WHERE entity_id = ? AND alias <> ? ORDER BY rowid')
      .all(row.id, row.name)
      .map((r) => r.alias);
    return { id: row.id, type: row.type as EntityType, name: row.name, aliases, articleCount: row.article_count };
  }

  async findEntityByName(name: string, type?: EntityType): Promise<EntitySummary | null> {
    const { key, altKey } = nameKeys(name);
    if (key === '') return null;
    return guarded('find an entity', () => {
      const row = this.db
        .prepare<{ key: string; altKey: string; type: string | null }, EntityRow>(
          `SELECT e.* FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
           WHERE (a.folded IN (@key, @altKey) OR a.folded_alt IN (@key, @altKey)) AND (@type IS NULL OR e.type = @type) AND e.article_count > 0
           ORDER BY e.article_count DESC, e.id LIMIT 1`,
        )
        .get({ key, altKey, type: type ?? null });
      return row ? this.summaryOf(row) : null;
    });
  }

  /** Pages of a snapshot of the matching order, taken by the first page (shared/domain/entity-cursor.ts). */
  async listEntities(query: ListEntitiesQuery): Promise<EntityPage> {
    return pageEntities(this.entitySnapshots, query);
  }

  private readonly entitySnapshots: EntitySnapshotStorage = {
    listMatching: (filter) => this.matchingEntities(filter),
    saveChunks: (chunks) => this.saveSnapshotChunks(chunks),
    readChunks: async (snapshotId, chunks) =>
      guarded('read an entity snapshot', () =>
        this.db
          .prepare<[string, string], SnapshotChunkRow>(
            `SELECT snapshot_id, chunk, created_ms, filter, total, entries FROM entity_snapshot_chunks
             WHERE snapshot_id = ? AND chunk IN (SELECT value FROM json_each(?))`,
          )
          .all(snapshotId, JSON.stringify(chunks))
          .map((row) => ({ snapshotId: row.snapshot_id, chunk: row.chunk, createdMs: row.created_ms, filter: row.filter, total: row.total, entries: row.entries })),
      ),
    summaries: async (ids) =>
      guarded('read entities', () =>
        this.db
          .prepare<[string], EntityRow>('SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(ids))
          .map((row) => this.summaryOf(row)),
      ),
    now: () => this.now(),
  };

  /** Every matching entity, most mentioned first (the entities_by_count indexes give the order). */
  private async matchingEntities(filter: EntityFilter): Promise<SnapshotEntry[]> {
    const keys = filter.nameContains === undefined ? null : nameKeys(filter.nameContains);
    const params = {
      type: filter.type ?? null,
      contains: keys && keys.key !== '' ? `%${escapeLike(keys.key)}%` : null,
      containsAlt: keys && keys.altKey !== '' ? `%${escapeLike(keys.altKey)}%` : null,
    };
    return guarded('list entities', () =>
      this.db
        .prepare<typeof params, SnapshotEntry>(
          `SELECT e.id AS id, e.article_count AS count FROM entities e
           WHERE e.article_count > 0
             AND (@type IS NULL OR e.type = @type)
             AND (@contains IS NULL OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id
               AND (a.folded LIKE @contains ESCAPE '\\' OR a.folded_alt LIKE @containsAlt ESCAPE '\\')))
           ORDER BY e.article_count DESC, e.id`,
        )
        .all(params),
    );
  }

  /** Writes (or renews) a snapshot and removes the expired ones, in one short write transaction. */
  private async saveSnapshotChunks(chunks: readonly SnapshotChunk[]): Promise<void> {
    const insert = this.db.prepare<SnapshotChunkRow>(
      `INSERT INTO entity_snapshot_chunks (snapshot_id, chunk, created_ms, filter, total, entries)
       VALUES (@snapshot_id, @chunk, @created_ms, @filter, @total, @entries)
       ON CONFLICT (snapshot_id, chunk) DO UPDATE SET created_ms = excluded.created_ms`,
    );
    guarded('store an entity snapshot', () =>
      this.db
        .transaction(() => {
          this.db.prepare<[number]>('DELETE FROM entity_snapshot_chunks WHERE created_ms < ?').run(this.now() - ENTITY_SNAPSHOT_TTL_MS);
          for (const chunk of chunks) {
            insert.run({ snapshot_id: chunk.snapshotId, chunk: chunk.chunk, created_ms: chunk.createdMs, filter: chunk.filter, total: chunk.total, entries: chunk.entries });
          }
        })
        .immediate(),
    );
  }

  /** Range scans of the folded-name indexes (key ≤ folded < key + U+10FFFF), then ranked by count. */
  async suggestEntities(query: SuggestEntitiesQuery): Promise<EntitySummary[]> {
    const keys = distinctNameKeys(query.prefix).filter((key) => key.length >= SUGGEST_MIN_PREFIX);
    if (keys.length === 0) return [];
    const ranges = keys.flatMap((_, i) => [
      `SELECT entity_id FROM entity_aliases WHERE folded >= @k${i} AND folded < @k${i} || char(1114111)`,
      `SELECT entity_id FROM entity_aliases WHERE folded_alt >= @k${i} AND folded_alt < @k${i} || char(1114111)`,
    ]);
    const params = { ...Object.fromEntries(keys.map((key, i) => [`k${i}`, key])), limit: query.limit };
    return guarded('suggest entities', () =>
      this.db
        .prepare<Record<string, string | number>, EntityRow>(
          `SELECT e.* FROM entities e WHERE e.id IN (${ranges.join(' UNION ')}) AND e.article_count > 0
           ORDER BY e.article_count DESC, e.id LIMIT @limit`,
        )
        .all(params)
        .map((row) => this.summaryOf(row)),
    );
  }

  async entityNameForms(id: string): Promise<EntityNameForm[]> {
    return guarded('read the names of an entity', () =>
      this.db
        .prepare<{ id: string; und: string; max: number }, EntityNameForm>(
          `WITH forms AS (
             SELECT m.article_id, m.name AS name, a.language AS lang FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = @id
             UNION
             SELECT m.article_id, j.value, a.language FROM mentions m JOIN articles a ON a.id = m.article_id, json_each(m.aliases) j WHERE m.entity_id = @id)
           SELECT name, coalesce(nullif(lang, ''), @und) AS lang, count(*) AS count FROM forms WHERE trim(name) <> ''
           GROUP BY name, lang ORDER BY count DESC, name, lang LIMIT @max`,
        )
        .all({ id, und: UNKNOWN_LANGUAGE, max: MAX_NAME_FORMS }),
    );
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
