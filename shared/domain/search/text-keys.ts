/**
 * Text analysis for search, done once here so every engine indexes and queries the very same
 * tokens ("keys"): lower case, diacritics folded, Azerbaijani letters spelled the ways writers
 * spell them in Latin, Cyrillic also transliterated, and Snowball stems (English, Russian, and
 * Turkish for Azerbaijani: Snowball has no Azerbaijani stemmer, and Turkish is its closest
 * relative with one). Engines only split keys on spaces.
 */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as turkishStem } from '@orama/stemmers/turkish';
import { CYRILLIC_TO_LATIN } from '../text/fold.js';

/** Letters, digits and marks: what a word is made of. */
export const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
/** Engines cap token length (OpenSearch's whitespace tokenizer at 255): keys stay far below. */
export const MAX_KEY_LENGTH = 100;

/**
 * One way of writing Azerbaijani (and Cyrillic) words in plain letters. A text is indexed once
 * per convention that changes it, and a query matches if it matches any of them, so "Azerbaycan"
 * (ə→e), "Rahimova" (ə→a), "Sheki" (ş→sh), "Khankendi" (x→kh) and "Ragimova" (Рагимова) all find
 * the original spelling. Words carry one convention through a whole text, so phrases match too.
 */
interface Convention {
  readonly schwa: 'a' | 'e';
  /** ş→sh, ç→ch, ğ→gh, and x→kh in Azerbaijani words; otherwise ş→s, ç→c, ğ→g. */
  readonly digraphs: boolean;
  readonly cyrillic: 'keep' | 'latin';
}

export const CONVENTIONS: readonly Convention[] = [
  { schwa: 'a', digraphs: false, cyrillic: 'keep' },
  { schwa: 'e', digraphs: false, cyrillic: 'latin' },
  { schwa: 'a', digraphs: true, cyrillic: 'latin' },
  { schwa: 'e', digraphs: true, cyrillic: 'keep' },
];

/** Latin letters NFKD does not decompose into a base letter and a mark. */
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ı: 'i', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h',
};
const DIGRAPHS: Readonly<Record<string, string>> = { ş: 'sh', ç: 'ch', ğ: 'gh' };
/** Letters that mark a Latin word as Azerbaijani (then x is also written kh). */
const AZERBAIJANI_LETTERS = /[əışçğöü]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const NON_TOKEN = /[^\p{L}\p{N}]+/gu;

/**
 * V8 slices a string of this many characters or more as a view of the string it was cut from: a
 * word of a document kept as a memo key or value would keep its whole (lower-cased) text alive.
 */
const SLICE_VIEW_LENGTH = 13;

/** A string of its own, not a view of a longer text (see SLICE_VIEW_LENGTH). */
export function ownCopy(word: string): string {
  return word.length < SLICE_VIEW_LENGTH ? word : Array.from(word).join('');
}

const MEMO_LIMIT = 50_000;
function memoised<A extends string>(fn: (arg: A) => string): (arg: A) => string {
  const memo = new Map<string, string>();
  return (arg) => {
    const hit = memo.get(arg);
    if (hit !== undefined) return hit;
    const value = fn(arg);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    // Copies: the argument is often a word cut from a document, and a stem a slice of it.
    memo.set(ownCopy(arg), ownCopy(value));
    return value;
  };
}

function spellChar(ch: string, convention: Convention, azerbaijani: boolean): string {
  if (ch === 'ə' || ch === 'ә') return convention.schwa;
  const digraph = DIGRAPHS[ch];
  if (digraph !== undefined) return convention.digraphs ? digraph : digraph.charAt(0);
  if (ch === 'x') return convention.digraphs && azerbaijani ? 'kh' : 'x';
  if (CYRILLIC.test(ch)) {
    if (convention.cyrillic === 'latin') return CYRILLIC_TO_LATIN[ch] ?? ch;
    // й keeps its breve (a letter of its own in Russian); ё is written е by most writers.
    return ch === 'ё' ? 'е' : ch;
  }
  const special = LATIN_SPECIALS[ch];
  if (special !== undefined) return special;
  return ch.normalize('NFKD').replace(/\p{M}+/gu, '');
}

