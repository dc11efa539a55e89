/**
 * The language profiles and their unions, as the rule engine reads them. A text may quote names
 * in another language ("Nazirin xanımı" in a Russian text), so the engine consults every
 * profile; a profile's `letters` say which languages inflect (cue words with case endings).
 */
import type { EntityType } from '../../model.js';
import { isCyrillic } from '../../text/script.js';
import { AZERBAIJANI } from './az.js';
import { ENGLISH } from './en.js';
import { RUSSIAN } from './ru.js';
import { TURKISH } from './tr.js';
import { wordsOf, type CaseGrammar, type LanguageProfile, type Romanisation, type Script, type Stem, type StemChange, type TitleCueType } from './types.js';

export type { CaseGrammar, LanguageProfile, LetterReading, LowerCaseTail, Morphology, PersonCases, Romanisation, Script, Stem, StemChange, TitleCues, TitleCueType } from './types.js';

export const PROFILES: readonly LanguageProfile[] = [ENGLISH, AZERBAIJANI, RUSSIAN, TURKISH];

export const union = (pick: (p: LanguageProfile) => string | undefined): ReadonlySet<string> =>
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
export const NAME_FUNCTION_WORDS = union((p) => p.nameFunctionWords);
export const NAME_ENDER_WORDS = union((p) => p.nameEnders);
const phrases = (pick: (p: LanguageProfile) => readonly string[] | undefined): readonly (readonly string[])[] =>
  [...new Set(PROFILES.flatMap((p) => pick(p) ?? []))].map((s) => s.split(' '));
/** Every profile's reporting phrases, as folded word sequences. */
export const PAGE_MARKER_WORDS = union((p) => p.pageMarkers);
/** Every profile's title cues of one type, before or after the title. */
export const titleCuesBefore = (type: TitleCueType): ReadonlySet<string> => union((p) => p.titleCuesBefore?.[type]);
export const titleCuesAfter = (type: TitleCueType): ReadonlySet<string> => union((p) => p.titleCuesAfter?.[type]);
export const REPORTING_AFTER_PHRASES = phrases((p) => p.reportingAfter);
export const REPORTING_BEFORE_PHRASES = phrases((p) => p.reportingBefore);
/** Joiners as folded word sequences, longest first. */
export const JOINER_SEQUENCES: readonly (readonly string[])[] = [...new Set(PROFILES.flatMap((p) => p.joiners))]
  .map((j) => j.split(' '))
  .sort((a, b) => b.length - a.length);
