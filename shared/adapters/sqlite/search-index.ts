import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import { ENTITY_TYPES, type EntityType, type IndexDoc } from '../../domain/model.js';
import type {
  BulkIndexResult,
  CoMention,
  CoMentionQuery,
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
import {
  clauseInField,
  compileQuery,
  effectiveSort,
  FIELD_BOOST,
  keywordKey,
  queryFingerprint,
  scoredClauses,
  snippetMaker,
  toSearchDocument,
  type MatchPlan,
  type SearchSort,
  type TextField,
} from '../../domain/search/index.js';
import { hitFacets, timelineBuckets, topEntities, type FacetHits } from './doc-facets.js';
import { DocValues } from './doc-values.js';
import { DateOrder } from './date-order.js';
import { firstKeys, keyParts, type KeyParts, type SortKey } from './top-hits.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { lowerBound, toUtcInstant, upperBound } from './dates.js';
import { guarded } from './errors.js';
import { FTS_COLUMNS, ftsValues, keyLines, keysCanMatch, toFtsMatch } from './fts-match.js';
import { Bitset } from './bitset.js';
import { KeyBlocks } from './key-blocks.js';
import { firstLevelKeys, levelHits, MAX_LEVEL_SETS, scoreIn, scoreLevels, type EarnedSet, type LevelPage } from './score-levels.js';
import { foldIfDue, foldPending, foldStaged, LARGE_BATCH, PendingKeys, stageKeys } from './pending-keys.js';
import { matchKeys } from './key-match.js';
import { ftsPhraseCheck, ftsRowids } from './phrase-check.js';
import { docsNeedingKeys, type IndexDocRow } from './rekey.js';
import { exportMatching } from './export-rows.js';
import { cachedStatement } from './statements.js';
import { foregroundCounts, withBackgroundCounts } from './term-counts.js';

/**
 * A page ends after the sort key of its last hit (see top-hits.ts): keyset paging in every order.
 * `b` is null for an undated last hit (its key is +∞, which JSON cannot hold).
 */
const searchCursor = z.strictObject({ h: z.string(), s: z.enum(['relevance', 'newest', 'oldest']), a: z.number(), b: z.number().nullable(), r: z.number().int() });
type SearchCursor = z.infer<typeof searchCursor>;

/** The change log keeps this many entries, trimmed every so many writes. */
const CHANGE_LOG_KEPT = 100_000;
const CHANGE_LOG_TRIM_EVERY = 1_000;

const INSERT_FTS = `INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?${', ?'.repeat(FTS_COLUMNS.length)})`;

/** Score of a hit that matched nowhere but in the body (see shared/domain/search/ranking.ts). */
const BODY_SCORE = FIELD_BOOST.body;
/** Fields whose matches raise a hit's score above the body's. */
const BONUS_FIELDS: readonly TextField[] = ['title', 'entities'];

/** A WHERE clause over `index_docs d` plus its named parameters. */
interface Condition {
  readonly sql: string;
  readonly params: Record<string, string | number>;
}

/** The columns a hit needs (DOC_COLUMNS), with its score (`rank`) when ranked. */
export type DocRow = Omit<IndexDocRow, 'authors' | 'section' | 'content_hash'> & { rank: number | null; cluster_id: string | null };

/**
 * The documents a search matched, kept as the bitset they were computed as: the total is its
 * count, a large hit set is paged from it directly, facets and timelines walk its bits, and it
 * is listed as rowids only for what needs a list (collapse, a sparse page) — listing 60,000 hits
 * cost more than paging them.
 */
class Hits implements FacetHits {
  private listed: Int32Array | null;

  constructor(readonly bits: Bitset, rowids: Int32Array | null = null) {
    this.listed = rowids;
  }

  private counted: number | null = null;

  get total(): number {
    return (this.counted ??= this.listed === null ? this.bits.count() : this.listed.length);
  }

  rowids(): Int32Array {
    return (this.listed ??= this.bits.toRowids());
  }
}

const DOC_COLUMNS = 'd.rowid, d.id, d.url, d.outlet, d.source_name, d.collections, d.title, d.text, d.summary, d.language, d.published_at, d.published_utc, d.cluster_id';

function cursorMismatch(): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'this cursor belongs to another query (text, filters or sort); start again without it' }]);
}

