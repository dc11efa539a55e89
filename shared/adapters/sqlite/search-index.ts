import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import { ENTITY_TYPES, type EntityType, type IndexDoc } from '../../domain/model.js';
import type {
  BulkIndexResult,
  ExportQuery,
  ExportRow,
  DocumentVersion,
  FacetCount,
  Interval,
  SearchFacets,
  SearchFilters,
  SearchHit,
  SearchIndex,
  SearchQuery,
  SearchResult,
  TermCounts,
  TermCountsQuery,
  TimelineBucket,
} from '../../ports/search-index.js';
import { compileQuery, effectiveSort, queryFingerprint, snippetMaker, toSearchDocument, type SearchSort } from '../../domain/search/index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { lowerBound, toUtcInstant, upperBound } from './dates.js';
import { guarded } from './errors.js';
import { BM25_RANK, FTS_COLUMNS, ftsValues, toFtsMatch } from './fts-match.js';
import { docsNeedingKeys, type IndexDocRow } from './rekey.js';
import { exportMatching } from './export-rows.js';
import { foregroundCounts, withBackgroundCounts } from './term-counts.js';

/** A date-ordered page ends after (published_utc, rowid) of its last hit: keyset paging. */
const dateCursor = z.strictObject({ h: z.string(), s: z.enum(['newest', 'oldest']), d: z.string().nullable(), r: z.number().int() });
/** A relevance page continues a snapshot of the hit order taken on the first page. */
const relevanceCursor = z.strictObject({ h: z.string(), s: z.literal('relevance'), id: z.string(), o: z.number().int().nonnegative(), t: z.number().int().nonnegative() });
const searchCursor = z.union([dateCursor, relevanceCursor]);
type DateCursor = z.infer<typeof dateCursor>;
type RelevanceCursor = z.infer<typeof relevanceCursor>;

/** Relevance snapshots older than this are dropped; their cursors then ask for a new search. */
const SNAPSHOT_TTL_MS = 30 * 60_000;
/** Relevance paging reaches the best this many hits; past them, refine the query (or sort by date). */
export const MAX_RELEVANCE_HITS = 10_000;
const ROWID_BYTES = 8;

/** A WHERE clause over `index_docs d` plus its named parameters. */
interface Condition {
  readonly sql: string;
  readonly params: Record<string, string | number>;
  /** A query of the matching FTS rowids when the text alone restricts; null when filters take part. */
  readonly textOnly: string | null;
}

/** The columns a hit needs (DOC_COLUMNS), with its bm25 rank when ranked. */
export type DocRow = Omit<IndexDocRow, 'authors' | 'section' | 'content_hash'> & { rank: number | null; cluster_id: string | null };

const DOC_COLUMNS = 'd.rowid, d.id, d.url, d.outlet, d.source_name, d.collections, d.title, d.text, d.summary, d.language, d.published_at, d.published_utc, d.cluster_id';

function cursorMismatch(): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'this cursor belongs to another query (text, filters or sort); start again without it' }]);
}

function decodeSearchCursor(cursor: string | null | undefined, fingerprint: string, sort: SearchSort): DateCursor | RelevanceCursor | null {
  const decoded = decodeCursor(cursor, searchCursor);
  if (decoded === null) return null;
  if (decoded.h !== fingerprint || decoded.s !== sort) throw cursorMismatch();
  return decoded;
}

/** Keyset condition: hits after (d, r) in the order of `sort`; undated hits come last either way. */
function afterDate(sort: 'newest' | 'oldest', after: DateCursor | null): string {
  if (after === null) return '1';
  if (after.d === null) return 'd.published_utc IS NULL AND d.rowid > @afterRowid';
  const later = sort === 'newest' ? '<' : '>';
  return `(d.published_utc IS NULL OR d.published_utc ${later} @afterDate OR (d.published_utc = @afterDate AND d.rowid > @afterRowid))`;
}

