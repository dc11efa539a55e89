/**
 * Excerpts with the matched words marked, built the same way for every engine from the query
 * plan: a word is marked when one of its keys (spellings, stems) is one the query looks for.
 */
import type { MatchPlan } from './query-plan.js';
import { CONVENTIONS, documentStemmer, isPlain, ownCopy, spell, stemWith, type Stemmer } from './text-keys.js';
import { WordScanner } from './word-scan.js';

const WINDOW_WORDS = 30;
/** Distinct words remembered per matcher: enough for a page of texts, bounded for long exports. */
const SEEN_LIMIT = 20_000;
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

export interface WantedKeys {
  readonly exact: Set<string>;
  readonly stem: Set<string>;
  readonly prefixes: string[];
}

/** Keys of the positive parts of the plan that search the body (excluded words are not marked). */
export function wantedKeys(plan: MatchPlan | null): WantedKeys {
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
  return matcherFor(wantedKeys(plan), language) ?? NO_WORD;
}

const NO_WORD = (): boolean => false;

/** Snippets for the hits of one query: the wanted keys are gathered once, a matcher made per language. */
export function snippetMaker(plan: MatchPlan | null): (text: string, language: string) => string {
  const wanted = wantedKeys(plan);
  const memos = new Map<string, WordMemo | null>();
  return (text, language) => {
    let memo = memos.get(language);
    if (memo === undefined) {
      const matcher = matcherFor(wanted, language);
      memo = matcher === null ? null : new WordMemo(matcher);
      memos.set(language, memo);
    }
    return snippetOf(text, memo);
  };
}

/** Null when the plan looks for no word in the body. */
function matcherFor(wanted: WantedKeys, language: string): ((word: string) => boolean) | null {
  if (wanted.exact.size === 0 && wanted.stem.size === 0 && wanted.prefixes.length === 0) return null;
  const stemmer = documentStemmer(language);
  return (raw) => {
    const { spellings, stemSpellings } = keysOf(raw, stemmer);
    for (const key of spellings) if (wanted.exact.has(key) || wanted.prefixes.some((p) => key.startsWith(p))) return true;
    for (const key of stemSpellings) if (wanted.stem.has(key)) return true;
    return false;
  };
}

/** The keys a document word is indexed by: what a matcher compares with the query's. */
interface WordKeys {
  /** The word's spellings, one per convention that spells it differently. */
  readonly spellings: readonly string[];
  /** Its stem's spellings, likewise. */
  readonly stemSpellings: readonly string[];
}

/** Words analysed, per stemmer: any query's matcher meets the same words of the same texts again. */
const wordKeys = new Map<Stemmer, Map<string, WordKeys>>();
const WORD_KEYS_LIMIT = 50_000;

function keysOf(raw: string, stemmer: Stemmer): WordKeys {
  let known = wordKeys.get(stemmer);
  if (known === undefined) {
    known = new Map();
    wordKeys.set(stemmer, known);
  }
  let keys = known.get(raw);
  if (keys === undefined) {
    const word = ownCopy(raw);
    keys = analyseWord(word, stemmer);
    if (known.size >= WORD_KEYS_LIMIT) known.clear();
    known.set(word, keys);
  }
  return keys;
}

function analyseWord(raw: string, stemmer: Stemmer): WordKeys {
  const az = stemmer === 'turkish';
  const word = raw.normalize('NFC').toLowerCase();
  const stem = stemWith(stemmer, word);
  // Plain words are spelled alike by every convention: one spelling stands for all.
  const conventions = isPlain(word, az) && isPlain(stem, az) ? [0] : CONVENTIONS.map((_, c) => c);
  return {
    spellings: [...new Set(conventions.map((c) => spell(word, c, az)))],
    stemSpellings: [...new Set(conventions.map((c) => spell(stem, c, az)))],
  };
}

/**
 * A matcher's answers by word, found by the hash the scanner computes, so that a word met again
 * (in this text or another hit's) is neither sliced out nor hashed as a string. Open addressing
 * over parallel arrays; each slot keeps its word to tell words of equal hash apart.
 */
class WordMemo {
  private hashes = new Int32Array(MEMO_START_SLOTS);
  private words: (string | undefined)[] = new Array<string | undefined>(MEMO_START_SLOTS).fill(undefined);
  private answers = new Uint8Array(MEMO_START_SLOTS);
  private size = 0;

  constructor(private readonly isMatch: (word: string) => boolean) {}

  /** Whether the word text[start, end) of hash `hash` matches. */
  matches(text: string, start: number, end: number, hash: number): boolean {
    const mask = this.words.length - 1;
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) break;
      if (this.hashes[slot] === hash && word.length === end - start && text.startsWith(word, start)) return this.answers[slot] === 1;
    }
    const word = text.slice(start, end);
    const answer = this.isMatch(word);
    if (this.size < SEEN_LIMIT) this.remember(word, hash, answer);
    return answer;
  }

  private remember(word: string, hash: number, answer: boolean): void {
    // Kept at most half full, so that a probe for a new word ends soon.
    if ((this.size + 1) * 2 > this.words.length) this.grow();
    const mask = this.words.length - 1;
    let slot = spread(hash) & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.answers[slot] = answer ? 1 : 0;
    this.size += 1;
  }

  private grow(): void {
    const { words, hashes, answers } = this;
    this.words = new Array<string | undefined>(words.length * 2).fill(undefined);
    this.hashes = new Int32Array(words.length * 2);
    this.answers = new Uint8Array(words.length * 2);
    this.size = 0;
    words.forEach((word, slot) => {
      if (word !== undefined) this.remember(word, hashes[slot]!, answers[slot] === 1);
    });
  }
}