const spellMemo = memoised((packed: string): string => {
  const [index, az, word] = [Number(packed.charAt(0)), packed.charAt(1) === '1', packed.slice(2)];
  const convention = CONVENTIONS[index]!;
  let out = '';
  for (const ch of word) out += spellChar(ch, convention, az);
  return out.replace(NON_TOKEN, '').slice(0, MAX_KEY_LENGTH);
});

/** Lower-case ASCII letters and digits: spelled alike by every convention (but x in Azerbaijani). */
const PLAIN_WORD = /^[a-z0-9]+$/;

/** Whether every convention spells `word` as it is (then `spell` gives the word itself). */
export function isPlain(word: string, azerbaijaniText: boolean): boolean {
  return PLAIN_WORD.test(word) && !(azerbaijaniText && word.includes('x'));
}

/** The key of a lower-case word under one convention ('' when nothing of it is a letter or digit). */
export function spell(word: string, convention: number, azerbaijaniText = false): string {
  if (isPlain(word, azerbaijaniText)) return word.slice(0, MAX_KEY_LENGTH);
  const az = azerbaijaniText || AZERBAIJANI_LETTERS.test(word);
  return spellMemo(`${convention}${az ? 1 : 0}${word}`);
}

/** Lower-case words of a text, in order, as the user or writer wrote them. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).map((w) => w.normalize('NFC'));
}

export type Stemmer = 'english' | 'russian' | 'turkish';
const STEMMERS: Readonly<Record<Stemmer, (word: string) => string>> = {
  english: memoised(englishStem),
  russian: memoised((w: string) => russianStem(w.replace(/ё/g, 'е'))),
  turkish: memoised(turkishStem),
};

export function stemWith(stemmer: Stemmer, word: string): string {
  if (CYRILLIC.test(word)) return STEMMERS.russian(word);
  if (!LATIN.test(word)) return word;
  return STEMMERS[stemmer](word);
}

/** The stemmer for Latin words of a document in `language` (Cyrillic words always get Russian). */
export function documentStemmer(language: string): Stemmer {
  const base = language.toLowerCase().split(/[-_]/)[0];
  return base === 'az' || base === 'tr' ? 'turkish' : 'english';
}

/** A query has no language: its Latin words are stemmed both ways, and either stem may match. */
export const QUERY_STEMMERS: readonly Stemmer[] = ['english', 'turkish'];

export type TextField = 'title' | 'body' | 'entities';
export const TEXT_FIELDS: readonly TextField[] = ['title', 'body', 'entities'];
export type KeyStream = 'exact' | 'stem';

/** A field as indexed: its distinct spellings (at most one per convention) as space-separated keys. */
export interface AnalysedField {
  readonly exact: readonly string[];
  readonly stem: readonly string[];
}

function distinct(streams: readonly string[]): string[] {
  return [...new Set(streams)].filter((s) => s !== '');
}

/** Keys of a document field, once per convention that spells it differently. */
export function analyseField(text: string, language: string): AnalysedField {
  const words = wordsOf(text);
  const az = documentStemmer(language) === 'turkish';
  const stemmer = documentStemmer(language);
  const stems = words.map((w) => stemWith(stemmer, w));
  // Plain English-like text is spelled one way only: skip the other conventions.
  const conventions = [...words, ...stems].every((w) => isPlain(w, az)) ? [0] : CONVENTIONS.map((_, c) => c);
  const exact = conventions.map((c) => joinKeys(words.map((w) => spell(w, c, az))));
  const stem = conventions.map((c) => joinKeys(stems.map((w) => spell(w, c, az))));
  return { exact: distinct(exact), stem: distinct(stem) };
}

function joinKeys(keys: readonly string[]): string {
  return keys.filter((k) => k !== '').join(' ');
}