/** One page of hits; a relevance first page also hands back the order of all hits to save. */
interface Page {
  readonly rows: readonly DocRow[];
  readonly nextCursor: string | null;
  /** Set when the page knows the total better than the hit count (a relevance snapshot's size). */
  readonly total: number | null;
  readonly snapshot: readonly number[] | null;
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
  const matched = match === null ? null : `SELECT rowid FROM search_fts WHERE search_fts MATCH ${bind(match)}`;
  if (matched !== null) parts.push(`d.rowid IN (${matched})`);
  for (const entityId of filters.entities ?? []) {
    parts.push(`d.rowid IN (SELECT doc_rowid FROM index_doc_entities WHERE entity_id = ${bind(entityId)})`);
  }
  if (filters.entityTypes && filters.entityTypes.length > 0) {
    parts.push(`d.rowid IN (SELECT doc_rowid FROM index_doc_entities WHERE type IN (${filters.entityTypes.map(bind).join(', ')}))`);
  }
  if (filters.outlets && filters.outlets.length > 0) parts.push(`d.outlet IN (${filters.outlets.map(bind).join(', ')})`);
  if (filters.collections && filters.collections.length > 0) {
    parts.push(`d.rowid IN (SELECT doc_rowid FROM index_doc_collections WHERE collection IN (${filters.collections.map(bind).join(', ')}))`);
  }
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
  constructor(private readonly db: Database.Database) {
    this.rekeyIfPending();
  }

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

