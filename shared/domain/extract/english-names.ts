/**
 * English names for entities of Azerbaijani and Russian texts, so that one real-world entity
 * is found whatever language the coverage is in:
 *   - persons by transliteration to the spelling English-language Azerbaijani media use, from
 *     Azerbaijani Latin (Rəşad Əzizov → Rashad Azizov) and from Russian Cyrillic, which writes
 *     Azerbaijani names with Russian letters (Руфат Гасанов → Rufat Hasanov: where a Russian
 *     letter stands for several Azerbaijani sounds, the spelling that makes a known given name
 *     wins);
 *   - institutions and places from a multilingual name table kept as data
 *     (data/english-names.json), else by translating the generic words of the name
 *     (Azərbaycan Dövlət Kukla Teatrı → Azerbaijan State Puppet Theatre);
 *   - well-known works and figures of culture from general tables (famous-names.ts): "Qu gölü"
 *     → Swan Lake, "Q.Qarayev" → Gara Garayev.
 * Pure and deterministic; undefined where no English name can be known.
 */
import type { EntityType } from '../model.js';
import { azerbaijaniToEnglish } from '../text/azerbaijani.js';
import { foldName } from '../text/fold.js';
import { isCyrillic } from '../text/script.js';
import { azerbaijaniNameWordToEnglish } from './gazetteer/azerbaijani-given-names.js';
import { FIRST_NAMES } from './gazetteer/first-names.js';
import { azerbaijaniSpelledPlace } from './gazetteer/places.js';
import { baseForms } from './inflection.js';
import { ROMANISATION_LIST, acronymWithoutCase, romanisationOfScript, type LetterReading } from './languages/index.js';
import { famousWorkTitle, notablePersonEnglish } from './famous-names.js';
import { ROMAN_NUMERAL } from './lexicon.js';
import table from './data/english-names.json' with { type: 'json' };
import { commonPrefixLength } from '../text/prefix.js';

interface Row {
  readonly en: string;
  readonly az: readonly string[];
  readonly ru: readonly string[];
}

/**
 * The profiles' spelling rules for the two scripts (languages/*.ts, "romanisation"): Latin names
 * are read by the Azerbaijani profile's, Cyrillic ones by the Russian profile's.
 */
const LATIN = romanisationOfScript('latin');
const CYRILLIC = romanisationOfScript('cyrillic');
/** A pattern for a rule a profile does not have. */
const NEVER = /(?!)/;

/** Words that name the home country inside an institution's name: no part of the match. */
const HOME_WORDS = new RegExp(`^(${ROMANISATION_LIST.flatMap((r) => (r.homeWords ?? '').split(' ').filter(Boolean)).join('|')})$`);

/** Case forms of one word: a common stem of four letters (or the whole short word) and short endings. */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  const cp = commonPrefixLength(x, y);
  const shorter = Math.min(x.length, y.length);
  // A four-letter word whose ending is only a vowel traded for another ("Риге" of "Рига").
  if (shorter === 4 && cp === 3 && /^[aeiouy]{1,2}$/.test(x.slice(cp)) && /^[aeiouy]{1,2}$/.test(y.slice(cp))) return true;
  const need = Math.min(4, shorter);
  // Russian adjective endings run to three letters ("Южную" of "Южная"); shorter words keep two.
  return cp >= need && cp >= shorter - (shorter >= 7 ? 3 : 2) && x.length - cp <= 5 && y.length - cp <= 5;
}

function contentWords(name: string): string[] {
  return foldName(name).split(' ').filter((w) => w !== '' && !HOME_WORDS.test(w));
}

interface Indexed {
  readonly en: string;
  readonly words: readonly string[];
}

function index(rows: readonly Row[]): Indexed[] {
  return rows.flatMap((r) => [r.en, ...r.az, ...r.ru].map((n) => ({ en: r.en, words: contentWords(n) })).filter((x) => x.words.length > 0));
}

const INSTITUTIONS = index(table.institutions);
/** Places keep every word: "Azərbaycan" is the whole name there. */
const PLACES: Indexed[] = table.places.flatMap((r) => [r.en, ...r.az, ...r.ru].map((n) => ({ en: r.en, words: foldName(n).split(' ') })));

/** Rows by the first letter of their first word: a match shares it (sameStem needs a common start). */
type RowIndex = ReadonlyMap<string, readonly Indexed[]>;

/** Items bucketed by the first letter of a key, in their order (a lookup only reads its letter's bucket). */
function byFirstLetter<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const letter = key(item).charAt(0);
    const bucket = index.get(letter);
    if (bucket) bucket.push(item);
    else index.set(letter, [item]);
  }
  return index;
}

const firstWord = (r: Indexed): string => r.words[0] ?? '';
const INSTITUTION_INDEX: RowIndex = byFirstLetter(INSTITUTIONS, firstWord);
const PLACE_INDEX: RowIndex = byFirstLetter(PLACES, firstWord);

/**
 * Case forms of a one-word name: a proper noun, so at most its last letter changes before the
 * ending ("Азеркнига" / "Азеркниги"); the looser stem of sameStem is for adjectives in longer
 * names, and would make two names that share a prefix one ("Azərkitab" is not "AZƏRTAC").
 */
function sameName(x: string, y: string): boolean {
  if (!sameStem(x, y)) return false;
  const cp = commonPrefixLength(x, y);
  return cp >= Math.min(x.length, y.length) - 1;
}

/** The table row whose name (any language) matches these words, case endings allowed. */
function lookup(rows: RowIndex, words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const candidates = rows.get(words[0]?.charAt(0) ?? '') ?? [];
  const same = words.length === 1 ? sameName : sameStem;
  const hit = candidates.find((r) => r.words.length === words.length && r.words.every((w, i) => same(w, words[i] ?? '')));
  return hit?.en;
}


/** The Cyrillic profile's context readings by the letter they read: only that letter's are tried. */
const CONTEXT_READINGS: ReadonlyMap<string, readonly LetterReading[]> = byFirstLetter(CYRILLIC.contextReadings ?? [], (r) => r.letter);

/** The readings of the letter(s) at `i` and how many letters they read: a context reading, else the letter's own. */
function readingAt(w: string, i: number, plain: boolean, own: boolean): { readonly readings: readonly string[]; readonly length: number } {
  for (const rule of CONTEXT_READINGS.get(w[i] ?? '') ?? []) {
    if (plain && rule.guess) continue;
    rule.at.lastIndex = i;
    const m = rule.at.exec(w);
    if (m) return { readings: (own ? rule.own : undefined) ?? rule.readings, length: m[0].length };
  }
  const ch = w[i] ?? '';
  return { readings: CYRILLIC.letters?.[ch] ?? [ch], length: 1 };
}

