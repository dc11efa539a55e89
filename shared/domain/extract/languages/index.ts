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
import { wordsOf, type CaseGrammar, type LanguageProfile, type Romanisation, type Script, type Stem, type StemChange, type TitleCueType, type TypedWords } from './types.js';

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
const particlesOf = (morphology: LanguageProfile['morphology']): ReadonlySet<string> =>
  new Set(PROFILES.filter((p) => p.morphology === morphology).flatMap((p) => wordsOf(p.nameParticles ?? '')));
const CASE_LANGUAGE_PARTICLES = particlesOf('case-endings');
const PLAIN_LANGUAGE_PARTICLES = particlesOf('plain');
/**
 * A lower-case particle inside a person's name, read by the token's language: "bəy", "бек" in a
 * case-ending language, "van", "de" in English — where Azerbaijani "da" is a conjunction.
 */
export function isNameParticle(t: { readonly key: string; readonly inflected: boolean }): boolean {
  return (t.inflected ? CASE_LANGUAGE_PARTICLES : PLAIN_LANGUAGE_PARTICLES).has(t.key);
}
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
/** Every profile's words of a by-type field, with the type they give (event words first, then project, then organisation). */
const byType = (pick: (p: LanguageProfile) => TypedWords | undefined): ReadonlyMap<string, EntityType> =>
  new Map((['event', 'project', 'organisation'] as const).flatMap((type) => [...union((p) => pick(p)?.[type])].map((w) => [w, type] as const)));
/** Every profile's plural cue nouns that introduce examples, with the type they give. */
export const EXAMPLE_HEADS = byType((p) => p.exampleHeads);
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

/** An abbreviation with a case suffix after a hyphen or an apostrophe ("UNESCO-nun", "APA-nın", "ТАСС-а"). */
const HYPHEN_SUFFIXED_ACRONYM = /^([\p{Lu}\p{N}][\p{Lu}\p{N}.]{1,9})[-‐'’]\p{Ll}{1,5}$/u;

/**
 * The abbreviation of a word that is one in a case form, without its ending: after a hyphen or an
 * apostrophe ("AZƏRTAC-ın", "ТАСС-а") or, where the script's grammar declines acronyms as nouns,
 * glued on ("МИДа"). The canonical and the English name are the abbreviation's.
 */
export function acronymWithoutCase(word: string): string | undefined {
  return HYPHEN_SUFFIXED_ACRONYM.exec(word)?.[1] ?? grammarOfScript(word)?.gluedAcronymCase?.exec(word)?.[1];
}

/**
 * A foreign name in its own spelling with the case suffix after a hyphen, where the script's
 * grammar writes names so ("Trend-in", "Report-un"): the name without the suffix.
 */
export function nameWithoutHyphenCase(word: string): string | undefined {
  return grammarOfScript(word)?.hyphenCaseName?.exec(word)?.[1];
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

// Word order: the English grammar words the rules test, by the role they play there.
export const GENITIVE_PREPOSITIONS = union((p) => p.genitivePrepositions);
export const AFFILIATION_PREPOSITIONS = union((p) => p.affiliationPrepositions);
export const LIST_SHARING_WORDS = union((p) => p.listSharingWords);
export const LOCATIVE_PREPOSITIONS = union((p) => p.locativePrepositions);
export const CUE_ONLY_JOINERS = union((p) => p.cueOnlyJoiners);
export const ARTICLES = union((p) => p.articles);
export const DEFINITE_ARTICLES = union((p) => p.definiteArticles);
export const INDEFINITE_ARTICLES = union((p) => p.indefiniteArticles);
export const REFERENCE_DETERMINERS = union((p) => p.referenceDeterminers);
export const COPULAS = union((p) => p.copulas);
export const APPOINTMENT_VERBS = union((p) => p.appointmentVerbs);
export const APPOINTMENT_MARKERS = union((p) => p.appointmentMarkers);
/** Every profile's member-list markers, as folded word sequences. */
export const MEMBER_LIST_MARKERS = phrases((p) => p.memberListMarkers);
export const SUBORDINATION_PREPOSITIONS = union((p) => p.subordinationPrepositions);
export const GOVERNMENT_HEADS = union((p) => p.governmentHeads);
/** Every profile's dedication phrases ("named after"), as folded word sequences. */
export const DEDICATION_PHRASES = phrases((p) => p.dedicationPhrases);
export const STATE_MODIFIERS = union((p) => p.stateModifiers);
export const YEAR_NOUNS = union((p) => p.yearNouns);
export const DAY_NOUNS = union((p) => p.dayNouns);
export const BOARD_NOUNS = union((p) => p.boardNouns);
export const TITLED_UNIT_NOUNS = union((p) => p.titledUnitNouns);
/** Every profile's trailing name nouns, with the type they give. */
export const TRAILING_NAME_NOUNS = byType((p) => p.trailingNameNouns);
const PLURAL_ENDINGS = PROFILES.flatMap((p) => p.pluralEndings ?? []);
/** A word's singular by any profile's plural endings (the first ending that fits), '' when it has none. */
export function singularOf(key: string): string {
  const hit = PLURAL_ENDINGS.find(([plural]) => key.endsWith(plural));
  return hit ? key.slice(0, key.length - hit[0].length) + hit[1] : '';
}
/** The phrase's words are the keys of the tokens from `at` on. */
export function phraseAt(tokens: readonly { readonly key: string }[], at: number, phrase: readonly string[]): boolean {
  return at >= 0 && phrase.every((w, k) => tokens[at + k]?.key === w);
}
/** The first of the phrases that starts at `at`, if any. */
export const phraseStartingAt = (tokens: readonly { readonly key: string }[], at: number, list: readonly (readonly string[])[]): readonly string[] | undefined =>
  list.find((p) => phraseAt(tokens, at, p));
export const AUTHOR_PREPOSITIONS = union((p) => p.authorPrepositions);
export const AUTHOR_LABELS = union((p) => p.authorLabels);
/** Every profile's adaptation phrases ("based on"), as folded word sequences. */
export const ADAPTATION_PHRASES = phrases((p) => p.adaptationPhrases);
export const ABBREVIATIONS = union((p) => p.abbreviations);
/**
 * Titles that alone prove the name after them is a person's: the title words of every profile
 * that says which of its titles do not (`nonPersonTitles`), but those.
 */
export const PERSON_TITLE_WORDS: ReadonlySet<string> = new Set(
  PROFILES.filter((p) => p.nonPersonTitles !== undefined).flatMap((p) => {
    const not = new Set(wordsOf(p.nonPersonTitles ?? ''));
    return wordsOf(p.titleWords).filter((w) => !not.has(w));
  }),
);
/** The word ends in one of any profile's plural endings. */
export const hasPluralEnding = (key: string): boolean => PLURAL_ENDINGS.some(([plural]) => key.endsWith(plural));
