/**
 * How names are compared when one document's mentions are merged, by the morphology a language
 * profile declares. English words have one form; in Azerbaijani, Russian and Turkish a case
 * ending is glued to the noun, so words are compared by stem ("Teatrında"/"Teatrının"),
 * surnames by their case forms ("Salahov"/"Salahovun"), places by base form ("Bakıda" → Bakı),
 * and the first cue word is the head of the name ("Министерство культуры …").
 */
import { STEM_CHANGES, type LanguageProfile, type Morphology } from './languages/index.js';
import { baseForms } from './inflection.js';
import { commonPrefixLength } from '../text/prefix.js';

export interface NameMorphology {
  /** The form a name's word is compared by. */
  wordKey(word: string): string;
  /** Two words are forms of one word. */
  sameWord(x: string, y: string): boolean;
  /** Two one-word names are forms of one proper noun. */
  sameName(x: string, y: string): boolean;
  /** Two surnames are forms of one surname. */
  sameSurname(x: string, y: string): boolean;
  /** The base forms a one-word place name may stand for (none when words have one form). */
  placeBases(word: string): readonly string[];
  /** The name's head is its first cue word (else the word before "of", else the last word). */
  readonly headIsFirstCue: boolean;
  /** A hyphenated compound is one word declined in each part ("Дом-музей", "Доме-музее"). */
  readonly declinedCompounds: boolean;
}

const PLAIN: NameMorphology = {
  wordKey: (w) => w,
  sameWord: (x, y) => x === y,
  sameName: (x, y) => x === y,
  sameSurname: (x, y) => x === y,
  placeBases: () => [],
  headIsFirstCue: false,
  declinedCompounds: false,
};

/** The dictionary form of a word whose stem changes in the oblique cases (every profile's: a text may quote another language). */
function unchangedStem(w: string): string {
  for (const [forms, base] of STEM_CHANGES) if (forms.test(w)) return base;
  return w;
}

/** A common stem of four letters or more and endings of at most six letters. */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  const cp = commonPrefixLength(x, y);
  return cp >= 4 && x.length - cp <= 6 && y.length - cp <= 6;
}

/**
 * The parts of a hyphenated compound decline each ("Дом-музей", "Доме-музее", "Дома-музея"): two
 * compounds are one word when every part is a case form of the other's, by sameStem or, for a
 * short part, as a noun whose stem keeps all but at most its last letter ("дом" / "доме").
 */
function sameCompound(x: string, y: string): boolean {
  const xs = x.split('-');
  const ys = y.split('-');
  return xs.length > 1 && xs.length === ys.length && xs.every((p, i) => samePart(p, ys[i] ?? ''));
}

function samePart(x: string, y: string): boolean {
  const cp = commonPrefixLength(x, y);
  return sameStem(x, y) || (cp >= 3 && cp >= Math.min(x.length, y.length) - 1 && Math.max(x.length, y.length) - cp <= 3);
}

/** Forms of one word: a common stem, or a compound declined in each of its parts. */
function sameWordForm(x: string, y: string): boolean {
  return sameStem(x, y) || sameCompound(x, y);
}

/**
 * Case forms of a one-word name: a proper noun, so at most its last letter changes before the
 * ending ("Азеркнига" / "Азеркниги", "Teatrı" / "Teatrında"); sameStem's looser stem is for the
 * adjectives of longer names, and would make two names sharing a start one ("Azərkitab" /
 * "Azərxalça").
 */
function sameProperNoun(x: string, y: string): boolean {
  return sameStem(x, y) && commonPrefixLength(x, y) >= Math.min(x.length, y.length) - 1;
}

/** A surname of five letters or more and the same with an ending of at most three letters. */
function surnameCase(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3;
}

const CASE_ENDINGS: NameMorphology = {
  wordKey: unchangedStem,
  sameWord: sameWordForm,
  sameName: sameProperNoun,
  sameSurname: surnameCase,
  placeBases: baseForms,
  headIsFirstCue: true,
  declinedCompounds: true,
};

const BY_KIND: Readonly<Record<Morphology, NameMorphology>> = { plain: PLAIN, 'case-endings': CASE_ENDINGS };

export function nameMorphology(language: LanguageProfile): NameMorphology {
  return BY_KIND[language.morphology];
}
