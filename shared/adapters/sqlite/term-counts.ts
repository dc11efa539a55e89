import type Database from 'better-sqlite3';
import type { TermCount } from '../../ports/search-index.js';
import { foldedTokens } from './fts-query.js';

/**
 * Documents of `docs` containing each word (a word counts once per document), as the FTS body
 * column holds it: summary and text, folded the way the index folds them.
 */
export function foregroundCounts(docs: readonly { summary: string; text: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const word of new Set(foldedTokens(`${doc.summary}\n${doc.text}`))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Adds to each foreground count the number of documents of the whole index whose body holds the
 * word, read from the FTS index itself through an fts5vocab table (one b-tree seek per word).
 */
export function withBackgroundCounts(db: Database.Database, foreground: Map<string, number>, minDocCount: number): TermCount[] {
  // A temp vocabulary table over the main index: nothing is added to the database file.
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_vocab_col USING fts5vocab(main, index_fts, col)');
  const background = db.prepare<[string], { doc: number }>("SELECT doc FROM temp.index_vocab_col WHERE term = ? AND col = 'body'");
  const terms: TermCount[] = [];
  for (const [term, docCount] of foreground) {
    if (docCount < minDocCount) continue;
    terms.push({ term, docCount, bgCount: background.get(term)?.doc ?? docCount });
  }
  return terms;
}