/**
 * Spellings of one Cyrillic-written word by the profile's letters, most likely first: where a
 * letter stands for several sounds, every reading (up to 256 spellings), so that a known given
 * name in the Azerbaijani spelling can win; `plain` leaves out the readings only a known name
 * may decide (the letter-for-letter reading for words no given name decides); `own` reads a
 * name of the script's own language (a Russian's: Шаляпин → Shalyapin), not one it borrows.
 */
function russianSpellings(word: string, plain = false, own = false): string[] {
  const w = word.toLowerCase();
  let out = [''];
  for (let i = 0; i < w.length; ) {
    const { readings, length } = readingAt(w, i, plain || own, own);
    const next: string[] = [];
    for (const o of out) for (const x of readings) if (next.length < 256) next.push(o + x);
    out = next;
    i += length;
  }
  return out;
}

/** A word with each doubled letter written once: Russian drops Azerbaijani doubles (Мамед = Məmməd). */
function undoubled(s: string): string {
  return s.replace(/(\p{L})\1+/gu, '$1');
}

/** Given names by their undoubled spelling ("mamad" → mammad); the first listed wins. */
function byUndoubled(names: ReadonlySet<string>): ReadonlyMap<string, string> {
  return new Map([...names].reverse().map((n) => [undoubled(n), n]));
}

/**
 * Known given names, Azerbaijani ones first: a Russian-written name of an Azerbaijani text is
 * most often Azerbaijani, so "Ахмед" is Əhməd (Ahmad) before the Turkish or Arabic Ahmed.
 */
const GIVEN_LISTS: readonly ReadonlySet<string>[] = CYRILLIC.givenNames ?? [];
const UNDOUBLED_LISTS = GIVEN_LISTS.map(byUndoubled);
const KNOWN_GIVEN: ReadonlySet<string> = new Set(GIVEN_LISTS.flatMap((l) => [...l]));

/**
 * The known given name among a Russian word's spellings: one spelt letter for letter (from the
 * Azerbaijani list first, in the spellings' order), then one whose doubled letters Russian wrote once.
 */
