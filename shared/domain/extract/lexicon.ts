/**
 * Closed word lists the extractor reasons with. All entries are folded (foldName) words. What is
 * specific to one language lives in its profile (languages/); the lists here are their unions
 * or language-neutral.
 * Cue words name the kind of thing a capitalised span is ("... Agency" is an organisation);
 * title words make a role, never an entity; stop words are capitalised only by position.
 */
import type { EntityType } from '../model.js';
import {
  EVENT_CUE_WORDS, HONORIFIC_PHRASES, PERSON_TITLE_WORDS, MONTH_WORDS, ORG_CUE_WORDS, PLACE_CUE_WORDS, PROJECT_CUE_WORDS, STOP_WORDS, TITLE_MODIFIER_SET,
  TITLE_WORD_SET, titleCuesAfter, titleCuesBefore, union,
} from './languages/index.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const ORG_CUES = ORG_CUE_WORDS;

export const EVENT_CUES = EVENT_CUE_WORDS;

export const PROJECT_CUES = PROJECT_CUE_WORDS;

export const PLACE_CUES = PLACE_CUE_WORDS;

/** Lower-case words after a quoted or capitalised name that say what it names (every profile's). */
export const TRAILING_ORG_CUES = titleCuesAfter('organisation');
export const TRAILING_EVENT_CUES = titleCuesAfter('event');
export const TRAILING_PROJECT_CUES = titleCuesAfter('project');
export const TRAILING_WORK_CUES = titleCuesAfter('work');

/** Words before a quoted name that say what it names (the nearest one wins; a word of two types takes the later type). */
export const LEADING_CUES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>(
  (['project', 'event', 'work', 'organisation'] as const).flatMap((type) => [...titleCuesBefore(type)].map((w) => [w, type] as const)),
);

/** Role and title words: they make roles, and are not names. */
export const TITLE_WORDS = TITLE_WORD_SET;

/** Words that start a role only when a title follows: "First Deputy", "Artistic Director". */
export const TITLE_MODIFIERS = TITLE_MODIFIER_SET;

/** Titles that alone prove the name after them is a person's (not "host Baku", "member countries", "organiser ADA"). */
export const PERSON_TITLES = PERSON_TITLE_WORDS;

/** Honorific phrases (folded) stripped from names: "People's Artist Rasim Balayev". */
export const HONORIFICS: readonly string[] = HONORIFIC_PHRASES;

/** Words that only modify a cue word; a span made of them and cues is generic ("Public Union"). */
export const GENERIC_MODIFIERS = union((p) => p.genericModifiers);

/** Capitalised only by position or in headings: never part of a name at its edges. */
export const STOP_CAPS = STOP_WORDS;

/**
 * Common words that news writes in Title Case (headings, programme names, topics). A
 * capitalised pair made of them has a name's shape but is no person: "Sustainable Development",
 * "Golden Garnet", "Cultural Heritage".
 */
export const COMMON_TITLE_WORDS = union((p) => p.commonTitleWords);

/** Month names (EN, AZ, RU folded) — dates are not entities. */
export const MONTHS = MONTH_WORDS;

/** Stop words stripped from the front of a chunk anywhere (others only at a sentence start). */
export const ALWAYS_STRIP = union((p) => p.determiners);

/** Domain nouns that end an organisation name or a role topic ("Minister of Culture and Tourism"). */
export const TOPIC_WORDS = union((p) => p.topicWords);

/** Nationality and language adjectives: not entities, also as the first word of a role. */
export const NATIONALITIES = union((p) => p.nationalities);

/** Upper-case tokens that are not organisation acronyms. */
export const NON_ORG_CAPS = words(`baku foto photo photos video videos utc gmt am pm tv ok covid news live update upd
ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi usa uk uae ussr ceo vip dj mc faq pdf mp dg
i v x`);

export const ROMAN_NUMERAL = /^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
