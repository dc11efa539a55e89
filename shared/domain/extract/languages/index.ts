/**
 * The language profiles and their unions, as the rule engine reads them. A text may quote names
 * in another language ("Nazirin xanımı" in a Russian text), so the engine consults every
 * profile; a profile's `letters` say which languages inflect (cue words with case endings).
 */
import { AZERBAIJANI } from './az.js';
import { ENGLISH } from './en.js';
import { RUSSIAN } from './ru.js';
import { TURKISH } from './tr.js';
import { wordsOf, type LanguageProfile, type Stem } from './types.js';

export type { LanguageProfile, Morphology, Stem } from './types.js';

export const PROFILES: readonly LanguageProfile[] = [ENGLISH, AZERBAIJANI, RUSSIAN, TURKISH];

const union = (pick: (p: LanguageProfile) => string | undefined): ReadonlySet<string> =>
  new Set(PROFILES.flatMap((p) => wordsOf(pick(p) ?? '')));

export const ORG_CUE_WORDS = union((p) => p.cues.organisation);
export const EVENT_CUE_WORDS = union((p) => p.cues.event);
export const PROJECT_CUE_WORDS = union((p) => p.cues.project);
export const PLACE_CUE_WORDS = union((p) => p.cues.place);
export const TITLE_WORD_SET = union((p) => p.titleWords);
export const TITLE_MODIFIER_SET = union((p) => p.titleModifiers);
export const MONTH_WORDS = union((p) => p.months);
export const STOP_WORDS = union((p) => p.stopWords);
export const HEAD_PREPOSITION_WORDS = union((p) => p.headPrepositions);
export const NAME_ENDER_WORDS = union((p) => p.nameEnders);
export const REPORTING_VERB_WORDS = union((p) => p.reportingVerbs);
/** Joiners as folded word sequences, longest first. */
export const JOINER_SEQUENCES: readonly (readonly string[])[] = [...new Set(PROFILES.flatMap((p) => p.joiners))]
  .map((j) => j.split(' '))
  .sort((a, b) => b.length - a.length);
export const HONORIFIC_PHRASES: readonly string[] = PROFILES.flatMap((p) => p.honorifics);
export const CUE_STEMS: readonly Stem[] = PROFILES.flatMap((p) => p.cueStems ?? []);
export const ROLE_STEMS: readonly (readonly [string, number])[] = PROFILES.flatMap((p) => p.roleStems ?? []);

/** Letters only Cyrillic or Azerbaijani/Turkish Latin use: their share marks a non-English text. */
const MARKED_LETTERS = /[\u0400-\u04ffəƏıİğĞşŞçÇ]/gu;

/**
 * The profile a document is written in: English unless marked letters are common (an English
 * text quoting an Azerbaijani title stays English); then the profile whose own letters occur
 * most (Cyrillic → Russian, ə → Azerbaijani), Azerbaijani when none does (Turkish shares its
 * letters and its morphology).
 */
export function languageOf(text: string): LanguageProfile {
  if (text.length === 0) return ENGLISH;
  const marked = text.match(MARKED_LETTERS)?.length ?? 0;
  // Letters are roughly four fifths of a text's characters.
  if (marked / (text.length * 0.8) <= 0.02) return ENGLISH;
  let best: LanguageProfile = AZERBAIJANI;
  let bestCount = 0;
  for (const p of PROFILES) {
    if (!p.letters) continue;
    const count = text.match(new RegExp(p.letters.source, 'gu'))?.length ?? 0;
    if (count > bestCount) {
      best = p;
      bestCount = count;
    }
  }
  return best;
}
