import type Database from 'better-sqlite3';
import type { TermCount } from '../../ports/search-index.js';
import { analyseField } from '../../domain/search/index.js';

/** The body column whose words are counted: the first spelling convention, as OpenSearch's body_terms. */
const BODY_COLUMN = 'body_exact_0';

/**
 * Documents of `docs` containing each word (a word counts once per document), as the FTS body
 * column holds it: summary and text, keyed by the domain the way the index keys them.
 */
export function foregroundCounts(docs: readonly { summary: string; text: string; language: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const keys = analyseField(`${doc.summary}\n${doc.text}`, doc.language).exact[0] ?? '';
    for (const word of new Set(keys.split(' ').filter((k) => k !== ''))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Adds to each foreground count the number of documents of the whole index whose body holds the
 * word, read from the FTS index itself through an fts5vocab table (one b-tree seek per word).
 */
export function withBackgroundCounts(db: Database.Database, foreground: Map<string, number>, minDocCount: number): TermCount[] {
  // A temp vocabulary table over the main index: nothing is added to the database file.
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab_col USING fts5vocab(main, search_fts, col)');
  const background = db.prepare<[string, string], { doc: number }>('SELECT doc FROM temp.search_vocab_col WHERE term = ? AND col = ?');
  const terms: TermCount[] = [];
  for (const [term, docCount] of foreground) {
    if (docCount < minDocCount) continue;
    terms.push({ term, docCount, bgCount: background.get(term, BODY_COLUMN)?.doc ?? docCount });
  }
  return terms;
}
