/**
 * Significant words: the words that set the articles matching a query apart from the whole index,
 * scored by Dunning's log-likelihood ratio (G², "Accurate methods for the statistics of surprise
 * and coincidence", 1993), the measure corpus linguists use for keywords. Every SearchIndex only
 * counts documents; the scoring and the choice of words are made here, so both engines rank the
 * same counts the same way.
 */

export interface WordCounts {
  readonly term: string;
  /** Foreground documents (the sample of matching articles) containing the word. */
  readonly docCount: number;
  /** Background documents (the whole index, foreground included) containing the word. */
  readonly bgCount: number;
}

export interface SignificantTerm extends WordCounts {
  readonly score: number;
}

/** O·ln(O/E), with the limit 0 for O = 0. */
function part(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}

/**
 * G² of a 2×2 table: the word in the foreground (a of `fgTotal` documents) against the rest of the
 * background (`bgCount − a` of `bgTotal − fgTotal`). Positive only when the word is more frequent
 * in the foreground than in the rest; 0 when it is not (under-represented words are not "about"
 * the query).
 */
export function logLikelihood(docCount: number, fgTotal: number, bgCount: number, bgTotal: number): number {
  const a = Math.min(docCount, fgTotal);
  const b = fgTotal - a;
  // Counts from two reads of a changing index may disagree by a little: never below zero.
  const c = Math.max(bgCount - a, 0);
  const d = Math.max(bgTotal - fgTotal - c, 0);
  const n = a + b + c + d;
  if (n === 0 || fgTotal === 0) return 0;
  if (c + d > 0 && a / fgTotal <= c / (c + d)) return 0;
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const col2 = b + d;
  const g2 = 2 * (part(a, (row1 * col1) / n) + part(b, (row1 * col2) / n) + part(c, (row2 * col1) / n) + part(d, (row2 * col2) / n));
  return Math.max(g2, 0);
}

/** Words worth showing: at least two characters and not only digits (years, counts). */
export function isWordCandidate(term: string): boolean {
  return [...term].length >= 2 && !/^\p{N}+$/u.test(term);
}

/**
 * The `size` most significant words, best first (ties by word). Words in fewer than
 * `minDocCount` foreground documents are chance and left out.
 */
export function rankSignificantTerms(counts: { sampled: number; total: number; terms: readonly WordCounts[] }, size: number, minDocCount: number): SignificantTerm[] {
  return counts.terms
    .filter((t) => t.docCount >= minDocCount && isWordCandidate(t.term))
    .map((t) => ({ term: t.term, docCount: t.docCount, bgCount: Math.max(t.bgCount, t.docCount), score: round(logLikelihood(t.docCount, counts.sampled, t.bgCount, counts.total)) }))
    .filter((t) => t.score > 0)
    .sort((x, y) => y.score - x.score || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0))
    .slice(0, size);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
