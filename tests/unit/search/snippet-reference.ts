/**
 * The snippet maker as it was before words were scanned over char codes (main at 4a056ad): the
 * reference the faster one must agree with, byte for byte. Test code only; kept as it was, but for
 * the plan's wanted keys, which it takes from the maker (unchanged by the faster scan).
 */
import type { MatchPlan } from '../../../shared/domain/search/query-plan.js';
// Which keys a plan looks for did not change: the reference shares that part with the maker.
import { escapeHtml, wantedKeys, type WantedKeys } from '../../../shared/domain/search/snippet.js';
import { CONVENTIONS, documentStemmer, spell, stemWith, WORD } from '../../../shared/domain/search/text-keys.js';

const WINDOW_WORDS = 30;
/** Distinct words remembered per matcher: enough for a page of texts, bounded for long exports. */
const SEEN_LIMIT = 20_000;
/** A predicate telling whether a word of a document in `language` is one the plan looks for. */
export function wordMatcher(plan: MatchPlan | null, language: string): (word: string) => boolean {
  return matcherFor(wantedKeys(plan), language) ?? NO_WORD;
}

const NO_WORD = (): boolean => false;

/** Snippets for the hits of one query: the wanted keys are gathered once, a matcher made per language. */
export function snippetMaker(plan: MatchPlan | null): (text: string, language: string) => string {
  const wanted = wantedKeys(plan);
  const matchers = new Map<string, ((word: string) => boolean) | null>();
  return (text, language) => {
    let matcher = matchers.get(language);
    if (matcher === undefined) {
      matcher = matcherFor(wanted, language);
      matchers.set(language, matcher);
    }
    return makeSnippet(text, matcher);
  };
}

/** Null when the plan looks for no word in the body. */
function matcherFor(wanted: WantedKeys, language: string): ((word: string) => boolean) | null {
  if (wanted.exact.size === 0 && wanted.stem.size === 0 && wanted.prefixes.length === 0) return null;
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

/** A private copy of WORD: its lastIndex is this module's own while a text is scanned. */
const SNIPPET_WORD = new RegExp(WORD.source, WORD.flags);

/** The words of a text as parallel lists (no object per word: a snippet scans a whole body). */
interface WordSpans {
  readonly starts: number[];
  readonly ends: number[];
  readonly matches: boolean[];
}

/**
 * The words of `text`; without a matcher nothing matches and the excerpt is the opening words,
 * so the scan stops one word after them (that word only tells that the text goes on).
 */
function wordSpans(text: string, isMatch: ((word: string) => boolean) | null): WordSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  const limit = isMatch === null ? WINDOW_WORDS + 1 : Number.POSITIVE_INFINITY;
  SNIPPET_WORD.lastIndex = 0;
  for (let m = SNIPPET_WORD.exec(text); m !== null && starts.length < limit; m = SNIPPET_WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  // Asked only once the scan is done: the matcher may use the word pattern itself.
  const matches = starts.map((start, i) => isMatch !== null && isMatch(text.slice(start, ends[i])));
  return { starts, ends, matches };
}

/** The first word of the first window of WINDOW_WORDS words that holds the most matches. */
function densestWindow(matches: readonly boolean[]): number {
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < matches.length; i += 1) {
    if (matches[i]) count += 1;
    if (i >= WINDOW_WORDS && matches[i - WINDOW_WORDS]) count -= 1;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - WINDOW_WORDS + 1);
    }
  }
  return best;
}

/**
 * An excerpt of `text` around the densest run of matched words, matches wrapped in <mark> and
 * everything else HTML-escaped; a null `isMatch` marks nothing (the query looks for no word).
 */
export function makeSnippet(text: string, isMatch: ((word: string) => boolean) | null): string {
  const { starts, ends, matches } = wordSpans(text, isMatch);
  if (starts.length === 0) return escapeHtml(text.slice(0, 240));
  const best = densestWindow(matches);
  // Start a few words before the first match, so the match has context.
  const firstMatch = matches.indexOf(true, best);
  const from = firstMatch >= 0 ? Math.max(0, Math.min(best, firstMatch - 5)) : 0;
  const to = Math.min(starts.length, from + WINDOW_WORDS);

  let out = from > 0 ? '… ' : '';
  // Escaping goes character by character: the text between two marks is escaped in one piece.
  let cursor = starts[from]!;
  for (let i = from; i < to; i += 1) {
    if (!matches[i]) continue;
    out += `${escapeHtml(text.slice(cursor, starts[i]))}<mark>${escapeHtml(text.slice(starts[i], ends[i]))}</mark>`;
    cursor = ends[i]!;
  }
  const lastEnd = ends[to - 1]!;
  out += escapeHtml(text.slice(cursor, lastEnd));
  // After the last word there is only punctuation: keep a little of it; mark a cut otherwise.
  const tail = to < starts.length ? ' …' : escapeHtml(text.slice(lastEnd, lastEnd + 12).trimEnd());
  return out + tail;
}