  /** A re-indexed document keeps its rowid, so relevance snapshots and date cursors stay valid. */
  private upsert(doc: IndexDoc): void {
    const existing = this.db.prepare<[string], { rowid: number }>('SELECT rowid FROM index_docs WHERE id = ?').get(doc.id);
    if (existing) this.removeRow(existing.rowid);
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO index_docs (rowid, id, url, outlet, source_name, collections, title, text, summary, authors, language, section, published_at, published_utc, content_hash, cluster_id)
         VALUES (@rowid, @id, @url, @outlet, @sourceName, @collections, @title, @text, @summary, @authors, @language, @section, @publishedAt, @publishedUtc, @contentHash, @clusterId)`,
      )
      .run({
        rowid: existing?.rowid ?? null,
        id: doc.id,
        url: doc.url,
        outlet: doc.sourceId,
        sourceName: doc.sourceName,
        collections: JSON.stringify(doc.collections),
        title: doc.title,
        text: doc.text,
        summary: doc.summary,
        authors: JSON.stringify(doc.authors),
        language: doc.language,
        section: doc.section,
        publishedAt: doc.publishedAt,
        publishedUtc: toUtcInstant(doc.publishedAt),
        contentHash: doc.contentHash,
        clusterId: doc.clusterId ?? null,
      });
    const insertEntity = this.db.prepare('INSERT OR IGNORE INTO index_doc_entities (doc_rowid, entity_id, type, name) VALUES (?, ?, ?, ?)');
    for (const entity of doc.entities) insertEntity.run(lastInsertRowid, entity.id, entity.type, entity.name);
    const insertCollection = this.db.prepare('INSERT OR IGNORE INTO index_doc_collections (doc_rowid, collection) VALUES (?, ?)');
    for (const collection of doc.collections) insertCollection.run(lastInsertRowid, collection);
    this.insertKeys(Number(lastInsertRowid), doc);
  }

  private insertKeys(rowid: number, doc: IndexDoc): void {
    this.db
      .prepare(`INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?${', ?'.repeat(FTS_COLUMNS.length)})`)
      .run(rowid, ...ftsValues(toSearchDocument(doc)));
  }

  /** Documents indexed before the search keys existed get them once, when the index opens. */
  private rekeyIfPending(): void {
    const pending = this.db.prepare('SELECT 1 FROM search_rekey_pending LIMIT 1').get();
    if (pending === undefined) return;
    guarded('re-key the search index', () =>
      this.db
        .transaction(() => {
          for (const { rowid, doc } of docsNeedingKeys(this.db)) this.insertKeys(rowid, doc);
          this.db.exec('DELETE FROM search_rekey_pending');
        })
        .immediate(),
    );
  }

  private removeRow(rowid: number): void {
    this.db.prepare('DELETE FROM search_fts WHERE rowid = ?').run(rowid);
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
    const plan = compileQuery(query.text);
    const match = plan === null ? null : toFtsMatch(plan);
    const sort = effectiveSort(query.sort, match !== null);
    // A collapsed query is another query: its cursors are not valid for the plain one, nor back.
    const fingerprint = queryFingerprint({ text: query.text, filters: query.collapse ? { ...query.filters, collapse: query.collapse } : query.filters, sort });
    const cursor = decodeSearchCursor(query.cursor, fingerprint, sort);
    const condition = buildCondition(match, query.filters);
    const result = guarded('search', () =>
      this.db.transaction(() => {
        const hits = query.collapse === 'cluster' ? this.collapseHits(this.collectHits(condition, true), sort, match) : this.collectHits(condition);
        const counted = hits.total ?? this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM index_docs').get()?.n ?? 0;
        const page =
          sort === 'relevance'
            ? this.relevancePage(match!, hits, query.limit, cursor as RelevanceCursor | null)
            : this.datePage(sort, hits, counted, query.limit, cursor as DateCursor | null, fingerprint);
        return { page, total: page.total ?? counted, facets: query.facetSize > 0 ? this.facets(hits, query.facetSize) : null };
      })(),
    );
    const snippet = snippetMaker(plan);
    const nextCursor = result.page.snapshot ? this.saveSnapshot(fingerprint, result.page.snapshot, query.limit, result.total) : result.page.nextCursor;
    return {
      total: result.total,
      hits: result.page.rows.map((row) => this.toHit(row, snippet)),
      nextCursor,
      facets: result.facets,
    };
  }

  /**
   * Evaluates the text match and filters once per request into the temp table `search_hits`,
   * which count, page, facets and timelines then read, instead of re-running the match in each.
   * Without text and filters every document matches: nothing is collected and `total` is null.
   * Callers run inside one transaction, so every part of a response sees the same snapshot.
   */
  private collectHits(condition: Condition, always = false): Hits {
    if (condition.sql === '1' && !always) return { total: null, filtered: false };
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (rowid INTEGER PRIMARY KEY)');
    this.db.exec('DELETE FROM temp.search_hits');
    // The text alone needs no document row: take the FTS rowids as they are.
    const source = condition.textOnly ?? `SELECT d.rowid FROM index_docs d WHERE ${condition.sql}`;
    const { changes } = this.db.prepare(`INSERT INTO temp.search_hits (rowid) ${source}`).run(condition.params);
    return { total: changes, filtered: condition.textOnly === null };
  }

  /**
   * collapse=cluster: keeps in temp.search_hits only the first hit of each syndication cluster in
   * the order of `sort` (best bm25 rank for relevance). A grouped query with row_number().
   */
  private collapseHits(hits: Hits, sort: SearchSort, match: string | null): Hits {
    const ordered =
      sort === 'relevance' && match !== null
        ? `SELECT f.rowid, row_number() OVER (PARTITION BY coalesce(d.cluster_id, d.id) ORDER BY ${BM25_RANK}, f.rowid) AS n
           FROM search_fts f JOIN index_docs d ON d.rowid = f.rowid WHERE search_fts MATCH @match AND f.rowid IN temp.search_hits`
        : `SELECT d.rowid, row_number() OVER (PARTITION BY coalesce(d.cluster_id, d.id)
             ORDER BY d.published_utc IS NULL, d.published_utc ${sort === 'oldest' ? 'ASC' : 'DESC'}, d.rowid) AS n
           FROM index_docs d WHERE d.rowid IN temp.search_hits`;
    const { changes } = this.db
      .prepare(`DELETE FROM temp.search_hits WHERE rowid NOT IN (SELECT rowid FROM (${ordered}) WHERE n = 1)`)
      .run(sort === 'relevance' && match !== null ? { match } : {});
    return { total: (hits.total ?? 0) - changes, filtered: true };
  }

  /** Newest or oldest first, undated last; keyset paging on (published_utc, rowid). */
  private datePage(sort: 'newest' | 'oldest', hits: Hits, total: number, limit: number, after: DateCursor | null, fingerprint: string): Page {
    // Many hits, newest first: walk the recency index until the page is full instead of sorting.
    const walk = sort === 'newest' && (hits.total === null || total > SORT_HITS_BELOW);
    const restrict = hits.total === null ? '1' : `${walk ? '+' : ''}d.rowid IN temp.search_hits`;
    const direction = sort === 'newest' ? 'DESC' : 'ASC';
    const rows = this.db
      .prepare<Record<string, string | number | null>, DocRow>(
        `SELECT ${DOC_COLUMNS}, NULL AS rank FROM index_docs d ${walk ? 'INDEXED BY index_docs_by_recency' : ''}
         WHERE ${restrict} AND ${afterDate(sort, after)}
         ORDER BY d.published_utc IS NULL, d.published_utc ${direction}, d.rowid LIMIT @limit`,
      )
      .all({ limit: limit + 1, ...(after ? { afterRowid: after.r, ...(after.d !== null ? { afterDate: after.d } : {}) } : {}) });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor({ h: fingerprint, s: sort, d: last.published_utc, r: last.rowid }) : null;
    return { rows: page, nextCursor, total: null, snapshot: null };
  }

  /**
   * Best match first. bm25 depends on the whole collection, so the order of hits shifts while
   * documents are indexed: the first page records the order of every hit (a snapshot, like
   * OpenSearch's point in time) and later pages read it, so no hit repeats or goes missing.
   */
  private relevancePage(match: string, hits: Hits, limit: number, after: RelevanceCursor | null): Page {
    if (after === null) {
      const ranked = this.bestRanked(match, hits, MAX_RELEVANCE_HITS);
      const rows = this.rowsOfRanked(ranked.slice(0, limit));
      return { rows, nextCursor: null, total: null, snapshot: ranked.length > limit ? ranked.map((r) => r.rowid) : null };
    }
    const snapshot = this.db
      .prepare<{ id: string; from: number; length: number }, { part: Buffer; size: number }>(
        'SELECT substr(rowids, @from, @length) AS part, length(rowids) AS size FROM search_snapshots WHERE id = @id',
      )
      .get({ id: after.id, from: after.o * ROWID_BYTES + 1, length: limit * ROWID_BYTES });
    if (snapshot === undefined) {
      throw new ValidationError('Expired cursor', [{ path: 'cursor', message: 'this result list has expired; run the search again' }]);
    }
    const rowids = [...new Float64Array(new Uint8Array(snapshot.part).buffer)];
    // Scores are read again for the page; hits that no longer match (re-indexed since) drop out.
    const ranks = new Map(
      this.db
        .prepare<{ match: string; ids: string }, { rowid: number; rank: number }>(
          `SELECT rowid, ${BM25_RANK} AS rank FROM search_fts WHERE search_fts MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))`,
        )
        .all({ match, ids: JSON.stringify(rowids) })
        .map((r) => [r.rowid, r.rank]),
    );
    const next = after.o + limit;
    return {
      rows: this.rowsInOrder(rowids.filter((r) => ranks.has(r)), ranks),
      nextCursor: next < snapshot.size / ROWID_BYTES ? encodeCursor({ ...after, o: next }) : null,
      // The hit count of the first page (as the snapshot was taken) when the snapshot holds them all.
      total: after.t,
      snapshot: null,
    };
  }

  /** The best `limit` matches by bm25 (ties by rowid), within the collected hits when filters took part. */
  private bestRanked(match: string, hits: Hits, limit: number): { rowid: number; rank: number }[] {
    const restrict = hits.filtered ? 'AND +rowid IN temp.search_hits' : '';
    return this.db
      .prepare<{ match: string; limit: number }, { rowid: number; rank: number }>(
        `SELECT rowid, ${BM25_RANK} AS rank FROM search_fts WHERE search_fts MATCH @match ${restrict} ORDER BY rank, rowid LIMIT @limit`,
      )
      .all({ match, limit });
  }

  private rowsOfRanked(ranked: readonly { rowid: number; rank: number }[]): DocRow[] {
    return this.rowsInOrder(ranked.map((r) => r.rowid), new Map(ranked.map((r) => [r.rowid, r.rank])));
  }

  private rowsInOrder(rowids: readonly number[], ranks: ReadonlyMap<number, number>): DocRow[] {
    if (rowids.length === 0) return [];
    const rows = this.db
      .prepare<{ ids: string }, DocRow>(`SELECT ${DOC_COLUMNS}, NULL AS rank FROM index_docs d WHERE d.rowid IN (SELECT value FROM json_each(@ids))`)
      .all({ ids: JSON.stringify(rowids) });
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    return rowids.flatMap((rowid) => {
      const row = byRowid.get(rowid);
      return row ? [{ ...row, rank: ranks.get(rowid) ?? null }] : [];
    });
  }

  /** Stores the order of all hits of a first page; returns the cursor of the second page. */
  private saveSnapshot(fingerprint: string, rowids: readonly number[], limit: number, total: number): string {
    const id = randomBytes(12).toString('base64url');
    const now = Date.now();
    guarded('save a result snapshot', () =>
      this.db
        .transaction(() => {
          this.db.prepare('DELETE FROM search_snapshots WHERE created_ms < ?').run(now - SNAPSHOT_TTL_MS);
          this.db
            .prepare('INSERT INTO search_snapshots (id, fingerprint, created_ms, rowids) VALUES (?, ?, ?, ?)')
            .run(id, fingerprint, now, Buffer.from(new Float64Array(rowids).buffer));
        })
        .immediate(),
    );
    return encodeCursor({ h: fingerprint, s: 'relevance', id, o: limit, t: total });
  }

  private toHit(row: DocRow, snippet: (text: string, language: string) => string): SearchHit {
    return {
      id: row.id,
      title: row.title,
      url: row.url,
      outlet: row.outlet,
      sourceId: row.outlet,
      sourceName: row.source_name ?? row.outlet,
      collections: row.collections === null ? [] : (JSON.parse(row.collections) as string[]),
      language: row.language,
      publishedAt: row.published_at,
      snippet: snippet(row.text || row.summary, row.language),
      // bm25() is "lower is better"; the port wants "higher is better".
      score: row.rank === null ? 0 : -row.rank,
      clusterId: row.cluster_id ?? row.id,
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
    return {
      entities,
      outlets: this.outletFacet(hits, size),
      collections: this.collectionFacet(hits, size),
      languages: this.fieldFacet('language', hits, size),
    };
  }

  /** Source ids with their names as labels (the name of the newest document of each source wins). */
  private outletFacet(hits: Hits, size: number): FacetCount[] {
    return this.fieldFacet('outlet', hits, size).map((facet) => {
      const name = this.db
        .prepare<[string], { name: string | null }>('SELECT source_name AS name FROM index_docs INDEXED BY index_docs_by_outlet WHERE outlet = ? ORDER BY rowid DESC LIMIT 1')
        .get(facet.value)?.name;
      return { ...facet, label: name ?? facet.value };
    });
  }

  private collectionFacet(hits: Hits, size: number): FacetCount[] {
    return this.db
      .prepare<{ size: number }, FacetCount>(
        `SELECT c.collection AS value, count(*) AS count FROM index_doc_collections c INDEXED BY index_doc_collections_by_collection
         WHERE ${restrictTo(hits, 'c.doc_rowid')} GROUP BY c.collection ORDER BY count DESC, value LIMIT @size`,
      )
      .all({ size });
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
    const plan = compileQuery(query.text);
    const condition = buildCondition(plan === null ? null : toFtsMatch(plan), query.filters);
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
    const plan = compileQuery(query.text);
    const condition = buildCondition(plan === null ? null : toFtsMatch(plan), query.filters);
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

  exportRows(query: ExportQuery): AsyncIterable<readonly ExportRow[]> {
    const plan = compileQuery(query.text);
    const condition = buildCondition(plan === null ? null : toFtsMatch(plan), query.filters);
    const snippet = snippetMaker(plan);
    const snippetOf = (row: { text: string; summary: string; language: string }) => snippet(row.text || row.summary, row.language);
    return exportMatching(this.db, condition, snippetOf, query.max, query.batchSize);
  }

  async termCounts(query: TermCountsQuery): Promise<TermCounts> {
    const plan = compileQuery(query.text);
    const match = plan === null ? null : toFtsMatch(plan);
    const condition = buildCondition(match, query.filters);
    return guarded('count significant words', () =>
      this.db.transaction(() => {
        const hits = this.collectHits(condition);
        const total = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM index_docs').get()?.n ?? 0;
        // The best-ranked matches with text (only the sample: no paging snapshot), the newest without.
        const sample =
          match === null
            ? this.datePage('newest', hits, hits.total ?? total, query.sampleSize, null, '').rows
            : this.rowsOfRanked(this.bestRanked(match, hits, query.sampleSize));
        return { sampled: sample.length, total, terms: withBackgroundCounts(this.db, foregroundCounts(sample), query.minDocCount) };
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