function decodeSearchCursor(cursor: string | null | undefined, fingerprint: string, sort: SearchSort): SortKey | null {
  const decoded = decodeCursor(cursor, searchCursor);
  if (decoded === null) return null;
  if (decoded.h !== fingerprint || decoded.s !== sort) throw cursorMismatch();
  return { a: decoded.a, b: decoded.b ?? Number.POSITIVE_INFINITY, rowid: decoded.r };
}

function encodeSearchCursor(fingerprint: string, sort: SearchSort, key: SortKey): string {
  const cursor: SearchCursor = { h: fingerprint, s: sort, a: key.a, b: Number.isFinite(key.b) ? key.b : null, r: key.rowid };
  return encodeCursor(cursor);
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
  if (filters.ids !== undefined) parts.push(filters.ids.length > 0 ? `d.id IN (${filters.ids.map(bind).join(', ')})` : '0');
  if (filters.from !== undefined) parts.push(`d.published_utc >= ${bind(lowerBound(filters.from))}`);
  if (filters.to !== undefined) {
    const bound = upperBound(filters.to);
    parts.push(`d.published_utc ${bound.inclusive ? '<=' : '<'} ${bind(bound.value)}`);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/**
 * A plan narrowed by the outlet and language filters, as the keywords every document carries
 * (`outlet=…`, `lang=…`): FTS5 then skips doclist pages of other outlets and languages instead of
 * returning their rowids for the doc values to drop, and the posting bitmaps drop them in one
 * word-wise AND. A filter value whose keyword would not be exactly that value (case, spaces) is
 * left to the doc values alone, which always apply.
 */
function narrowed(plan: MatchPlan, filters: SearchFilters): MatchPlan {
  const groups = [
    ['outlet', filters.outlets],
    ['lang', filters.languages],
  ] as const;
  const parts = groups.flatMap(([field, values]): MatchPlan[] => {
    if (values === undefined || values.length === 0 || !values.every((v) => v !== '' && keywordKey(field, v) === `${field}=${v}`)) return [];
    return [{ kind: 'or', items: values.map((v) => ({ kind: 'keyword' as const, key: keywordKey(field, v), prefix: false })) }];
  });
  return parts.length === 0 ? plan : { kind: 'and', items: [plan, ...parts] };
}

/**
 * A hit list at least this share of the collection is paged by walking the date order (date-order.ts);
 * a sparser one by a heap pass over its hits, which then costs less than the walk.
 */
const WALK_SHARE = 1 / 32;

/** Page rows bound as parameters up to this many rowids (see pageRows). */
const MAX_BOUND_ROWIDS = 128;

/** Documents re-keyed per flush when the index opens over documents without keys. */
const REKEY_BATCH = 1000;

export class SqliteSearchIndex implements SearchIndex {
  /** Filter, facet and sort fields of every document, kept in step with the database. */
  private readonly values = new DocValues();
  /** Posting bitmaps of the keys without positions, as folded. */
  private readonly keys: KeyBlocks;
  /** The documents written since the last fold, read together with the blocks. */
  private readonly pendingKeys: PendingKeys;
  /** The documents in date order, following the doc values as they change. */
  private readonly dates = new DateOrder();
  /** Whether the write transaction running is a large batch, whose keys go straight into the blocks. */
  private direct = false;
  /** Statements every search runs, compiled once per connection. */
  private readonly statements = new Map<string, Database.Statement<unknown[], unknown>>();

  private statement<P extends unknown[], R>(sql: string): Database.Statement<P, R> {
    let statement = this.statements.get(sql);
    if (statement === undefined) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement as unknown as Database.Statement<P, R>;
  }

  constructor(private readonly db: Database.Database) {
    this.keys = new KeyBlocks(db);
    this.pendingKeys = new PendingKeys(this.keys);
    this.rekeyIfPending();
  }

  /**
   * A write transaction of `count` documents, which folds the pending keys into the blocks when
   * enough have gathered. A large batch would fold when it ends anyway: it folds what is pending
   * first and writes its own keys straight into the blocks, instead of staging each document's
   * lines in search_key_pending only to read them back and delete them at the end.
   */
  private writing(count: number, work: () => void): void {
    try {
      this.db
        .transaction(() => {
          this.direct = count >= LARGE_BATCH;
          if (this.direct) foldStaged(this.db, this.keys);
          work();
          if (this.direct) this.keys.flush();
          else foldIfDue(this.db, this.keys);
        })
        .immediate();
    } finally {
      this.direct = false;
      this.keys.discard();
    }
  }

  /** A document's key lines (null: removed), staged for a later fold or, in a large batch, applied now. */
  private writeKeys(rowid: number, lines: readonly string[] | null): void {
    if (!this.direct) {
      stageKeys(this.db, rowid, lines);
      return;
    }
    this.keys.remove(rowid);
    if (lines !== null) this.keys.add(rowid, lines);
  }

  async index(docs: readonly IndexDoc[]): Promise<BulkIndexResult> {
    const failures: { id: string; reason: string }[] = [];
    let indexed = 0;
    guarded('index documents', () =>
      this.writing(docs.length, () => {
        for (const doc of docs) {
          const problem = validationFailure(doc);
          if (problem !== null) {
            failures.push({ id: String(doc.id), reason: problem });
            continue;
          }
          this.upsert(doc);
          indexed += 1;
        }
      }),
    );
    return { indexed, failures };
  }

  /** A re-indexed document keeps its rowid, so relevance snapshots and date cursors stay valid. */
  private upsert(doc: IndexDoc): void {
    const existing = cachedStatement<[string], { rowid: number }>(this.db, 'SELECT rowid FROM index_docs WHERE id = ?').get(doc.id);
    if (existing) this.removeRow(existing.rowid);
    const { lastInsertRowid } = cachedStatement(
      this.db,
      `INSERT INTO index_docs (rowid, id, url, outlet, source_name, collections, title, text, summary, authors, language, section, published_at, published_utc, content_hash, cluster_id)
         VALUES (@rowid, @id, @url, @outlet, @sourceName, @collections, @title, @text, @summary, @authors, @language, @section, @publishedAt, @publishedUtc, @contentHash, @clusterId)`,
    ).run({
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
    const insertEntity = cachedStatement(this.db, 'INSERT OR IGNORE INTO index_doc_entities (doc_rowid, entity_id, type, name) VALUES (?, ?, ?, ?)');
    for (const entity of doc.entities) insertEntity.run(lastInsertRowid, entity.id, entity.type, entity.name);
    const insertCollection = cachedStatement(this.db, 'INSERT OR IGNORE INTO index_doc_collections (doc_rowid, collection) VALUES (?, ?)');
    for (const collection of doc.collections) insertCollection.run(lastInsertRowid, collection);
    this.insertKeys(Number(lastInsertRowid), doc);
    this.logChange(Number(lastInsertRowid));
  }

  /** Tells every connection's doc values which document changed (see doc-values.ts). */
  private logChange(rowid: number): void {
    const { lastInsertRowid } = cachedStatement(this.db, 'INSERT INTO index_doc_changes (doc_rowid) VALUES (?)').run(rowid);
    // The log only has to reach back as far as a copy that is worth updating rather than reloading.
    if (Number(lastInsertRowid) % CHANGE_LOG_TRIM_EVERY === 0) {
      cachedStatement(this.db, 'DELETE FROM index_doc_changes WHERE seq <= ?').run(Number(lastInsertRowid) - CHANGE_LOG_KEPT);
    }
  }

  private insertKeys(rowid: number, doc: IndexDoc): void {
    const keys = toSearchDocument(doc);
    cachedStatement(this.db, INSERT_FTS).run(rowid, ...ftsValues(keys));
    this.writeKeys(rowid, keyLines(keys));
  }

  /** Documents indexed before the search keys existed get them once, when the index opens. */
  private rekeyIfPending(): void {
    const pending = this.db.prepare('SELECT 1 FROM search_rekey_pending LIMIT 1').get();
    if (pending === undefined) return;
    guarded('re-key the search index', () =>
      this.writing(0, () => {
        let count = 0;
        for (const { rowid, doc } of docsNeedingKeys(this.db)) {
          this.insertKeys(rowid, doc);
          // Bounded memory: the pending bits of a whole collection would not fit.
          count += 1;
          if (count % REKEY_BATCH === 0) foldPending(this.db, this.keys);
        }
        foldPending(this.db, this.keys);
        this.db.exec('DELETE FROM search_rekey_pending');
      }),
    );
  }

  private removeRow(rowid: number): void {
    cachedStatement(this.db, 'DELETE FROM search_fts WHERE rowid = ?').run(rowid);
    this.writeKeys(rowid, null);
    cachedStatement(this.db, 'DELETE FROM index_docs WHERE rowid = ?').run(rowid);
    this.logChange(rowid);
  }

  async remove(ids: readonly string[]): Promise<void> {
    guarded('remove documents', () =>
      this.writing(ids.length, () => {
        const find = this.db.prepare<[string], { rowid: number }>('SELECT rowid FROM index_docs WHERE id = ?');
        for (const id of ids) {
          const row = find.get(id);
          if (row) this.removeRow(row.rowid);
        }
      }),
    );
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const plan = compileQuery(query.text);
    const sort = effectiveSort(query.sort, plan !== null);
    // A collapsed query is another query: its cursors are not valid for the plain one, nor back.
    const fingerprint = queryFingerprint({ text: query.text, filters: query.collapse ? { ...query.filters, collapse: query.collapse } : query.filters, sort });
    const after = decodeSearchCursor(query.cursor, fingerprint, sort);
    const result = guarded('search', () =>
      this.db.transaction(() => {
        const matching = this.matchingHits(plan, query.filters);
        const hits = query.collapse === 'cluster' ? this.collapsed(this.orderOf(sort, plan, query.filters), matching.rowids()) : matching;
        const keys = this.pageKeys(sort, plan, query.filters, hits, query.limit + 1, after);
        const page = keys.slice(0, query.limit);
        const last = page.at(-1);
        return {
          total: hits.total,
          rows: this.rowsInOrder(page),
          nextCursor: keys.length > query.limit && last ? encodeSearchCursor(fingerprint, sort, last) : null,
          facets: query.facetSize > 0 ? this.facets(hits, query.filters, query.facetSize) : null,
        };
      })(),
    );
    const snippet = snippetMaker(plan);
    return { total: result.total, hits: result.rows.map((row) => this.toHit(row, snippet)), nextCursor: result.nextCursor, facets: result.facets };
  }

  /**
   * The rowids (ascending) of the documents the text and filters match: the text from FTS5, the
   * filters from the doc values. Callers run inside one transaction, so every part of a response
   * sees the same state of the index.
   */
  private matchingRowids(plan: MatchPlan | null, filters: SearchFilters): Int32Array {
    return this.matchingHits(plan, filters).rowids();
  }

  /** matchingRowids as a search keeps them (see Hits). */
  private matchingHits(plan: MatchPlan | null, filters: SearchFilters): Hits {
    this.values.sync(this.db);
    this.pendingKeys.sync(this.db, this.values);
    const matched = plan === null ? null : this.matched(narrowed(plan, filters));
    if (filters.ids === undefined) return new Hits(this.values.filterBits(matched, filters));
    const rowids = this.values.filter(this.onlyIds(matched === null ? null : matched.toRowids(), filters.ids), filters);
    return new Hits(Bitset.of(this.values.end, rowids), rowids);
  }

  /** The documents a plan matches: from the posting bitmaps (long phrases checked on FTS5) unless it has NEAR or asks for the body alone. */
  private matched(plan: MatchPlan): Bitset {
    const size = this.values.end;
    return keysCanMatch(plan) ? matchKeys(plan, this.pendingKeys, size, ftsPhraseCheck(this.db)) : Bitset.of(size, ftsRowids(this.db, plan));
  }

  /** The candidates (ascending rowids; null: all documents) that are among the given article ids. */
  private onlyIds(candidates: Int32Array | null, ids: readonly string[]): ArrayLike<number> {
    const rowids = this.db
      .prepare<[string], number>('SELECT rowid FROM index_docs WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid')
      .pluck()
      .all(JSON.stringify(ids));
    if (candidates === null) return rowids;
    const wanted = new Set(rowids);
    return candidates.filter((rowid) => wanted.has(rowid));
  }

  /**
   * The first `count` sort keys of the hits after the cursor. A large hit set is paged without
   * looking at every hit: a date sort walks the date order, relevance goes through the score
   * levels (score-levels.ts), each paged like a date sort.
   */
  private pageKeys(sort: SearchSort, plan: MatchPlan | null, filters: SearchFilters, hits: Hits, count: number, after: SortKey | null): SortKey[] {
    const size = this.values.end;
    if (hits.total < size * WALK_SHARE) return firstKeys(hits.rowids(), this.orderOf(sort, plan, filters), count, after);
    this.dates.update(this.values);
    const hitSet = hits.bits;
    if (sort !== 'relevance') return this.dates.firstHits(sort, hitSet, count, after);
    const earned = this.bonusScores(plan, filters);
    if (earned.length > MAX_LEVEL_SETS) return this.bonusFirst(earned, hitSet, count, after);
    const levels = scoreLevels(BODY_SCORE, earned.map((e) => e.boost));
    return firstLevelKeys(levels, (level) => levelHits(hitSet, earned, level.masks), this.levelPage, count, after);
  }

  /** One score level's page: walked in the date order when it is a good part of the collection, else a heap over its hits. */
  private readonly levelPage: LevelPage = (level, score, count, after) => {
    if (level.count() < this.values.end * WALK_SHARE) return firstKeys(level.toRowids(), this.relevanceParts(() => score), count, after);
    return this.dates.firstHits('newest', level, count, after).map((key) => ({ ...key, a: -score }));
  };

  /**
   * Relevance over many earned sets, whose combinations would be too many levels: the hits with
   * a bonus by a heap pass, then every other hit, all scoring the body's boost, newest first.
   */
  private bonusFirst(earned: readonly EarnedSet[], hitSet: Bitset, count: number, after: SortKey | null): SortKey[] {
    const members = new Bitset(this.values.end);
    for (const { set } of earned) members.or(set);
    const bonused = members.copy().and(hitSet).toRowids();
    const top = firstKeys(bonused, this.relevanceParts((rowid) => scoreIn(BODY_SCORE, earned, rowid)), count, after);
    if (top.length === count || (after !== null && after.a > -BODY_SCORE)) return top;
    const baseAfter = after === null || after.a < -BODY_SCORE ? null : after;
    // A copy: the hits may still be listed for the facets.
    const rest = this.dates.firstHits('newest', hitSet.copy().andNot(members), count - top.length, baseAfter);
    return [...top, ...rest.map((key) => ({ ...key, a: -BODY_SCORE }))];
  }

  private relevanceParts(scoreOf: (rowid: number) => number): KeyParts {
    const { date } = this.values;
    return keyParts('relevance', scoreOf, (rowid) => date[rowid]!);
  }

  /** The sort keys of `sort` for any hit: for relevance, the body score plus its title and entity bonuses. */
  private orderOf(sort: SearchSort, plan: MatchPlan | null, filters: SearchFilters): KeyParts {
    const { date } = this.values;
    if (sort !== 'relevance') return keyParts(sort, () => BODY_SCORE, (rowid) => date[rowid]!);
    const earned = this.bonusScores(plan, filters);
    return this.relevanceParts((rowid) => scoreIn(BODY_SCORE, earned, rowid));
  }

  /**
   * collapse=cluster: of each syndication cluster among the hits, only the first in `order` stays
   * (a document with no cluster is its own). Total, pages and facets then count clusters.
   */
  private collapsed(order: KeyParts, hits: Int32Array): Hits {
    const clusterOf = new Map(
      this.db
        .prepare<[string], { rowid: number; cluster_id: string }>('SELECT rowid, cluster_id FROM index_docs WHERE cluster_id IS NOT NULL AND rowid IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify([...hits]))
        .map((row) => [row.rowid, row.cluster_id]),
    );
    const seen = new Set<string>();
    const kept: number[] = [];
    for (const key of firstKeys(hits, order, hits.length, null)) {
      const cluster = clusterOf.get(key.rowid);
      if (cluster !== undefined && seen.has(cluster)) continue;
      if (cluster !== undefined) seen.add(cluster);
      kept.push(key.rowid);
    }
    const rowids = Int32Array.from(kept.sort((a, b) => a - b));
    return new Hits(Bitset.of(this.values.end, rowids), rowids);
  }

  /**
   * What each document earns above a body match (shared/domain/search/ranking.ts): the boost of
   * the title and of entity names for every scored clause found there, in clause order. These are
   * read as sets of documents (the title's or entities' postings) instead of scoring every hit.
   */
  private bonusScores(plan: MatchPlan | null, filters: SearchFilters): EarnedSet[] {
    const earned: EarnedSet[] = [];
    // A word typed twice ("festival festival") scores twice, but its postings are read once.
    const read = new Map<string, Bitset>();
    for (const clause of scoredClauses(plan)) {
      for (const field of BONUS_FIELDS.filter((f) => clause.fields.includes(f))) {
        const boost = FIELD_BOOST[field];
        // Narrowing by outlet or language only pays on FTS5: a posting bitmap is read whole anyway.
        const bare = clauseInField(clause, field);
        const inField = keysCanMatch(bare) ? bare : narrowed(bare, filters);
        const key = JSON.stringify(inField);
        const set = read.get(key) ?? this.matched(inField);
        read.set(key, set);
        earned.push({ boost, set });
      }
    }
    return earned;
  }

  /** The documents of a page, in the page's order, with their scores. */
  private rowsInOrder(keys: readonly SortKey[]): DocRow[] {
    if (keys.length === 0) return [];
    const rows = this.pageRows(keys.map((k) => k.rowid));
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    return keys.flatMap((key) => {
      const row = byRowid.get(key.rowid);
      return row ? [{ ...row, rank: -key.a }] : [];
    });
  }

  /**
   * The rows of a page's rowids (any order). The rowids are bound as parameters, padded to a power
   * of two with repeats so that a few statements serve every page length: cheaper than parsing a
   * JSON list with json_each (0.23 against 0.33 ms for 21 random rows of the 100,000-article bench
   * store, 2026-12-03, load 1.2). Longer lists (a term sample) still go through json_each.
   */
  private pageRows(rowids: readonly number[]): DocRow[] {
    if (rowids.length > MAX_BOUND_ROWIDS) {
      return this.statement<[{ ids: string }], DocRow>(`SELECT ${DOC_COLUMNS}, NULL AS rank FROM index_docs d WHERE d.rowid IN (SELECT value FROM json_each(@ids))`).all({
        ids: JSON.stringify(rowids),
      });
    }
    let slots = 1;
    while (slots < rowids.length) slots *= 2;
    const bound = [...rowids, ...new Array<number>(slots - rowids.length).fill(rowids[0]!)];
    return this.statement<number[], DocRow>(`SELECT ${DOC_COLUMNS}, NULL AS rank FROM index_docs d WHERE d.rowid IN (?${', ?'.repeat(slots - 1)})`).all(...bound);
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
      score: row.rank ?? 0,
      clusterId: row.cluster_id ?? row.id,
    };
  }

  /** The facets of hits that the filters' outlets and languages hold (counted as the rest of those when fewer). */
  private facets(hits: FacetHits, filters: SearchFilters, size: number): SearchFacets {
    return hitFacets(this.values, hits, size, this.values.columnFiltered(filters));
  }

  async timeline(query: { text: string; filters: SearchFilters; interval: Interval }): Promise<TimelineBucket[]> {
    const plan = compileQuery(query.text);
    return guarded('compute a timeline', () => this.db.transaction(() => timelineBuckets(this.values, this.matchingHits(plan, query.filters).bits, query.interval))());
  }

  async topEntities(query: { text: string; filters: SearchFilters; type?: EntityType; size: number }): Promise<FacetCount[]> {
    const plan = compileQuery(query.text);
    return guarded('compute top entities', () =>
      this.db.transaction(() => topEntities(this.values, this.matchingHits(plan, query.filters), this.values.columnFiltered(query.filters), query.size, query.type))(),
    );
  }

  /** Pairs among the given entities in the matching documents: one self-join of their rows. */
  async coMentions(query: CoMentionQuery): Promise<CoMention[]> {
    const ids = JSON.stringify([...new Set(query.entities)]);
    return guarded('count co-mentions', () =>
      this.db.transaction(() => {
        const hits = JSON.stringify([...this.matchingRowids(null, query.filters)]);
        return this.db
          .prepare<{ ids: string; hits: string }, CoMention>(
            `SELECT a.entity_id AS source, b.entity_id AS target, count(*) AS weight
             FROM index_doc_entities a INDEXED BY index_doc_entities_by_entity
             JOIN index_doc_entities b ON b.doc_rowid = a.doc_rowid AND b.entity_id > a.entity_id
             WHERE a.entity_id IN (SELECT value FROM json_each(@ids)) AND b.entity_id IN (SELECT value FROM json_each(@ids))
               AND a.doc_rowid IN (SELECT value FROM json_each(@hits))
             GROUP BY a.entity_id, b.entity_id ORDER BY weight DESC, source, target`,
          )
          .all({ ids, hits });
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
    return guarded('count significant words', () =>
      this.db.transaction(() => {
        const hits = this.matchingRowids(plan, query.filters);
        const total = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM index_docs').get()?.n ?? 0;
        // The best-ranked matches with text, the newest without: the first page of the search.
        const sample = this.rowsInOrder(firstKeys(hits, this.orderOf(effectiveSort(undefined, plan !== null), plan, query.filters), query.sampleSize, null));
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