const MEMO_START_SLOTS = 256;

/** FNV-1a's low bits alone are weak: fold the high ones in before masking to a slot. */
function spread(hash: number): number {
  return hash ^ (hash >>> 16);
}

/** One scanner for every snippet: a snippet is made in one go, never interleaved with another. */
const scanner = new WordScanner();
/** Words remembered while scanning: the window's count needs the last WINDOW_WORDS, its start 5 more. */
const RECENT = 64;
const recentMatch = new Uint8Array(RECENT);
const recentStart = new Int32Array(RECENT);

/** Where the densest window starts, and where a rescan of its words (and 5 before) may begin. */
interface Densest {
  /** Words in the text (counted up to WINDOW_WORDS + 1 when nothing can match). */
  readonly words: number;
  /** The first word of the first window of WINDOW_WORDS words that holds the most matches. */
  readonly best: number;
  /** max(0, best - 5), the first word the excerpt may show, and its offset in the text. */
  readonly anchor: number;
  readonly anchorStart: number;
}

/**
 * One pass over the text counting matches in a sliding window of WINDOW_WORDS words; nothing is
 * kept per word but the last RECENT words' flags and starts. Without a matcher the excerpt is the
 * opening words, so the scan stops one word after them (that word only tells that the text goes on).
 */
function densestWindow(text: string, memo: WordMemo | null): Densest {
  const limit = memo === null ? WINDOW_WORDS + 1 : Number.POSITIVE_INFINITY;
  let words = 0;
  let count = 0;
  let bestCount = -1;
  let best = 0;
  let anchor = 0;
  let anchorStart = 0;
  scanner.reset(text);
  while (words < limit && scanner.next()) {
    const i = words;
    const match = memo !== null && memo.matches(text, scanner.start, scanner.end, scanner.hash);
    recentMatch[i % RECENT] = match ? 1 : 0;
    recentStart[i % RECENT] = scanner.start;
    if (match) count += 1;
    if (i >= WINDOW_WORDS && recentMatch[(i - WINDOW_WORDS) % RECENT] === 1) count -= 1;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - WINDOW_WORDS + 1);
      // i - anchor ≤ WINDOW_WORDS + 4 < RECENT: the anchor's start is still remembered.
      anchor = Math.max(0, best - 5);
      anchorStart = recentStart[anchor % RECENT]!;
    }
    words += 1;
  }
  return { words, best, anchor, anchorStart };
}

/** The words from the anchor to the end of the densest window, at most WINDOW_WORDS + 5. */
const windowStart = new Int32Array(WINDOW_WORDS + 5);
const windowEnd = new Int32Array(WINDOW_WORDS + 5);
const windowMatch = new Uint8Array(WINDOW_WORDS + 5);

/** Rescans the window's words from the anchor and tells how many were read. */
function windowWords(text: string, memo: WordMemo | null, densest: Densest): number {
  const count = Math.min(densest.words, densest.best + WINDOW_WORDS) - densest.anchor;
  scanner.reset(text, densest.anchorStart);
  for (let k = 0; k < count && scanner.next(); k += 1) {
    windowStart[k] = scanner.start;
    windowEnd[k] = scanner.end;
    windowMatch[k] = memo !== null && memo.matches(text, scanner.start, scanner.end, scanner.hash) ? 1 : 0;
  }
  return count;
}

/**
 * An excerpt of `text` around the densest run of matched words, matches wrapped in <mark> and
 * everything else HTML-escaped; a null `isMatch` marks nothing (the query looks for no word).
 */
export function makeSnippet(text: string, isMatch: ((word: string) => boolean) | null): string {
  return snippetOf(text, isMatch === null ? null : new WordMemo(isMatch));
}

function snippetOf(text: string, memo: WordMemo | null): string {
  const densest = densestWindow(text, memo);
  if (densest.words === 0) return escapeHtml(text.slice(0, 240));
  const read = windowWords(text, memo, densest);
  const { best, anchor } = densest;
  // Start a few words before the first match, so the match has context.
  let firstMatch = -1;
  for (let k = best - anchor; k < read && firstMatch < 0; k += 1) if (windowMatch[k] === 1) firstMatch = anchor + k;
  const from = firstMatch >= 0 ? Math.max(0, Math.min(best, firstMatch - 5)) : 0;
  const to = Math.min(densest.words, from + WINDOW_WORDS);

  let out = from > 0 ? '… ' : '';
  // Escaping goes character by character: the text between two marks is escaped in one piece.
  let cursor = windowStart[from - anchor]!;
  for (let k = from - anchor; k < to - anchor; k += 1) {
    if (windowMatch[k] === 0) continue;
    out += `${escapeHtml(text.slice(cursor, windowStart[k]))}<mark>${escapeHtml(text.slice(windowStart[k], windowEnd[k]))}</mark>`;
    cursor = windowEnd[k]!;
  }
  const lastEnd = windowEnd[to - 1 - anchor]!;
  out += escapeHtml(text.slice(cursor, lastEnd));
  // After the last word there is only punctuation: keep a little of it; mark a cut otherwise.
  const tail = to < densest.words ? ' …' : escapeHtml(text.slice(lastEnd, lastEnd + 12).trimEnd());
  return out + tail;
}
