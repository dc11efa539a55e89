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
 * Checks phrase candidates on search_fts, in the caller's transaction: the phrase matched over the
 * whole table, intersected with the candidates, and skipped when there are none. Seeking each
 * candidate (`MATCH … AND rowid BETWEEN r AND r`) was tried and dropped: FTS5 then re-reads the
 * phrase's posting lists for every rowid (744 hits from 2,000 candidates took 23 s of CPU at
 * 100,000 documents). `rowid = ?` is no way either: on this contentless table FTS5 answers
 * `MATCH … AND rowid = ?` by the rowid alone, true whether the phrase is there or not (SQLite 3.53).
 */
export function ftsPhraseCheck(db: Database.Database): PhraseCheck {
  return (clause, candidates) => {
    if (candidates.count() === 0) return candidates;
    return Bitset.of(candidates.size, ftsRowids(db, clause)).and(candidates);
  };
}
