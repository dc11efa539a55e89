import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType, type IndexDoc } from '../../domain/model.js';
import type {
  BulkIndexResult,
  DocumentVersion,
  FacetCount,
  Interval,
  SearchFacets,
  SearchFilters,
  SearchHit,
  SearchIndex,
  SearchQuery,
  SearchResult,
  TimelineBucket,
} from '../../ports/search-index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { lowerBound, toUtcInstant, upperBound } from './dates.js';
import { guarded } from './errors.js';
import { foldForIndex, parseUserQuery, toFtsMatch, type QueryTerm } from './fts-query.js';
import { makeSnippet } from './snippet.js';

/** bm25 column weights: title, body, entity names. A title hit counts ten body hits. */
const RANK = 'bm25(index_fts, 10.0, 1.0, 2.0)';
/** Deep offsets cost a scan each; past this, refine the query instead of paging. */
const MAX_OFFSET = 10_000;

const searchCursor = z.object({ o: z.number().int().nonnegative().max(MAX_OFFSET) });

/** A WHERE clause over `index_docs d` plus its named parameters. */
interface Condition {
  readonly sql: string;
  readonly params: Record<string, string | number>;
  /** A query of the matching FTS rowids when the text alone restricts; null when filters take part. */
  readonly textOnly: string | null;
}

interface DocRow {
  rowid: number;
  id: string;
  url: string;
  outlet: string;
  title: string;
  text: string;
  summary: string;
  language: string;
  published_at: string | null;
  rank: number | null;
}

/** Below this many hits an empty-text page sorts them; above, it walks the recency index. */
const SORT_HITS_BELOW = 2_000;

/** The documents a request matches, as collected into temp.search_hits. */
interface Hits {
  /** Number of matching documents; null when nothing restricts the query (all documents match). */
  readonly total: number | null;
  /** True when filters, not only the text match, decided the hits. */
  readonly filtered: boolean;
}

/** SQL condition keeping `column` (a document rowid) to the collected hits. */
function restrictTo(hits: Hits, column: string): string {
  return hits.total === null ? '1' : `${column} IN temp.search_hits`;
}

function validationFailure(doc: IndexDoc): string | null {
  if (typeof doc.id !== 'string' || doc.id === '') return 'missing id';
  if (doc.publishedAt !== null && toUtcInstant(doc.publishedAt) === null) return `publishedAt is not a date: ${String(doc.publishedAt)}`;
  const badEntity = doc.entities.find((e) => !(ENTITY_TYPES as readonly string[]).includes(e.type) || e.id === '');
  if (badEntity) return `entity ${badEntity.id} has an unknown type ${badEntity.type}`;
  return null;
}

function entityText(doc: IndexDoc): string {
  return doc.entities.map((e) => [e.name, ...e.aliases].join(' ; ')).join(' ; ');
}

/** Filters and the text match as one WHERE clause, shared by search, facets and timelines. */
function buildCondition(match: string | null, filters: SearchFilters): Condition {
  const parts: string[] = [];
  const params: Record<string, string | number> = {};
  let n = 0;
  const bind = (value: string): string => {
    n += 1;
    params[`p${n}`] = value;
    return `@p${n}`;
  };
  const matched = match === null ? null : `SELECT rowid FROM index_fts WHERE index_fts MATCH ${bind(match)}`;
  if (matched !== null) parts.push(`d.rowid IN (${matched})`);
  for (const entityId of filters.entities ?? []) {
    parts.push(`d.rowid IN (SELECT doc_rowid FROM index_doc_entities WHERE entity_id = ${bind(entityId)})`);
  }
  if (filters.entityTypes && filters.entityTypes.length > 0) {
    parts.push(`d.rowid IN (SELECT doc_rowid FROM index_doc_entities WHERE type IN (${filters.entityTypes.map(bind).join(', ')}))`);
  }
  if (filters.outlets && filters.outlets.length > 0) parts.push(`d.outlet IN (${filters.outlets.map(bind).join(', ')})`);
  if (filters.languages && filters.languages.length > 0) parts.push(`d.language IN (${filters.languages.map(bind).join(', ')})`);
  if (filters.from !== undefined) parts.push(`d.published_utc >= ${bind(lowerBound(filters.from))}`);
  if (filters.to !== undefined) {
    const bound = upperBound(filters.to);
    parts.push(`d.published_utc ${bound.inclusive ? '<=' : '<'} ${bind(bound.value)}`);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params, textOnly: parts.length === 1 ? matched : null };
}

