/**
 * Closed word lists the extractor reasons with. All entries are folded (foldName) words. What is
 * specific to one language lives in its profile (languages/); the lists here are their unions
 * or language-neutral.
 * Cue words name the kind of thing a capitalised span is ("... Agency" is an organisation);
 * title words make a role, never an entity; stop words are capitalised only by position.
 */
import type { EntityType } from '../model.js';
import {
  EVENT_CUE_WORDS, HONORIFIC_PHRASES, MONTH_WORDS, ORG_CUE_WORDS, PLACE_CUE_WORDS, PROJECT_CUE_WORDS, STOP_WORDS, TITLE_MODIFIER_SET,
  TITLE_WORD_SET, titleCuesAfter, titleCuesBefore,
} from './languages/index.js';
import { ENGLISH } from './languages/en.js';
import { wordsOf } from './languages/types.js';

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

/**
 * Titles that alone prove the name after them is a person's: the English title words but those
 * a group, a place or a thing may follow ("host Baku", "member countries", "organiser ADA").
 */
const TITLES_NOT_PROVING_A_PERSON = words('spokeswoman spokesperson member writers doctor organizer organiser host');
export const PERSON_TITLES: ReadonlySet<string> = new Set(wordsOf(ENGLISH.titleWords).filter((w) => !TITLES_NOT_PROVING_A_PERSON.has(w)));

/** Honorific phrases (folded) stripped from names: "People's Artist Rasim Balayev". */
export const HONORIFICS: readonly string[] = HONORIFIC_PHRASES;

/** Words that only modify a cue word; a span made of them and cues is generic ("Public Union"). */
export const GENERIC_MODIFIERS = words(`public the of and a deputy first this that its our their his her`);

/** Capitalised only by position or in headings: never part of a name at its edges. */
export const STOP_CAPS = STOP_WORDS;

/**
 * Common English words that news writes in Title Case (headings, programme names, topics). A
 * capitalised pair made of them has a name's shape but is no person: "Sustainable Development",
 * "Golden Garnet", "Cultural Heritage".
 */
export const COMMON_TITLE_WORDS = words(`heritage cultural culture creative industries industry relations media social digital modern
contemporary classical folk traditional golden silver bronze grand best world global international national state
public art arts music musical film films cinema literature literary poetry dance theatre theater opera ballet jazz
symphony symphonic chamber youth young children women family history historical science sciences education
development sustainable spatial planning energy transport communications infrastructure economy economic finance
tourism sport sports health environment green peace victory freedom independence unity friendship spring summer
autumn winter new old great little big grand open closing opening final special honorary diploma certificate
prize award order medal memorial anniversary jubilee holiday season night day days week weekend evening morning
intangible tangible material cultural heritage capital city region regional local rural urban east west north
south central eastern western northern southern middle high higher low main general official unofficial
photo gallery video news press release statement report review interview story stories tour tours trip
project program programme plan strategy concept initiative campaign mission vision goal goals team club
online virtual live direct technical technology technologies innovation innovations startup startups
beauty talent talents emerging stars star light lights colors colours color colour garden gardens house
island islands lake river mountain mountains sea seas land lands road roads way ways bridge bridges tower`);

/** Month names (EN, AZ, RU folded) — dates are not entities. */
export const MONTHS = MONTH_WORDS;

/** Stop words stripped from the front of a chunk anywhere (others only at a sentence start). */
export const ALWAYS_STRIP = words('the a an this that these those his her its their our my your its');

/** Domain nouns that end an organisation name or a role topic ("Minister of Culture and Tourism"). */
export const TOPIC_WORDS = words(`culture tourism education science sciences youth sport sports health economy finance
research arts art literature music heritage cinema film theatre theater critics affairs development industry
industries information communications transport energy ecology environment resources agriculture justice defence defense
labour labor`);

/** Nationality and language adjectives: not entities (EN), also as the first word of a role. */
export const NATIONALITIES = words(`azerbaijani turkish russian british french american german italian georgian iranian
uzbek kazakh kyrgyz turkmen turkic ukrainian chinese japanese korean indian arab arabic persian venezuelan
spanish polish european asian soviet english parisian caucasian islamic muslim christian israeli egyptian
pakistani hungarian czech austrian swiss dutch belgian greek romanian bulgarian serbian croatian belarusian
latvian lithuanian estonian moldovan armenian afghan tajik mongolian canadian mexican brazilian argentine
cuban portuguese swedish norwegian danish finnish irish scottish welsh australian african moroccan algerian
tunisian saudi qatari emirati kuwaiti omani jordanian syrian lebanese iraqi indonesian malaysian thai
vietnamese filipino latin greek jewish nordic western eastern oriental azeri`);

/** Upper-case tokens that are not organisation acronyms. */
export const NON_ORG_CAPS = words(`baku foto photo photos video videos utc gmt am pm tv ok covid news live update upd
ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi usa uk uae ussr ceo vip dj mc faq pdf mp dg
i v x`);

export const ROMAN_NUMERAL = /^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
