import type { EntityType } from '../../model.js';

/** A cue stem: the folded stem, the type it gives a name, the longest case ending allowed after it. */
export type Stem = readonly [stem: string, type: EntityType, maxEnding: number];

/**
 * Everything the extractor knows that is specific to one language. The rule engine reads the
 * union of all profiles (a text may quote another language's names), so adding a language is
 * one profile plus fixtures. All words are folded (foldName: ASCII, lower case).
 */
export interface LanguageProfile {
  /** BCP 47 primary tag. */
  readonly code: string;
  /** Letters that mark a text as written in this language (undefined: the default, English). */
  readonly letters?: RegExp;
  /** Cue words: the head noun that says what a capitalised name is ("Agency", "Nazirliyi"). */
  readonly cues: { readonly organisation: string; readonly event: string; readonly project: string; readonly place?: string };
  /** Cue stems with case endings, for languages that inflect the head noun. */
  readonly cueStems?: readonly Stem[];
  /** Role and title words: they make roles, never names. */
  readonly titleWords: string;
  /** Words that start a role only when a title follows ("First Deputy", "Xalq artisti"). */
  readonly titleModifiers: string;
  /** Role nouns by stem with the longest ending allowed ("direktoru", "директора"), for roles written in lower case. */
  readonly roleStems?: readonly (readonly [string, number])[];
  /** Honorific phrases stripped from names ("People's Artist", "Xalq artisti"). */
  readonly honorifics: readonly string[];
  /** Month names in every case form the language uses: dates are not entities. */
  readonly months: string;
  /** Words capitalised only by position: never the edge of a name. */
  readonly stopWords: string;
  /** Function words that live inside names, joining two capitalised runs ("of the", "və", "имени"). */
  readonly joiners: readonly string[];
  /** Prepositions that open a post-modifier: a name's head noun stands before the first one ("Institute for X"). */
  readonly headPrepositions?: string;
  /** Words that close a name, such as company legal forms ("Ganja Silk OJSC"): a capitalised word after one starts a new name. */
  readonly nameEnders?: string;
  /** Reporting verbs after or before an outlet's name ("Trend reports", "сообщает АЗЕРТАДЖ"). */
  readonly reportingVerbs: string;
  /**
   * How a noun shows its part in the sentence: 'plain' (word order and prepositions, as in
   * English) or 'case-endings' (endings glued to the noun: "Bakıda", "Министерства"), which makes
   * the engine compare names by stem and places by base form (see ../morphology.ts).
   */
  readonly morphology: Morphology;
}

export type Morphology = 'plain' | 'case-endings';

export const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);
