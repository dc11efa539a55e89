/**
 * Excerpts with the matched words marked, built the same way for every engine from the query
 * plan: a word is marked when one of its keys (spellings, stems) is one the query looks for.
 */
import type { MatchPlan } from './query-plan.js';
import { CONVENTIONS, documentStemmer, spell, stemWith, WORD } from './text-keys.js';

const WINDOW_WORDS = 30;
/** Distinct words remembered per matcher: enough for a page of texts, bounded for long exports. */
const SEEN_LIMIT = 20_000;
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

interface WantedKeys {
  readonly exact: Set<string>;
  readonly stem: Set<string>;
  readonly prefixes: string[];
}

/** Keys of the positive parts of the plan that search the body (excluded words are not marked). */
function wantedKeys(plan: MatchPlan | null): WantedKeys {
  const wanted: WantedKeys = { exact: new Set(), stem: new Set(), prefixes: [] };
  const addSequence = (stream: 'exact' | 'stem', keys: readonly string[], prefix: boolean): void => {
    keys.forEach((key, i) => {
      if (prefix && i === keys.length - 1) wanted.prefixes.push(key);
      else wanted[stream].add(key);
    });
  };
  const visit = (node: MatchPlan): void => {
    switch (node.kind) {
      case 'and':
      case 'or':
        node.items.forEach(visit);
        return;
      case 'text':
        if (node.fields.includes('body')) for (const v of node.variants) addSequence(v.stream, v.keys, v.prefix);
        return;
      case 'near':
        if (!node.fields.includes('body')) return;
        for (const v of node.variants) {
          addSequence(v.stream, v.left.keys, v.left.prefix);
          addSequence(v.stream, v.right.keys, v.right.prefix);
        }
        return;
      default:
        return;
    }
  };
  if (plan !== null) visit(plan);
  return wanted;
}

/** A predicate telling whether a word of a document in `language` is one the plan looks for. */
export function wordMatcher(plan: MatchPlan | null, language: string): (word: string) => boolean {
  return matcherFor(wantedKeys(plan), language);
}

/** Snippets for the hits of one query: the wanted keys are gathered once, a matcher made per language. */
export function snippetMaker(plan: MatchPlan | null): (text: string, language: string) => string {
  const wanted = wantedKeys(plan);
  const matchers = new Map<string, (word: string) => boolean>();
  return (text, language) => {
    let matcher = matchers.get(language);
    if (matcher === undefined) {
      matcher = matcherFor(wanted, language);
      matchers.set(language, matcher);
    }
    return makeSnippet(text, matcher);
  };
}

function matcherFor(wanted: WantedKeys, language: string): (word: string) => boolean {
  if (wanted.exact.size === 0 && wanted.stem.size === 0 && wanted.prefixes.length === 0) return () => false;
  const stemmer = documentStemmer(language);
  const az = stemmer === 'turkish';
  // A text repeats its words: each distinct word is spelled and stemmed once per query and language.
  const seen = new Map<string, boolean>();
  return (raw) => {
    const known = seen.get(raw);
    if (known !== undefined) return known;
    const matches = matchesWanted(raw);
    if (seen.size < SEEN_LIMIT) seen.set(raw, matches);
    return matches;
  };

  function matchesWanted(raw: string): boolean {
    const word = raw.normalize('NFC').toLowerCase();
    const stem = stemWith(stemmer, word);
    for (let c = 0; c < CONVENTIONS.length; c += 1) {
      const key = spell(word, c, az);
      if (wanted.exact.has(key) || wanted.stem.has(spell(stem, c, az))) return true;
      if (wanted.prefixes.some((p) => key.startsWith(p))) return true;
    }
    return false;
  }
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly matches: boolean;
}

/**
 * An excerpt of `text` around the densest run of matched words, matches wrapped in <mark> and
 * everything else HTML-escaped.
 */
export function makeSnippet(text: string, isMatch: (word: string) => boolean): string {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    words.push({ start, end: start + m[0].length, matches: isMatch(m[0]) });
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
