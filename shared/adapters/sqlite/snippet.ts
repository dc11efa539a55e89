import { foldForIndex, type QueryTerm } from './fts-query.js';

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const WINDOW_WORDS = 30;

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly matches: boolean;
}

function matcher(terms: readonly QueryTerm[]): (folded: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    term.tokens.forEach((token, i) => {
      if (term.prefix && i === term.tokens.length - 1) prefixes.push(token);
      else exact.add(token);
    });
  }
  return (folded) => exact.has(folded) || prefixes.some((p) => folded.startsWith(p));
}

/**
 * An excerpt of `text` around the densest run of query words, matches wrapped in <mark> and
 * everything else HTML-escaped. Built here rather than by FTS5 snippet(), because the FTS table
 * holds folded text only and FTS5 would not escape HTML.
 */
export function makeSnippet(text: string, terms: readonly QueryTerm[]): string {
  const isMatch = matcher(terms);
  const words: Word[] = [];
  // Folding the text once is many times cheaper than folding each word (exports make a snippet
  // per row); the two agree word for word unless folding split a word (½ → 1⁄2), then fold each.
  const foldedWords = terms.length > 0 ? (foldForIndex(text).match(WORD) ?? []) : [];
  const originals = terms.length > 0 ? [...text.matchAll(WORD)] : null;
  const aligned = originals !== null && foldedWords.length === originals.length;
  for (const m of originals ?? text.matchAll(WORD)) {
    // Without terms the excerpt is the opening words: no need to read further.
    if (terms.length === 0 && words.length > WINDOW_WORDS) break;
    const start = m.index ?? 0;
    const matches = terms.length > 0 && isMatch(aligned ? foldedWords[words.length]! : foldForIndex(m[0]));
    words.push({ start, end: start + m[0].length, matches });
  }
  if (words.length === 0) return escapeHtml(text.slice(0, 240));

  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i += 1) {
    if (words[i]!.matches) count += 1;
    if (i >= WINDOW_WORDS && words[i - WINDOW_WORDS]!.matches) count -= 1;
    const first = Math.max(0, i - WINDOW_WORDS + 1);
    if (count > bestCount) {
      bestCount = count;
      best = first;
    }
  }
  // Start a few words before the first match, so the match has context.
  const firstMatch = words.findIndex((w, i) => i >= best && w.matches);
  const from = firstMatch >= 0 ? Math.max(0, Math.min(best, firstMatch - 5)) : 0;
  const to = Math.min(words.length, from + WINDOW_WORDS);

  let out = from > 0 ? '… ' : '';
  let cursor = words[from]!.start;
  for (let i = from; i < to; i += 1) {
    const word = words[i]!;
    out += escapeHtml(text.slice(cursor, word.start));
    const escaped = escapeHtml(text.slice(word.start, word.end));
    out += word.matches ? `<mark>${escaped}</mark>` : escaped;
    cursor = word.end;
  }
  const lastEnd = words[to - 1]!.end;
  // After the last word there is only punctuation: keep a little of it; mark a cut otherwise.
  const tail = to < words.length ? ' …' : escapeHtml(text.slice(lastEnd, lastEnd + 12).trimEnd());
  return out + tail;
}