function knownGivenSpelling(spellings: readonly string[]): string | undefined {
  for (const list of GIVEN_LISTS) {
    const hit = spellings.find((s) => list.has(s));
    if (hit !== undefined) return hit;
  }
  for (const map of UNDOUBLED_LISTS) {
    const hit = spellings.map((s) => map.get(s)).find((n) => n !== undefined);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** A given name as Russian writes it, in the nominative: "Фаттах" (Fattah), not "Фаттаха". */
export function isRussianWrittenGivenName(word: string): boolean {
  return russianSpellings(word.toLowerCase()).some((s) => FIRST_NAMES.has(s));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One Russian-written name word in English: a known given name (or surname stem) decides the spelling. */
function russianWordToEnglish(word: string, azerbaijani = false, own = false): string {
  const lower = word.toLowerCase();
  if (!isCyrillic(lower)) return word;
  const spellings = russianSpellings(lower);
  const known = knownGivenSpelling(spellings);
  if (known) return capitalise(known);
  const suffix = (CYRILLIC.surnameEndings ?? NEVER).exec(lower);
  if (suffix) {
    const title = CYRILLIC.fusedTitle;
    const bare = lower.slice(0, -suffix[0].length);
    const stem = title ? bare.replace(title.written, title.spelt) : bare;
    const listed = CYRILLIC.surnameEndingSpellings?.[suffix[0]];
    // A patronymic written apart ("Бюльбюль оглы", "Алескер кызы") is the ending alone, lower-case in English.
    if (bare === '' && listed !== undefined) return listed;
    const end = listed ?? surnameEndingReading(suffix[0], bare);
    const knownStem = knownSurnameStem(stem);
    // Алиев → Aliyev: "ev" after a vowel is written "yev".
    const plain = russianSpellings(stem, true, own)[0] ?? '';
    const base = knownStem ?? (azerbaijani ? azerbaijaniReading(plain) : plain);
    const joined = /[aeiou]$/.test(base) && /^e/.test(end) ? `${base}y${end}` : base + end;
    return capitalise(joined);
  }
  return capitalise(russianSpellings(lower, true, own)[0] ?? lower);
}

/**
 * A surname ending as it reads after its stem: the profile's reading after a hard consonant
 * (Медведев → Medvedev), else as the ending read on its own (Алиев → Aliyev, Васильев → Vasilyev).
 */
function surnameEndingReading(ending: string, stem: string): string {
  const rule = CYRILLIC.endingAfterConsonant;
  const read = rule !== undefined && rule.stem.test(stem) ? ending.replace(rule.letter, rule.reads) : ending;
  return russianSpellings(read)[0] ?? '';
}

/**
 * The known given name a Cyrillic-written surname stem is built on, in English letters: as
 * written, else as the profile's restorations show it (Russian writes Azerbaijani ə before -ев
 * as о: Мирзоев = Mirzəyev), else a given name with a fused title (Габиббейли = Həbibbəyli).
 */
function knownSurnameStem(stem: string): string | undefined {
  const direct = knownGivenSpelling(russianSpellings(stem));
  if (direct !== undefined) return direct;
  for (const [pattern, spelling] of CYRILLIC.surnameStemRestorations ?? []) {
    if (!pattern.test(stem)) continue;
    const hit = knownGivenSpelling(russianSpellings(stem.replace(pattern, spelling)));
    if (hit !== undefined) return hit;
  }
  const title = CYRILLIC.fusedTitle;
  const titleStem = title?.stem.exec(stem)?.[1];
  const titledName = titleStem === undefined ? undefined : knownGivenSpelling(russianSpellings(titleStem));
  return titledName === undefined ? undefined : `${titledName}${title?.english ?? ''}`;
}

/** The genitive suffix a stem takes by vowel harmony (its last vowel): Cavid → Cavidin, Pummer → Pummerin. */
function harmonicGenitive(stem: string): string | undefined {
  const harmony = LATIN.harmony;
  const vowel = harmony?.vowels.exec(stem.toLowerCase())?.[0];
  if (harmony === undefined || vowel === undefined) return undefined;
  return harmony.groups.find(([vowels]) => vowels.includes(vowel))?.[1] ?? harmony.otherwise;
}

/**
 * A consonant-final surname of any origin with the genitive ("Hüseyn Cavidin", "Nazim
 * Hikmətin"): the suffix comes off when it is the one vowel harmony gives the stem, and the stem
 * keeps four letters, so a name that merely ends in "-in" with another vowel before it (Putin,
 * Pushkin) stays whole.
 */
function consonantGenitive(word: string): string | undefined {
  const m = (LATIN.consonantGenitive ?? NEVER).exec(word);
  if (!m || !/^\p{Lu}/u.test(word)) return undefined;
  const stem = m[1] ?? '';
  return harmonicGenitive(stem) === m[2] && possibleWordEnd(stem) ? stem : undefined;
}

/**
 * Can a word end as this stem does? Azerbaijani writes ğ at the end of a word only after a
 * vowel (dağ, bağ): a consonant before a final ğ ("Vurğ" of "Vurğun") makes no word, so the
 * -un after it is part of the name, not a genitive.
 */
function possibleWordEnd(stem: string): boolean {
  return !/[^aıoueəiöü]ğ$/iu.test(stem);
}

/**
 * A vowel-final name with the genitive ("Verdinin"): the suffix's vowel must be the one vowel
 * harmony gives the stem (Verdi → Verdinin, Bu → Bunun), so "Bunin" is no genitive of "Bu".
 */
function vowelGenitive(word: string): string | undefined {
  const m = (LATIN.vowelGenitive ?? NEVER).exec(word);
  const stem = m?.[1];
  if (m === null || stem === undefined) return undefined;
  return `n${harmonicGenitive(stem) ?? ''}` === m[0].slice(stem.length) ? stem : undefined;
}

/** The Azerbaijani nominative of a name: case suffixes sit on its last word only. */
function azerbaijaniNominative(name: string): string {
  const words = name.split(' ');
  const last = (words.pop() ?? '').replace(/[-'’]\p{Ll}{1,5}$/u, '');
  // A surname ending first: "Xaçaturyanın" is Xaçaturyan + ın, not Xaçaturya + nın.
  const suffixed = (LATIN.suffixedSurname ?? NEVER).exec(last)?.[1] ?? vowelGenitive(last);
  if (suffixed !== undefined) return [...words, suffixed].join(' ');
  // A lone word is no person name to take a suffix off, unless an initial leads it ("M.Ravelin").
  const initial = /^\p{Lu}\./u.exec(last)?.[0] ?? '';
  const genitiveOff = words.length > 0 || initial !== '' ? consonantGenitive(last.slice(initial.length)) : undefined;
  return [...words, genitiveOff === undefined ? last : initial + genitiveOff].join(' ');
}

/** A Russian-written given name in its nominative: the form whose English spelling is a known given name. */
interface GivenNominative {
  readonly word: string;
  readonly masculineOblique: boolean;
  /** The case ending taken off a man's given name, which his surname's case must match. */
  readonly ending?: string;
}

function russianGivenNominative(word: string): GivenNominative {
  const lower = word.toLowerCase();
  // Known in its most likely spelling: a nominative. Only a less likely one (е read as ə: "Исе" as
  // "Isa") yields to a case ending that gives a known name ("Исе" is the dative of "Иса").
  const spellings = russianSpellings(lower);
  if (FIRST_NAMES.has(spellings[0] ?? '') || FIRST_NAMES.has(russianSpellings(lower, true)[0] ?? '') || ((CYRILLIC.feminineGiven ?? NEVER).test(lower) && spellings.some((s) => FIRST_NAMES.has(s)))) return { word, masculineOblique: false };
  const feminine = (CYRILLIC.feminineGivenCase ?? NEVER).exec(lower);
  if (feminine) {
    const nominative = `${word.slice(0, -feminine[0].length)}${CYRILLIC.feminineEnding ?? ''}`;
    if (russianSpellings(nominative.toLowerCase()).some((s) => KNOWN_GIVEN.has(s))) return { word: nominative, masculineOblique: false };
  }
  const m = (CYRILLIC.givenNameCase ?? NEVER).exec(lower);
  if (m) {
    const stem = word.slice(0, -m[0].length);
    if (russianSpellings(stem.toLowerCase()).some((s) => KNOWN_GIVEN.has(s))) return { word: stem, masculineOblique: true, ending: m[0] };
    const fem = `${stem}${CYRILLIC.feminineEnding ?? ''}`;
    if (russianSpellings(fem.toLowerCase()).some((s) => KNOWN_GIVEN.has(s))) return { word: fem, masculineOblique: false };
  }
  return { word, masculineOblique: false };
}

/** Russian surname case forms back to the nominative: -овым → -ов, -овой → -ова; a man's -ова → -ов. */
function russianSurnameNominative(word: string, masculine: boolean, givenEnding?: string): string {
  const r = CYRILLIC;
  if ((r.undeclinedSurname ?? NEVER).test(word)) return word;
  const m = (r.surnameCase ?? NEVER).exec(word);
  // A man's other surnames decline like nouns (Самеда Вургуна → Самед Вургун).
  if (!m) return masculine ? nounSurnameNominative(word, givenEnding) : word;
  const stem = m[1] ?? word;
  const ending = m[2] ?? '';
  const feminine = `${stem}${r.feminineEnding ?? ''}`;
  if ((r.feminineSurnameCases ?? []).includes(ending)) return feminine;
  if (ending === r.womanNominative && !masculine) return word;
  if (ending === r.womanAccusative && !masculine) return feminine;
  return stem;
}

/**
 * A man's noun-like surname set back to the nominative, only by an ending of the case his given
 * name shows: "Юнуса Эмре" is a genitive, so the -е of Эмре is no case ending (a foreign name
 * that does not decline), while "Самеде Вургуне" sets back to Вургун.
 */
function nounSurnameNominative(word: string, givenEnding: string | undefined): string {
  const agreeing = givenEnding === undefined ? undefined : CYRILLIC.nounSurnameAgreement?.[givenEnding];
  return (CYRILLIC.nounSurnameCases ?? []).reduce(
    (w, [pattern, base]) => w.replace(pattern, (ending) => (agreeing === undefined || agreeing.includes(ending) ? base : ending)),
    word,
  );
}

function russianNominative(name: string): string {
  // A title before the given name ("Мир Джалала Пашаева"): the words after it decline.
  const title = (CYRILLIC.nameTitle ?? NEVER).exec(name)?.[0] ?? '';
  if (title !== '' && /^\S+ \S/u.test(name.slice(title.length))) return title + russianNominative(name.slice(title.length));
  const words = name.split(' ');
  if (words.length < 2) return name;
  const given = russianGivenNominative(words[0] ?? '');
  const last = words[words.length - 1] ?? '';
  return [given.word, ...words.slice(1, -1), russianSurnameNominative(last, given.masculineOblique, given.ending)].join(' ');
}

/** A person's name in the nominative (dictionary) form: Russian and Azerbaijani case endings set back. */
export function personNominative(name: string): string {
  return isCyrillic(name) ? russianNominative(name) : azerbaijaniNominative(name);
}

/** The Azerbaijani genitive of a Latin-written name word by vowel harmony: Cavid → Cavidin, Verdi → Verdinin. */
function latinGenitive(word: string): string | undefined {
  const suffix = harmonicGenitive(word);
  if (suffix === undefined || isCyrillic(word)) return undefined;
  return /[aeiouıöüə]$/iu.test(word) ? `${word}n${suffix}` : `${word}${suffix}`;
}

/**
 * Is the last word of an Azerbaijani-Latin name a bare form the text also writes with the
 * genitive on top ("Vurğun" beside "Vurğunun")? A genitive takes no second genitive, so the word
 * is a nominative, whatever ending it happens to have.
 */
export function bareBesideGenitive(name: string, lastWords: ReadonlySet<string>): boolean {
  const genitive = latinGenitive(name.split(' ').pop() ?? '');
  return genitive !== undefined && lastWords.has(genitive);
}

/**
 * An Azerbaijani-Latin name whose last word is the genitive of a word the text also writes bare
 * ("Yeseninin" beside "Yesenin"): that bare word is the nominative, whichever other stem the
 * ending could also be read off ("Yeseni" + nin).
 */
export function genitiveOfBare(name: string, lastWords: ReadonlySet<string>): string | undefined {
  const words = name.split(' ');
  const last = words.pop() ?? '';
  if (words.length === 0) return undefined;
  const bare = [...lastWords].find((w) => w !== last && last.startsWith(w) && latinGenitive(w) === last);
  return bare === undefined ? undefined : [...words, bare].join(' ');
}

/** An Azerbaijani-Latin name word in English (Azər → Azer; Mircəlal → Mir Jalal; Erix → Erich). */
function azerbaijaniNameToEnglish(word: string): string {
  // Foreign endings the profile spells its own way (Erix → Erich; Felix and other -ix names stay).
  for (const [pattern, english] of LATIN.foreignEndings ?? []) {
    const stem = pattern.exec(word)?.[1];
    if (stem !== undefined) return `${azerbaijaniNameWordToEnglish(stem)}${english}`;
  }
  const english = azerbaijaniNameWordToEnglish(word);
  return splitMirPrefix(english) ?? english;
}

/**
 * "Mir" (the sayyid's title) fused to a known given name is written apart in English, as
 * Russian writes it: Mircəlal → Mir Jalal, Mirəli → Mir Ali; Mirzə (no name after "Mir") stays.
 */
function splitMirPrefix(english: string): string | undefined {
  const rest = /^Mir(\p{Ll}{3,})$/u.exec(english)?.[1];
  return rest !== undefined && KNOWN_GIVEN.has(rest) ? `Mir ${capitalise(rest)}` : undefined;
}

/**
 * A man's surname in the Azerbaijani dative reads like a woman's: "Nazim İsmayılova" after a
 * verb of giving is İsmayılov + a. A given name only men bear decides it; the dative -a comes off.
 */
function manSurnameNotDative(name: string): string {
  const words = name.split(' ');
  const given = azerbaijaniNameWordToEnglish(words[0] ?? '').toLowerCase();
  if (words.length < 2 || isCyrillic(name) || !LATIN.menOnlyGivenNames?.has(given)) return name;
  return name.replace(LATIN.manSurnameCase ?? NEVER, '');
}

/** A person's English name: the nominative, transliterated word by word (a notable figure's from the table, unless tables are off). */
export function personEnglishName(name: string, options: EnglishNameOptions = {}): string {
  return nominativePersonEnglishName(manSurnameNotDative(personNominative(name)), options);
}

/** The English name of a person already named in the nominative. */
function nominativePersonEnglishName(nominative: string, options: EnglishNameOptions): string {
  const notable = options.tables === false ? undefined : notablePersonEnglish(nominative);
  if (notable !== undefined) return notable;
  const azerbaijani = isCyrillic(nominative) && hasAzerbaijaniGivenName(nominative);
  const own = isCyrillic(nominative) && !azerbaijani && hasOwnGivenName(nominative);
  return nominative
    .split(/(\s+|-|\.)/)
    .map((w) => (titleWord?.written.test(w) ? titleWord.english : isCyrillic(w) ? russianWordToEnglish(w, azerbaijani, own) : azerbaijaniNameToEnglish(w)))
    .join('');
}

/** A title inside a Cyrillic-written name, in any case ("бек", Azerbaijani bəy): English writes it its own way. */
const titleWord = CYRILLIC.titleWord;

/** Does a Russian-written name start (after "Мир") with a given name of the Azerbaijani list? */
function hasAzerbaijaniGivenName(name: string): boolean {
  const given = name.replace(CYRILLIC.nameTitle ?? NEVER, '').split(' ')[0] ?? '';
  return GIVEN_LISTS[0]?.has(knownGivenSpelling(russianSpellings(given.toLowerCase())) ?? '') ?? false;
}

/**
 * Does a Cyrillic-written name start with a given name known only outside the region's list
 * (Наталья, Сергей: a Russian's name, not an Azerbaijani's)? Its other words are then read as
 * the script's own language writes them.
 */
function hasOwnGivenName(name: string): boolean {
  const given = name.replace(CYRILLIC.nameTitle ?? NEVER, '').split(' ')[0] ?? '';
  const spellings = russianSpellings(given.toLowerCase(), true, true);
  return GIVEN_LISTS.slice(1).some((list) => spellings.some((s) => list.has(s)));
}

/** A letter-for-letter reading of an Azerbaijani surname in Cyrillic letters, with the profile's fixes (Кулиев → Guliyev). */
function azerbaijaniReading(plain: string): string {
  return (CYRILLIC.surnameReadingFixes ?? []).reduce((s, [pattern, fix]) => s.replace(pattern, fix), plain);
}

type Entry = readonly [string, string];
/** Generic words (stem → English) by the stem's first letter: a stem that begins a word shares it. */
type Dictionary = ReadonlyMap<string, readonly Entry[]>;

function dictionary(words: Readonly<Record<string, string>>): Dictionary {
  const entries = Object.entries(words).map(([k, v]): Entry => [foldName(k), v]);
  return byFirstLetter(entries, ([stem]) => stem);
}

const AZ_WORDS = dictionary(table.words.az);
const RU_WORDS = dictionary(table.words.ru);

/**
 * Whether an entry is a function word ("və", "и" → "and"): its English is lower-case, and function
 * words take no endings, so only the whole word is that entry — "Инфо" is no "и" with an ending.
 */
function isFunctionWord([, english]: Entry): boolean {
  return english === english.toLowerCase();
}

/** The dictionary entry whose stem begins this folded word (longest stem, short ending). */
function dictionaryEntry(words: Dictionary, w: string): Entry | undefined {
  let best: Entry | undefined;
  for (const entry of words.get(w.charAt(0)) ?? []) {
    const [stem] = entry;
    if (!w.startsWith(stem) || w.length - stem.length > 6) continue;
    if (w !== stem && isFunctionWord(entry)) continue;
    if (!best || stem.length > best[0].length) best = entry;
  }
  return best;
}

function translateWord(words: Dictionary, w: string): string | undefined {
  return dictionaryEntry(words, w)?.[1];
}

/**
 * A Russian adjective of the dictionary: an adjective stem (-ск-, -н-: "национальн",
 * "академическ"), or a noun stem with an adjective suffix ("театральный"), with an adjective
 * ending. A noun stem with just that ending is a case form of the noun ("библиотекой" is the
 * instrumental of "библиотека", not an adjective in -ой).
 */
function isRussianAdjective(w: string): boolean {
  const stem = dictionaryEntry(RU_WORDS, w)?.[0];
  if (stem === undefined || !ADJECTIVE_FORM.test(w)) return false;
  return (CYRILLIC.adjectiveStem ?? NEVER).test(stem) || (CYRILLIC.adjectiveSuffix ?? NEVER).test(w.slice(stem.length));
}

/** Heads that take their modifiers with "of" in English when the source puts them after the head. */
const OF_HEADS = new Set(['Ministry', 'Union', 'Academy', 'Institute', 'Museum', 'Library', 'Society', 'Association', 'Administration', 'Committee', 'University', 'Foundation', 'Agency', 'Days', 'Week']);

/** Meetings named by their number: "XIII съезд" is the "13th Congress" in English (a festival's edition is dropped). */
const NUMBERED_HEADS = new Set(['Congress', 'Session', 'Conference', 'Symposium']);

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** A Roman or Azerbaijani ordinal ("XIII", "13-cü") as a number. */
function ordinalNumber(token: string): number | undefined {
  const digits = (LATIN.ordinal ?? NEVER).exec(token)?.[1];
  if (digits !== undefined) return Number(digits);
  if (!ROMAN_NUMERAL.test(token)) return undefined;
  const values = [...token].map((c) => ROMAN_VALUES[c] ?? 0);
  return values.reduce((sum, v, i) => sum + (v < (values[i + 1] ?? 0) ? -v : v), 0);
}

function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The name led by its ordinal when the head is a numbered meeting and the source gives a number. */
function numbered(token: string | undefined, head: string, name: string): string {
  const n = token === undefined ? undefined : ordinalNumber(token);
  return n !== undefined && n > 0 && NUMBERED_HEADS.has(head) ? `${englishOrdinal(n)} ${name}` : name;
}

/** The English name of the institution these words name, from the table (case endings allowed). */
function parentInstitution(tokens: readonly string[]): string | undefined {
  return tokens.length === 0 ? undefined : lookup(INSTITUTION_INDEX, contentWords(tokens.join(' ')));
}

/**
 * A one-word place of the table inside an Azerbaijani name keeps its English name ("Bakı
 * Kinoteatrı" → Baku Cinema): the whole word, or with a short case ending, so that "Qazax"
 * (a town) is not read as Qazaxıstan.
 */
function placeInName(w: string): string | undefined {
  const candidates = PLACE_INDEX.get(w.charAt(0)) ?? [];
  return candidates.find((p) => p.words.length === 1 && w.startsWith(p.words[0] ?? '') && w.length - (p.words[0] ?? '').length <= 3)?.en;
}

/**
 * Generic words of an institution's name translated, names transliterated; "X adına" /
 * "имени X" ("named after X") left out, as English media shorten them. Undefined unless the
 * head word (the last in Azerbaijani, the first noun in Russian) translates.
 */
function translateInstitution(name: string, type: EntityType): string | undefined {
  const raw = name.replace(/\s+/g, ' ').trim();
  if (isCyrillic(raw)) return translateRussian(raw);
  const noDedication = withoutDedication(raw);
  const allTokens = noDedication.split(' ');
  const number = allTokens.find((t) => ordinalNumber(t) !== undefined);
  const tokens = allTokens.filter((t) => ordinalNumber(t) === undefined);
  const owned = ownedByAbbreviation(tokens, type);
  if (owned !== undefined) return owned;
  // "Yazıçılar Birliyinin qurultayı": a known institution before the head owns it.
  const ownHead = tokens.length > 1 ? translateWord(AZ_WORDS, foldName(tokens[tokens.length - 1] ?? '')) : undefined;
  const owner = ownHead === undefined ? undefined : parentInstitution(tokens.slice(0, -1));
  if (ownHead !== undefined && owner !== undefined) return numbered(number, ownHead, `${ownHead} of the ${owner}`);
  const out: string[] = [];
  const translated: boolean[] = [];
  tokens.forEach((t) => {
    const w = foldName(t);
    const tr = translateWord(AZ_WORDS, w);
    translated.push(tr !== undefined);
    out.push(tr ?? placeInName(w) ?? azerbaijaniToEnglish(t.replace(LATIN.genitiveSuffix ?? NEVER, '')));
  });
  if (!translated[translated.length - 1] && type === 'organisation') return undefined;
  homeCountryOfTopic(tokens, out);
  // "Culture Ministry" → "Ministry of Culture": a ministry's topic follows "of" in English.
  const head = out[out.length - 1];
  if (head === 'Ministry' && out.length > 1) return `Ministry of ${out.slice(0, -1).filter((w) => w !== 'Azerbaijan').join(' ')}`;
  return numbered(number, out[out.length - 1] ?? '', topicAfterHead(out, translated) ?? out.join(' '));
}

/**
 * "AMEA-nın Folklor İnstitutu": an abbreviation in the genitive (its case ending after a hyphen)
 * opening a name is the body that owns the rest; English names the rest first and the owner
 * after "of", by the acronym English media use ("Institute of Folklore of ANAS", as the Russian
 * "Институт фольклора НАНА" reads), else by the abbreviation in English letters.
 */
function ownedByAbbreviation(tokens: readonly string[], type: EntityType): string | undefined {
  const owner = tokens.length > 1 ? acronymWithoutCase(tokens[0] ?? '') : undefined;
  if (owner === undefined || !(LATIN.genitiveSuffix ?? NEVER).test(tokens[0] ?? '')) return undefined;
  const rest = translateInstitution(tokens.slice(1).join(' '), type);
  return rest === undefined ? undefined : `${rest} of ${PARENT_ACRONYMS.get(owner) ?? azerbaijaniToEnglish(owner)}`;
}

/**
 * "Azərbaycan mədəniyyəti" (the country, then a noun with the possessive: the culture of
 * Azerbaijan) is "Azerbaijani culture" in English, as the Russian adjective азербайджанской
 * культуры is; before a bare noun or an institution's rank words the country stays "Azerbaijan"
 * (Azərbaycan Dövlət Teatrı, Azərbaycan Xalça Muzeyi).
 */
function homeCountryOfTopic(tokens: readonly string[], out: string[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (out[i - 1] !== 'Azerbaijan' || RANK_WORDS.has(out[i] ?? '')) continue;
    if (possessiveOfGenericWord(foldName(tokens[i] ?? ''))) out[i - 1] = 'Azerbaijani';
  }
}

/** Heads whose field of study follows "of" in English ("Institute of Literature", "University of Languages"). */
const FIELD_HEADS = new Set(['Institute', 'University']);

/** Heads whose topic follows "of" only when it is a country's (Days of Azerbaijani Culture; Museum Days stay). */
const COUNTRY_TOPIC_HEADS = new Set(['Days']);

/** Modifiers that stay before the head in English: rank and reach (Azerbaijan State University, National Institute). */
const RANK_WORDS = new Set(['Azerbaijan', 'State', 'National', 'International', 'Republican', 'Academic', 'and']);

/**
 * An Azerbaijani institute or university names its field in the nouns just before the head
 * ("Ədəbiyyat İnstitutu", "Mədəniyyət və İncəsənət Universiteti"); English puts the field after
 * "of", as the Russian name does with its genitive (Институт литературы → Institute of
 * Literature), so both languages give one English name. The field is the run of translated nouns
 * before the head; rank words, names and places stay before it, and an English adjective
 * (Medical, Pedagogical, Technical) keeps its place: "Azerbaijan Medical University".
 */
function topicAfterHead(out: readonly string[], translated: readonly boolean[]): string | undefined {
  const last = out.length - 1;
  const countryTopic = COUNTRY_TOPIC_HEADS.has(out[last] ?? '');
  if (!FIELD_HEADS.has(out[last] ?? '') && !countryTopic) return undefined;
  let start = last;
  while (start > 0 && translated[start - 1] && (!RANK_WORDS.has(out[start - 1] ?? '') || (out[start - 1] === 'and' && start < last))) start--;
  // A field never begins with "and": one that does joins a word no dictionary knows (Neft və
  // Sənaye), and half a coordination is no field.
  if (out[start] === 'and') return undefined;
  const field = out.slice(start, last);
  if (field.length === 0 || field.some((w) => /(?:al|ic|'s)$/.test(w)) || (countryTopic && field[0] !== 'Azerbaijani')) return undefined;
  return [...out.slice(0, start), out[last], 'of', ...field].join(' ');
}

/** A Cyrillic acronym, letter by letter by the profile's capitals ("АПА" → APA). */
function russianAcronym(word: string): string | undefined {
  return (CYRILLIC.acronym ?? NEVER).test(word) ? [...word].map((c) => CYRILLIC.capitals?.[c] ?? c).join('').toUpperCase() : undefined;
}

/**
 * A one-word organisation name with no table entry and no generic head (a company, a brand, a
 * cinema): a Russian acronym letter by letter ("АПА" → APA), a Russian compound led by a place
 * name with that place in English ("Азербайджанфильм" → Azerbaijanfilm), else the word
 * transliterated as a name is ("Azərkitab" → Azerkitab, "Иллюзион" → Illyuzion): English media
 * keep such names, only in English letters.
 */
function singleWordName(name: string): string | undefined {
  if (name.includes(' ')) return undefined;
  if (!isCyrillic(name)) return azerbaijaniNameToEnglish(name);
  const acronym = russianAcronym(name);
  if (acronym) return acronym;
  const lower = name.toLowerCase();
  for (const row of table.places) {
    const ru = row.ru.find((r) => !r.includes(' ') && lower.startsWith(r.toLowerCase()) && lower.length > r.length + 2);
    if (ru) return `${row.en}${[...lower.slice(ru.length)].map((c) => CYRILLIC.letters?.[c]?.[0] ?? c).join('')}`;
  }
  return russianWordToEnglish(name);
}

/** "Габалинский" → Gabala: an adjective made from a place name in the table (-ский, -инский). */
function placeAdjective(w: string): string | undefined {
  const stem = (CYRILLIC.placeAdjective ?? NEVER).exec(w)?.[1];
  if (!stem) return undefined;
  return PLACES.find((p) => p.words.length === 1 && (p.words[0] ?? '').startsWith(stem) && (p.words[0] ?? '').length - stem.length <= 2)?.en;
}

/** Adjective endings (folded): after the head, "азербайджанского кино" is "of Azerbaijani Cinema". */
const ADJECTIVE_FORM = CYRILLIC.adjectiveEnding ?? NEVER;

/** An abbreviation in capitals, of either script ("НАНА", "AMEA"). */
const CAPITALS_ONLY = /^[\p{Lu}\p{N}]{2,10}$/u;

/** Parent institutions by their Russian and Azerbaijani acronyms, with the acronym English media use ("НАНА", "AMEA" → ANAS). */
const PARENT_ACRONYMS: ReadonlyMap<string, string> = new Map(
  table.institutions.flatMap((r) => ('acronym' in r && typeof r.acronym === 'string' ? [...r.az, ...r.ru].filter((n) => CAPITALS_ONLY.test(n)).map((n) => [n, r.acronym] as const) : [])),
);

/**
 * A word after the head of a Russian name, in English: a generic word translated, "Республики
 * X" as "the Republic of X", a known parent institution's acronym as "of ANAS", a place by the
 * table, else an acronym letter by letter or the transliterated word.
 */
function russianWordAfterHead(t: string, w: string, tr: string | undefined): string {
  if ((CYRILLIC.republic ?? NEVER).test(w)) return 'the Republic of';
  if (tr === 'Azerbaijan' && ADJECTIVE_FORM.test(w)) return 'Azerbaijani';
  if (tr !== undefined) return tr;
  const parent = PARENT_ACRONYMS.get(t);
  if (parent !== undefined) return `of ${parent}`;
  return lookup(PLACE_INDEX, [w]) ?? russianAcronym(t) ?? russianWordToEnglish(t);
}

/** Heads of events whose own name follows them in Russian and leads in English. */
const NAMED_EVENT_HEADS = new Set(['Festival', 'Film Festival', 'Competition', 'Forum']);

/**
 * "кинофестиваль тюркского мира Деде Горгуд" → "Dede Gorgud … Film Festival of the Turkic
 * World": the festival's own name (capitalised words with no dictionary entry, closing the name)
 * leads in English; the generic words between head and name follow with "of the".
 */
function namedEventFirst(head: string, adjectives: readonly string[], tokens: readonly string[], after: readonly string[]): string | undefined {
  if (!NAMED_EVENT_HEADS.has(head)) return undefined;
  let start = tokens.length;
  while (start > 0 && isOwnNameWord(tokens[start - 1] ?? '')) start--;
  if (start === tokens.length) return undefined;
  const own = tokens.slice(start).map((t) => russianWordToEnglish(t)).join(' ');
  const between = after.slice(0, start);
  return `${own} ${[...adjectives, head].join(' ')}${between.length > 0 ? ` of the ${between.join(' ')}` : ''}`;
}

/**
 * "Дом-музей Узеира Гаджибейли" → Uzeyir Hajibeyli House Museum: a person's full name (two
 * words or more, each an own name) after the head is who the institution is named after; English
 * puts the name, in the nominative, first. A lone word stays after the head (it may be a place).
 * The rules alone spell it (no table of figures), as for every institution.
 */
function personAfterHead(tokens: readonly string[]): string | undefined {
  if (tokens.length < 2 || !tokens.every(isOwnNameWord)) return undefined;
  return personEnglishName(tokens.join(' '), { tables: false });
}

function isOwnNameWord(t: string): boolean {
  const w = foldName(t);
  return /^\p{Lu}\p{Ll}/u.test(t) && translateWord(RU_WORDS, w) === undefined && lookup(PLACE_INDEX, [w]) === undefined;
}

function translateRussian(raw: string): string | undefined {
  const all = raw.replace(CYRILLIC.dedication ?? NEVER, '').split(' ');
  const number = all.find((t) => ROMAN_NUMERAL.test(t));
  // An edition number ("XI Габалинский … фестиваль") is no part of the festival's English name.
  const tokens = all.filter((t) => !ROMAN_NUMERAL.test(t));
  const adjectives: string[] = [];
  const after: string[] = [];
  let head: string | undefined;
  for (const [i, t] of tokens.entries()) {
    const w = foldName(t);
    const tr = translateWord(RU_WORDS, w);
    if (head === undefined) {
      if (tr !== undefined && isRussianAdjective(w)) adjectives.push(tr);
      else if (tr !== undefined) {
        head = tr;
        // "съезд Союза писателей Азербайджана": the words after the head name a known institution.
        const parent = parentInstitution(tokens.slice(i + 1));
        if (parent !== undefined) return numbered(number, head, `${[...adjectives, head].join(' ')} of the ${parent}`);
      } else if (placeAdjective(w)) adjectives.push(placeAdjective(w) ?? '');
      // "Гилан Холдинг": a proper name before the generic head is transliterated.
      else if (/^\p{Lu}\p{Ll}/u.test(t)) adjectives.push(russianWordToEnglish(t));
      else return undefined;
    } else after.push(russianWordAfterHead(t, w, tr));
  }
  if (head === undefined) return undefined;
  // "музыкальный фестиваль" is a Music Festival in English; only a theatre stays "Musical".
  if (head !== 'Theatre') adjectives.forEach((a, i) => (a === 'Musical' ? (adjectives[i] = 'Music') : undefined));
  if (after.length === 0) return numbered(number, head, [...adjectives, head].join(' '));
  const afterTokens = tokens.slice(tokens.length - after.length);
  const named = namedEventFirst(head, adjectives, afterTokens, after);
  if (named !== undefined) return named;
  const person = personAfterHead(afterTokens);
  if (person !== undefined) return `${person} ${[...adjectives, head].join(' ')}`;
  const joined = OF_HEADS.has(head) ? `${[...adjectives, head].join(' ')} of ${after.join(' ')}` : [...adjectives, ...after, head].join(' ');
  return numbered(number, head, joined);
}

/**
 * The dictionary form among the forms a text uses: with as many words as the fullest form, the
 * shortest one ("Hüseyn Cavid" of "Hüseyn Cavidin", "Гюльмурад Бабиров" of "Гюльмурада
 * Бабирова"); case endings only ever add letters. A shorter form's last word that begins the
 * fullest form's last word also counts ("Cavid" for "Hüseyn Cavidin").
 */
function baseForm(fullest: string, aliases: readonly string[]): string {
  const n = fullest.split(' ').length;
  let best = fullest;
  for (const a of aliases) if (a.split(' ').length === n && a.length < best.length && a.slice(0, 3) === fullest.slice(0, 3)) best = a;
  const words = best.split(' ');
  const last = words[words.length - 1] ?? '';
  for (const a of aliases) {
    const aLast = a.split(' ').pop() ?? '';
    if (aLast.length >= 3 && aLast.length < last.length && last.startsWith(aLast) && last.length - aLast.length <= 4) words[words.length - 1] = aLast;
  }
  return words.join(' ');
}

/** Each word in English letters, from Russian or Azerbaijani spelling. */
function transliterateWords(name: string): string {
  return name.split(' ').map((w) => (isCyrillic(w) ? russianWordToEnglish(w) : azerbaijaniToEnglish(w))).join(' ');
}

/** Two names joined by a profile's "and" ("Leyli və Məcnun"). */
const TITLE_PAIR = new RegExp(`^(\\p{Lu}\\p{Ll}+) (?:${ROMANISATION_LIST.flatMap((r) => (r.and === undefined ? [] : [r.and])).join('|')}) (\\p{Lu}\\p{Ll}+)$`, 'u');

/**
 * A title that is two names joined by "və" / "и" ("Leyli və Məcnun") reads "X and Y" in English;
 * any other title outside the table of famous works (famous-names.ts) is only transliterated.
 */
function workEnglishName(name: string): string {
  const pair = TITLE_PAIR.exec(name);
  if (pair) return `${transliterateWords(pair[1] ?? '')} and ${transliterateWords(pair[2] ?? '')}`;
  return transliterateWords(name);
}

/**
 * An institution's name without the person it is named after ("M.Maqomayev adına …
 * Filarmoniyası", "… имени Низами"): the table lists institutions by their own name.
 */
function withoutDedication(name: string): string {
  return ROMANISATION_LIST.reduce((n, r) => n.replace(r.dedication ?? NEVER, ''), name);
}

/**
 * An Azerbaijani name that happens to need no Azerbaijani letter ("Tarix Muzeyi", "Kino
 * Festivali") is no English name: its last word is an Azerbaijani generic head in the possessive
 * form that closes an Azerbaijani name.
 */
function azerbaijaniHeadInPlainLetters(name: string): boolean {
  const words = name.split(' ');
  // The possessive suffix on the stem ("muzey" + "i", "agentli" + "yi", "festival" + "ı") marks
  // Azerbaijani; a bare stem ("Kino", "Studiya") may be a borrowing inside a name of another
  // language, and an English word merely starting with a stem ("Parking", "Festivals") is English.
  return words.length > 1 && possessiveOfGenericWord(foldName(words[words.length - 1] ?? ''));
}

/** Whether a folded word is an Azerbaijani generic word (the dictionary's stem) with the possessive suffix. */
function possessiveOfGenericWord(folded: string): boolean {
  const entry = dictionaryEntry(AZ_WORDS, folded);
  return entry !== undefined && (LATIN.possessiveHead ?? NEVER).test(folded.slice(entry[0].length));
}

/**
 * A name of generic words only ("Музей искусств", "İncəsənət Muzeyi"; home-country words aside)
 * says what kind of institution it is, not which: the table takes it for the home country's.
 */
function genericOnly(name: string): boolean {
  const words = contentWords(name);
  const dictionary = isCyrillic(name) ? RU_WORDS : AZ_WORDS;
  return words.length > 0 && words.every((w) => translateWord(dictionary, w) !== undefined && lookup(PLACE_INDEX, [w]) === undefined);
}

/**
 * A generic short form of an entity the text names with words of its own ("Музей искусств
 * Гянджи", later "Музей искусств"): the short form is that institution, not the home country's
 * one of the table. The person an institution is named after is no such word: "M.Maqomayev
 * adına Dövlət Filarmoniyası" is the home country's.
 */
function namesAnother(form: string, name: string): boolean {
  return form !== name && genericOnly(form) && !genericOnly(withoutDedication(name));
}

/** Is this text Azerbaijani or Russian (the only languages English names are made for)? */
export function needsEnglishName(name: string): boolean {
  return ROMANISATION_LIST.some((r) => r.nativeLetters.test(name));
}

/** How English names are made. */
export interface EnglishNameOptions {
  /**
   * Read the general tables of well-known works and figures (famous-names.ts); default true.
   * False gives the rules alone, which the eval prints apart ("English names, rules only"): held-out
   * texts judge the rules, and the tables are lists of names (rewritten blind on 2026-12-03, from
   * general knowledge without reading the evaluation texts).
   */
  readonly tables?: boolean;
}

/**
 * The English name of an entity of an Azerbaijani or Russian text (name plus its other forms),
 * or undefined. Only the titles of well-known works are translated (from a table).
 */
export function englishName(type: EntityType, fullest: string, aliases: readonly string[] = [], options: EnglishNameOptions = {}): string | undefined {
  const name = baseForm(fullest, aliases);
  const forms = [name, fullest, ...aliases];
  if (type === 'place') {
    for (const f of forms) {
      const hit = lookup(PLACE_INDEX, foldName(f).split(' '));
      if (hit) return hit;
    }
    const nominative = isCyrillic(name) ? name : azerbaijaniNominative(name);
    // "Ağsu" → Agsu: a district in Azerbaijani letters takes the gazetteer's English spelling.
    const listed = isCyrillic(name) ? undefined : baseForms(foldName(name)).map(azerbaijaniSpelledPlace).find((p) => p !== undefined);
    return listed ? capitalise(listed) : transliterateWords(nominative);
  }
  if (type === 'organisation' || type === 'event' || type === 'project') {
    // An abbreviation in a case form is named without its suffix ("AZƏRTAC-ın", "МИДа").
    const named = acronymWithoutCase(name) ?? name;
    for (const f of [named, ...forms].flatMap((form) => [form, withoutDedication(form)])) {
      const hit = lookup(INSTITUTION_INDEX, contentWords(f));
      if (hit && !namesAnother(f, name)) return hit;
    }
    // Latin names without Azerbaijani letters (outlets, acronyms) are already English, once a
    // case suffix is off ("UNESCO-nun", "APA-nın").
    // An outlet named by its web address ("Ölkə.Az") is known by the address, which writes
    // Azerbaijani letters plainly (ə as e, ş as s): Olke.az.
    const site = /^(\S+)\.(az|ru|com|info|net|org|tv)$/iu.exec(name);
    // An outlet the table knows is known by its name ("Trend.Az" is Trend).
    const listedSite = site ? lookup(INSTITUTION_INDEX, contentWords(site[1] ?? '')) : undefined;
    if (listedSite !== undefined) return listedSite;
    if (site && needsEnglishName(site[1] ?? '')) return `${capitalise(foldName(site[1] ?? '').replace(/ /g, ''))}.${(site[2] ?? '').toLowerCase()}`;
    const bare = name.replace(/[-'’]\p{Ll}{1,5}$/u, '');
    if (!needsEnglishName(bare) && !azerbaijaniHeadInPlainLetters(bare)) return bare;
    return translateInstitution(named, type) ?? (type === 'organisation' ? singleWordName(named) : undefined);
  }
  if (type === 'person') return bareBesideGenitive(name, new Set(forms.map((f) => f.split(' ').pop() ?? ''))) ? nominativePersonEnglishName(manSurnameNotDative(name), options) : personEnglishName(name, options);
  // A well-known work has its English title; another title that is a name (an opera called after
  // its heroine) reads the same, and the rest are transliterated.
  if (type === 'work') return (options.tables === false ? undefined : forms.map(famousWorkTitle).find((t) => t !== undefined)) ?? workEnglishName(name);
  return undefined;
}