/** SQL expression for the first day of a publishedAt bucket; weeks start on Monday (ISO). */
function bucketExpression(interval: Interval): string {
  switch (interval) {
    case 'day':
      return 'substr(d.published_utc, 1, 10)';
    case 'week':
      return `date(substr(d.published_utc, 1, 10), '-' || ((CAST(strftime('%w', substr(d.published_utc, 1, 10)) AS INTEGER) + 6) % 7) || ' days')`;
    case 'month':
      return `substr(d.published_utc, 1, 7) || '-01'`;
    case 'year':
      return `substr(d.published_utc, 1, 4) || '-01-01'`;
  }
}

export class SqliteSearchIndex implements SearchIndex {
  constructor(private readonly db: Database.Database) {}

  async index(docs: readonly IndexDoc[]): Promise<BulkIndexResult> {
    const failures: { id: string; reason: string }[] = [];
    let indexed = 0;
    guarded('index documents', () =>
      this.db
        .transaction(() => {
          for (const doc of docs) {
            const problem = validationFailure(doc);
            if (problem !== null) {
              failures.push({ id: String(doc.id), reason: problem });
              continue;
            }
            this.upsert(doc);
            indexed += 1;
          }
        })
        .immediate(),
    );
    return { indexed, failures };
  }

  private upsert(doc: IndexDoc): void {
    const existing = this.db.prepare<[string], { rowid: number }>('SELECT rowid FROM index_docs WHERE id = ?').get(doc.id);
    if (existing) this.removeRow(existing.rowid);
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO index_docs (id, url, outlet, title, text, summary, authors, language, section, published_at, published_utc, content_hash)
         VALUES (@id, @url, @outlet, @title, @text, @summary, @authors, @language, @section, @publishedAt, @publishedUtc, @contentHash)`,
      )
      .run({
        id: doc.id,
        url: doc.url,
        outlet: doc.outlet,
        title: doc.title,
        text: doc.text,
        summary: doc.summary,
        authors: JSON.stringify(doc.authors),
        language: doc.language,
        section: doc.section,
        publishedAt: doc.publishedAt,
        publishedUtc: toUtcInstant(doc.publishedAt),
        contentHash: doc.contentHash,
      });
    const insertEntity = this.db.prepare('INSERT OR IGNORE INTO index_doc_entities (doc_rowid, entity_id, type, name) VALUES (?, ?, ?, ?)');
    for (const entity of doc.entities) insertEntity.run(lastInsertRowid, entity.id, entity.type, entity.name);
    this.db
      .prepare('INSERT INTO index_fts (rowid, title, body, entities) VALUES (?, ?, ?, ?)')
      .run(lastInsertRowid, foldForIndex(doc.title), foldForIndex(`${doc.summary}\n${doc.text}`), foldForIndex(entityText(doc)));
  }

  private removeRow(rowid: number): void {
    this.db.prepare('DELETE FROM index_fts WHERE rowid = ?').run(rowid);
    this.db.prepare('DELETE FROM index_docs WHERE rowid = ?').run(rowid);
  }

  async remove(ids: readonly string[]): Promise<void> {
    guarded('remove documents', () =>
      this.db
        .transaction(() => {
          const find = this.db.prepare<[string], { rowid: number }>('SELECT rowid FROM index_docs WHERE id = ?');
          for (const id of ids) {
            const row = find.get(id);
            if (row) this.removeRow(row.rowid);
          }
        })
        .immediate(),
    );
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const offset = decodeCursor(query.cursor, searchCursor)?.o ?? 0;
    const terms = parseUserQuery(query.text);
    const match = toFtsMatch(terms);
    const condition = buildCondition(match, query.filters);
    return guarded('search', () =>
      this.db.transaction(() => {
        const hits = this.collectHits(condition);
        const total = hits.total ?? this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM index_docs').get()?.n ?? 0;
        const rows = this.pageOfHits(match, hits, total, query.limit, offset);
        const next = offset + rows.length;
        return {
          total,
          hits: rows.map((row) => this.toHit(row, terms)),
          nextCursor: rows.length === query.limit && next < total && next <= MAX_OFFSET ? encodeCursor({ o: next }) : null,
          facets: query.facetSize > 0 ? this.facets(hits, query.facetSize) : null,
        };
      })(),
    );
  }

  /**
   * Evaluates the text match and filters once per request into the temp table `search_hits`,
   * which count, page, facets and timelines then read, instead of re-running the match in each.
   * Without text and filters every document matches: nothing is collected and `total` is null.
   * Callers run inside one transaction, so every part of a response sees the same snapshot.
   */
  private collectHits(condition: Condition): Hits {
    if (condition.sql === '1') return { total: null, filtered: false };
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (rowid INTEGER PRIMARY KEY)');
    this.db.exec('DELETE FROM temp.search_hits');
    // The text alone needs no document row: take the FTS rowids as they are.
    const source = condition.textOnly ?? `SELECT d.rowid FROM index_docs d WHERE ${condition.sql}`;
    const { changes } = this.db.prepare(`INSERT INTO temp.search_hits (rowid) ${source}`).run(condition.params);
    return { total: changes, filtered: condition.textOnly === null };
  }

  private pageOfHits(match: string | null, hits: Hits, total: number, limit: number, offset: number): DocRow[] {
    const columns = 'd.rowid, d.id, d.url, d.outlet, d.title, d.text, d.summary, d.language, d.published_at';
    if (match === null) {
      // Few hits: sort them. Many: walk the recency index until the page is full.
      const walk = hits.total === null || total > SORT_HITS_BELOW;
      const restrict = hits.total === null ? '' : `WHERE ${walk ? '+' : ''}d.rowid IN temp.search_hits`;
      return this.db
        .prepare<{ limit: number; offset: number }, DocRow>(
          `WITH page AS MATERIALIZED (
             SELECT d.rowid FROM index_docs d ${walk ? 'INDEXED BY index_docs_by_recency' : ''} ${restrict}
             ORDER BY d.published_utc IS NULL, d.published_utc DESC, d.rowid LIMIT @limit OFFSET @offset)
           SELECT ${columns}, NULL AS rank FROM page JOIN index_docs d ON d.rowid = page.rowid
           ORDER BY d.published_utc IS NULL, d.published_utc DESC, d.rowid`,
        )
        .all({ limit, offset });
    }
    // bm25 is computed by the FTS scan; the wide document rows are read for the page only.
    return this.db
      .prepare<{ match: string; limit: number; offset: number }, DocRow>(
        `WITH page AS MATERIALIZED (
           SELECT rowid, ${RANK} AS rank FROM index_fts
           WHERE index_fts MATCH @match ${hits.filtered ? 'AND +rowid IN temp.search_hits' : ''}
           ORDER BY rank, rowid LIMIT @limit OFFSET @offset)
         SELECT ${columns}, page.rank AS rank FROM page JOIN index_docs d ON d.rowid = page.rowid
         ORDER BY page.rank, page.rowid`,
      )
      .all({ match, limit, offset });
  }

  private toHit(row: DocRow, terms: readonly QueryTerm[]): SearchHit {
    return {
      id: row.id,
      title: row.title,
      url: row.url,
      outlet: row.outlet,
      language: row.language,
      publishedAt: row.published_at,
      snippet: makeSnippet(row.text || row.summary, terms),
      // bm25() is "lower is better"; the port wants "higher is better".
      score: row.rank === null ? 0 : -row.rank,
    };
  }

  private facets(hits: Hits, size: number): SearchFacets {
    const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as FacetCount[]])) as Record<EntityType, FacetCount[]>;
    const rows = this.db
      .prepare<{ size: number }, { type: EntityType; value: string; label: string; count: number }>(
        `WITH counted AS (
           SELECT e.type, e.entity_id AS value, min(e.name) AS label, count(*) AS count
           FROM index_doc_entities e INDEXED BY index_doc_entities_by_group
           WHERE ${restrictTo(hits, 'e.doc_rowid')}
           GROUP BY e.type, e.entity_id),
         ranked AS (SELECT *, row_number() OVER (PARTITION BY type ORDER BY count DESC, label, value) AS position FROM counted)
         SELECT type, value, label, count FROM ranked WHERE position <= @size ORDER BY type, position`,
      )
      .all({ size });
    for (const row of rows) entities[row.type]?.push({ value: row.value, count: row.count, label: row.label });
    return { entities, outlets: this.fieldFacet('outlet', hits, size), languages: this.fieldFacet('language', hits, size) };
  }

  private fieldFacet(column: 'outlet' | 'language', hits: Hits, size: number): FacetCount[] {
    return this.db
      .prepare<{ size: number }, FacetCount>(
        `SELECT d.${column} AS value, count(*) AS count FROM index_docs d INDEXED BY index_docs_by_${column}
         WHERE ${restrictTo(hits, 'd.rowid')} GROUP BY d.${column} ORDER BY count DESC, value LIMIT @size`,
      )
      .all({ size });
  }

  async timeline(query: { text: string; filters: SearchFilters; interval: Interval }): Promise<TimelineBucket[]> {
    const match = toFtsMatch(parseUserQuery(query.text));
    const condition = buildCondition(match, query.filters);
    const bucket = bucketExpression(query.interval);
    return guarded('compute a timeline', () =>
      this.db.transaction(() => {
        const hits = this.collectHits(condition);
        return this.db
          .prepare<[], TimelineBucket>(
            `SELECT ${bucket} AS key, count(*) AS count FROM index_docs d INDEXED BY index_docs_by_published
             WHERE d.published_utc IS NOT NULL AND ${restrictTo(hits, 'd.rowid')} GROUP BY key ORDER BY key`,
          )
          .all();
      })(),
    );
  }

  async topEntities(query: { text: string; filters: SearchFilters; type?: EntityType; size: number }): Promise<FacetCount[]> {
    const match = toFtsMatch(parseUserQuery(query.text));
    const condition = buildCondition(match, query.filters);
    return guarded('compute top entities', () =>
      this.db.transaction(() => {
        const hits = this.collectHits(condition);
        // Counted per (type, id) in index order, then summed per id: no sort of every mention.
        return this.db
          .prepare<{ type: string | null; size: number }, FacetCount>(
            `WITH counted AS (
               SELECT e.entity_id, count(*) AS count, min(e.name) AS label
               FROM index_doc_entities e INDEXED BY index_doc_entities_by_group
               WHERE ${query.type === undefined ? '' : 'e.type = @type AND'} ${restrictTo(hits, 'e.doc_rowid')}
               GROUP BY e.type, e.entity_id)
             SELECT entity_id AS value, sum(count) AS count, min(label) AS label FROM counted
             GROUP BY entity_id ORDER BY count DESC, label, value LIMIT @size`,
          )
          .all({ type: query.type ?? null, size: query.size });
      })(),
    );
  }

  async *documentVersions(): AsyncIterable<DocumentVersion> {
    let after = '';
    for (;;) {
      const rows = guarded('list index documents', () =>
        this.db.prepare<[string], { id: string; content_hash: string }>('SELECT id, content_hash FROM index_docs WHERE id > ? ORDER BY id LIMIT 1000').all(after),
      );
      for (const row of rows) yield { id: row.id, contentHash: row.content_hash };
      const last = rows.at(-1);
      if (last === undefined || rows.length < 1000) return;
      after = last.id;
    }
  }

  async refresh(): Promise<void> {
    // SQLite writes are visible as soon as their transaction commits.
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