const unionList = (pick: (p: LanguageProfile) => string | undefined): readonly string[] => [...union(pick)];
/** Stems (folded prefixes) of every profile: generic event adjectives, honorific words, sub-units, minister, ministry. */
export const GENERIC_EVENT_ADJECTIVE_STEMS = unionList((p) => p.genericEventAdjectives);
export const HONORIFIC_STEMS = unionList((p) => p.honorificStems);
export const SUBUNIT_STEMS = unionList((p) => p.subunitStems);
export const MINISTER_STEMS = unionList((p) => p.ministerStems);
export const MINISTRY_STEMS = unionList((p) => p.ministryStems);
export const DEDICATION_WORDS = union((p) => p.dedicationWords);
export const NAME_PARTICLE_WORDS = union((p) => p.nameParticles);
/** A man's surname in the nominative, in any profile's script (tested on the word as written, lower case). */
export const MASCULINE_NOMINATIVE_SURNAME = new RegExp(`(${[...union((p) => p.masculineSurnameEndings)].join('|')})$`, 'u');
export const AND_WORDS = union((p) => p.andWords);
export const SPEECH_OPENER_WORDS = union((p) => p.speechOpeners);
export const TITLE_LEAD_IN_WORDS = union((p) => p.titleLeadIns);
export const MISSION_HEAD_WORDS = union((p) => p.missionHeads);
/** An adjective by any profile's adjective endings. */
export const ADJECTIVE_ENDING = new RegExp(`(${[...union((p) => p.adjectiveEndings)].join('|')})$`);
export const ROLE_NOUN_WORDS = union((p) => p.roleNouns);
export const UNIT_NOUN_WORDS = union((p) => p.unitNouns);
export const REFERENCE_HEAD_WORDS = union((p) => p.referenceHeads);
export const MEMBER_LIST_HEAD_WORDS = union((p) => p.memberListHeads);
export const REFERENCE_ROLE_WORDS = union((p) => p.referenceRoles);
const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map(PROFILES.flatMap((p) => Object.entries(p.spellingVariants ?? {})));
/** The spelling names are compared by ("theatre" → "theater"), by any profile's variants. */
export const canonSpelling = (w: string): string => SPELLING_VARIANTS.get(w) ?? w;
export const SUBUNIT_NOUN_WORDS = union((p) => p.subunitNouns);
export const GENERIC_TITLE_WORDS = union((p) => p.genericTitles);
export const MEDIA_WORDS = union((p) => p.mediaWords);
export const INSTITUTION_PLACE_WORDS = union((p) => p.institutionPlaces);
export const SHARED_NAME_WORDS = union((p) => p.sharedNameWords);
export const COMPARED_CUE_HEADS = union((p) => p.comparedCueHeads);
export const LINK_WORDS = union((p) => p.linkWords);
export const NAMING_VERBS = union((p) => p.namingVerbs);
/** Every profile's plural cue nouns that introduce examples, with the type they give. */
export const EXAMPLE_HEADS: ReadonlyMap<string, EntityType> = new Map(
  (['event', 'project', 'organisation'] as const).flatMap((type) => [...union((p) => p.exampleHeads?.[type])].map((w) => [w, type] as const)),
);
/** Every profile's example markers, as folded word sequences. */
export const EXAMPLE_MARKER_PHRASES = phrases((p) => p.exampleMarkers);
export const KIN_NOUNS = union((p) => p.kinNouns);
export const SINGULAR_PLURALS = union((p) => p.singularPlurals);
export const ROLE_GAP_WORDS = union((p) => p.roleGapWords);
export const ROLE_JOIN_WORDS = union((p) => p.roleJoinWords);
export const ROLE_CHAIN_WORDS = union((p) => p.roleChainWords);
export const TITLE_NAMING_WORDS = union((p) => p.titleNamingWords);
export const OR_WORDS = union((p) => p.orWords);
export const ROLE_BREAK_WORDS = new Set([...AND_WORDS, ...union((p) => p.roleBreakWords)]);
export const startsWithStem = (stems: readonly string[], key: string): boolean => stems.some((s) => key.startsWith(s));
export const HONORIFIC_PHRASES: readonly string[] = PROFILES.flatMap((p) => p.honorifics);
export const CUE_STEMS: readonly Stem[] = PROFILES.flatMap((p) => p.cueStems ?? []);
/** The cue stems of the profiles written in one script: "театральный" is read with Cyrillic stems only, never as "teatr" + ending. */
export const cueStemsOfScript = (script: Script): readonly Stem[] => PROFILES.filter((p) => p.script === script).flatMap((p) => p.cueStems ?? []);
/** Every profile's case endings, longest first (stable: a profile's own order among endings of one length). */
export const CASE_ENDINGS: readonly string[] = [...new Set(PROFILES.flatMap((p) => p.caseEndings ?? []))].sort((a, b) => b.length - a.length);
/** The case endings of the profiles written in one script, longest first. */
export const caseEndingsOfScript = (script: Script): readonly string[] =>
  CASE_ENDINGS.filter((e) => PROFILES.some((p) => p.script === script && (p.caseEndings ?? []).includes(e)));
export const STEM_CHANGES: readonly StemChange[] = PROFILES.flatMap((p) => p.stemChanges ?? []);
export const PLACE_ADJECTIVE_FORMS: readonly StemChange[] = PROFILES.flatMap((p) => p.placeAdjectiveForms ?? []);
export const ROLE_STEMS: readonly (readonly [string, number])[] = PROFILES.flatMap((p) => p.roleStems ?? []);

/** The script a word is written in (any Cyrillic letter makes it Cyrillic). */
export function scriptOf(text: string): Script {
  return isCyrillic(text) ? 'cyrillic' : 'latin';
}

/** The first profile's case grammar for each script (Azerbaijani before Turkish for Latin). */
const GRAMMARS = new Map<Script, CaseGrammar>();
for (const p of PROFILES) if (p.grammar && !GRAMMARS.has(p.script)) GRAMMARS.set(p.script, p.grammar);

/** The first profile's romanisation for each script (Azerbaijani for Latin, Russian for Cyrillic). */
const ROMANISATIONS = new Map<Script, Romanisation>();
for (const p of PROFILES) if (p.romanisation && !ROMANISATIONS.has(p.script)) ROMANISATIONS.set(p.script, p.romanisation);

/** How names written in a script are spelt in English (empty: no rules, names stay as written). */
export function romanisationOfScript(script: Script): Romanisation {
  return ROMANISATIONS.get(script) ?? { nativeLetters: /(?!)/ };
}

/** Every profile's romanisation, in profile order. */
export const ROMANISATION_LIST: readonly Romanisation[] = PROFILES.flatMap((p) => (p.romanisation ? [p.romanisation] : []));

/** The case grammar of a text's script, whatever its document's language. */
export function grammarOfScript(text: string): CaseGrammar | undefined {
  return GRAMMARS.get(scriptOf(text));
}

/**
 * The case grammar that reads a token: none unless its document's language has case endings
 * (`inflected`), then the grammar of the token's script.
 */
export function grammarOf(t: { readonly text: string; readonly inflected: boolean } | undefined): CaseGrammar | undefined {
  return t?.inflected ? GRAMMARS.get(scriptOf(t.text)) : undefined;
}

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
