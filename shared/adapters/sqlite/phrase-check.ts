/**
 * Phrases on search_fts, the key table with positions: the whole answer of a plan the posting
 * bitmaps cannot give (NEAR, the body alone), and the check of the candidates key pairs leave for
 * phrases of three keys or more (key-match.ts).
 */
import type Database from 'better-sqlite3';
import type { MatchPlan } from '../../domain/search/index.js';
import { Bitset } from './bitset.js';
import { toFtsMatch } from './fts-match.js';
import type { PhraseCheck } from './key-match.js';
import { parseRowids } from './rowid-list.js';
import { cachedStatement } from './statements.js';

/**
 * The rowids (ascending) a plan matches on search_fts. They come back as one comma-separated
 * string made inside SQLite: tens of thousands of rows cost far less that way than as one
 * JavaScript value per row.
 */
export function ftsRowids(db: Database.Database, plan: MatchPlan): Int32Array {
  const row = cachedStatement<[string], { list: string | null }>(db, 'SELECT group_concat(rowid) AS list FROM search_fts WHERE search_fts MATCH ?').get(toFtsMatch(plan));
  return parseRowids(row?.list ?? '');
}

/**
 * Up to this many candidates are checked one by one (FTS5 seeks each rowid in the phrase's
 * posting lists); more, and matching the phrase over the whole table costs less than the seeks.
 */
const SEEK_LIMIT = 2_000;

/** Checks phrase candidates on search_fts, in the caller's transaction. */
export function ftsPhraseCheck(db: Database.Database): PhraseCheck {
  return (clause, candidates) => {
    const rowids = candidates.toRowids();
    if (rowids.length > SEEK_LIMIT) return Bitset.of(candidates.size, ftsRowids(db, clause)).and(candidates);
    const found = new Bitset(candidates.size);
    const match = toFtsMatch(clause);
    // A range of one rowid, not `rowid = ?`: on this contentless table FTS5 answers `MATCH … AND
    // rowid = ?` by the rowid alone, true whether the phrase is there or not (SQLite 3.53).
    const has = cachedStatement<[string, number, number], { hit: number }>(db, 'SELECT 1 AS hit FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? AND rowid <= ?');
    for (const rowid of rowids) if (has.get(match, rowid, rowid) !== undefined) found.add(rowid);
    return found;
  };
}
