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
import { AZERBAIJANI_GIVEN_NAMES, AZERBAIJANI_MEN_ONLY, azerbaijaniNameWordToEnglish } from './gazetteer/azerbaijani-given-names.js';
import { FIRST_NAMES } from './gazetteer/first-names.js';
import { azerbaijaniSpelledPlace } from './gazetteer/places.js';
import { baseForms } from './inflection.js';
import { famousWorkTitle, notablePersonEnglish } from './famous-names.js';
import { ROMAN_NUMERAL } from './lexicon.js';
import table from './data/english-names.json' with { type: 'json' };

interface Row {
  readonly en: string;
  readonly az: readonly string[];
  readonly ru: readonly string[];
}

/** Words that name the home country inside an institution's name: no part of the match. */
const HOME_WORDS = /^(azerbaycan\w*|respublika\w*|azerbaydzhan\w*|respublik\w*)$/;

/** Case forms of one word: a common stem of four letters (or the whole short word) and short endings. */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  let cp = 0;
  while (cp < x.length && cp < y.length && x[cp] === y[cp]) cp++;
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

/** The table row whose name (any language) matches these words, case endings allowed. */
function lookup(rows: RowIndex, words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const candidates = rows.get(words[0]?.charAt(0) ?? '') ?? [];
  const hit = candidates.find((r) => r.words.length === words.length && r.words.every((w, i) => sameStem(w, words[i] ?? '')));
  return hit?.en;
}


/** Russian letters with the Azerbaijani sounds they write in names, most likely first. */
const RU_LETTERS: Readonly<Record<string, readonly string[]>> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g', 'h'], д: ['d'], е: ['e', 'a'], ё: ['yo'], ж: ['zh'], з: ['z'], и: ['i'], й: ['y'],
  к: ['k', 'g'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p', 'b'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'],
  х: ['kh', 'h'], ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'], ъ: [''], ы: ['y', 'i'], ь: [''], э: ['e', 'a'], ю: ['yu'], я: ['ya'],
};

const VOWELS = new Set([...'аеёиоуыэюя']);

/**
 * Spellings of one Russian-written word: "дж" is j, я/ю/е after a consonant are Azerbaijani
 * a/ü/ə (Ляман → Laman, Гюнай → Gunay), at the start or after a vowel ya/yu/ye (Алиев → Aliyev).
 * Russian writes a vowel then и where Azerbaijani has a glide y or an h between them (Исмаил =
 * İsmayıl, Таир = Tahir): those readings come first, so a known given name in the Azerbaijani
 * spelling wins; `plain` keeps the letter-for-letter reading for words no given name decides.
 */
function russianSpellings(word: string, plain = false): string[] {
  const w = word.toLowerCase().replace(/дж/g, 'ǰ');
  let out = [''];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] ?? '';
    const prev = w[i - 1];
    const afterVowelOrStart = prev === undefined || VOWELS.has(prev) || prev === 'ь' || prev === 'ъ';
    let opts: readonly string[];
    if (ch === 'ǰ') opts = ['j'];
    // Гаджи- is Azerbaijani Hacı- (Haji): Russian г for h before "дж".
    else if (i === 0 && ch === 'г' && w[1] === 'а' && w[2] === 'ǰ') opts = ['h'];
    else if (ch === 'и' && prev !== undefined && VOWELS.has(prev) && !plain) opts = ['yi', 'hi', 'i'];
    // Between vowels г may be Azerbaijani ğ, written gh (Таги = Tağı → Taghi), when that makes a known name.
    else if (ch === 'г' && prev !== undefined && VOWELS.has(prev) && VOWELS.has(w[i + 1] ?? '') && !plain) opts = ['g', 'h', 'gh'];
    // Russian writes Azerbaijani "hd" as "хт" (Мехти = Mehdi), when that makes a known name.
    else if (ch === 'т' && prev === 'х' && !plain) opts = ['t', 'd'];
    else if (ch === 'я') opts = afterVowelOrStart ? ['ya'] : ['a', 'ya'];
    else if (ch === 'ю') opts = afterVowelOrStart ? ['yu'] : ['u', 'yu'];
    else if (ch === 'е') opts = afterVowelOrStart ? ['ye', 'e'] : ['e', 'a'];
    else if (ch === 'ё') opts = ['o'];
    else opts = RU_LETTERS[ch] ?? [ch];
    const next: string[] = [];
    for (const o of out) for (const x of opts) if (next.length < 256) next.push(o + x);
    out = next;
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
const GIVEN_LISTS: readonly ReadonlySet<string>[] = [AZERBAIJANI_GIVEN_NAMES, FIRST_NAMES];
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

/** Surname endings as Russian writes them, and their Azerbaijani English forms. */
const RU_SURNAME = /(ова|ева|ов|ев|ли|лы|заде|оглу|кызы|ин|ина)$/;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One Russian-written name word in English: a known given name (or surname stem) decides the spelling. */
function russianWordToEnglish(word: string, azerbaijani = false): string {
  const lower = word.toLowerCase();
  if (!isCyrillic(lower)) return word;
  const spellings = russianSpellings(lower);
  const known = knownGivenSpelling(spellings);
  if (known) return capitalise(known);
  const suffix = RU_SURNAME.exec(lower);
  if (suffix) {
    const stem = lower.slice(0, -suffix[0].length).replace(/бек$/, 'бей');
    // -лы is Azerbaijani -lı, written -li in English (Гаджибейлы → Hajibeyli).
    const end = suffix[0] === 'лы' ? 'li' : (russianSpellings(suffix[0])[0] ?? '');
    const knownStem = knownSurnameStem(stem);
    // Алиев → Aliyev: "ev" after a vowel is written "yev".
    const plain = russianSpellings(stem, true)[0] ?? '';
    const base = knownStem ?? (azerbaijani ? azerbaijaniReading(plain) : plain);
    const joined = /[aeiou]$/.test(base) && /^e/.test(end) ? `${base}y${end}` : base + end;
    return capitalise(joined);
  }
  return capitalise(russianSpellings(lower, true)[0] ?? lower);
}

/**
 * The known given name a Russian-written surname stem is built on, in English letters. Russian
 * spelling hides it three ways: it writes Azerbaijani ə before -ев as о (Мирзоев = Mirzəyev),
 * drops the ı of a closed last syllable (Исмайлов = İsmayılov), and fuses the title bəy between
 * name and -li (Габиббейли = Həbibbəyli).
 */
function knownSurnameStem(stem: string): string | undefined {
  const direct = knownGivenSpelling(russianSpellings(stem));
  if (direct !== undefined) return direct;
  const schwa = /^(.{3,})о$/u.exec(stem)?.[1];
  if (schwa !== undefined) {
    const hit = knownGivenSpelling(russianSpellings(`${schwa}а`));
    if (hit !== undefined) return hit;
  }
  const closed = /^(.{3,}[аеиоуя]й?)([бвгджзклмнпрстфхцчшщ])$/u.exec(stem);
  if (closed) {
    const hit = knownGivenSpelling(russianSpellings(`${closed[1] ?? ''}ы${closed[2] ?? ''}`));
    if (hit !== undefined) return hit;
  }
  const beyStem = /^(.{3,})бей$/u.exec(stem)?.[1];
  const beyName = beyStem === undefined ? undefined : knownGivenSpelling(russianSpellings(beyStem));
  return beyName === undefined ? undefined : `${beyName}bey`;
}

/** Azerbaijani surname endings, after which a case or predicative suffix may follow. */
const AZ_SURNAME_CASE = /^(.*(?:ov|ev|ova|eva|li|lı|lu|lü|zadə|zade|oğlu|qızı|ski|yan))(?:nın|nin|nun|nün|ın|in|un|ün|la|lə|dır|dir|dur|dür|dan|dən|da|də)$/u;
/** A foreign or vowel-final surname with the genitive: Verdinin, Donisettinin (not "Rövşənin": Rövşən + in). */
const AZ_VOWEL_GENITIVE = /^(.*[aeiouıöü])(?:nın|nin|nun|nün)$/u;

/** The genitive suffix a stem takes by vowel harmony (its last vowel): Cavid → Cavidin, Pummer → Pummerin. */
function harmonicGenitive(stem: string): string | undefined {
  const vowel = /[aıoueəiöü](?=[^aıoueəiöü]*$)/u.exec(stem.toLowerCase())?.[0];
  if (vowel === undefined) return undefined;
  if ('aı'.includes(vowel)) return 'ın';
  if ('ou'.includes(vowel)) return 'un';
  if ('öü'.includes(vowel)) return 'ün';
  return 'in';
}

/**
 * A consonant-final surname of any origin with the genitive ("Hüseyn Cavidin", "Nazim
 * Hikmətin"): the suffix comes off when it is the one vowel harmony gives the stem, and the stem
 * keeps four letters, so a name that merely ends in "-in" with another vowel before it (Putin,
 * Pushkin) stays whole.
 */
function consonantGenitive(word: string): string | undefined {
  const m = /^(.{3,}[^aıoueəiöüAIOUEƏİÖÜ])(ın|in|un|ün)$/u.exec(word);
  if (!m || !/^\p{Lu}/u.test(word)) return undefined;
  const stem = m[1] ?? '';
  return harmonicGenitive(stem) === m[2] ? stem : undefined;
}

/** The Azerbaijani nominative of a name: case suffixes sit on its last word only. */
function azerbaijaniNominative(name: string): string {
  const words = name.split(' ');
  const last = (words.pop() ?? '').replace(/[-'’]\p{Ll}{1,5}$/u, '');
  // A surname ending first: "Xaçaturyanın" is Xaçaturyan + ın, not Xaçaturya + nın.
  const m = AZ_SURNAME_CASE.exec(last) ?? AZ_VOWEL_GENITIVE.exec(last);
  if (m) return [...words, m[1] ?? last].join(' ');
  // A lone word is no person name to take a suffix off, unless an initial leads it ("M.Ravelin").
  const initial = /^\p{Lu}\./u.exec(last)?.[0] ?? '';
  const genitiveOff = words.length > 0 || initial !== '' ? consonantGenitive(last.slice(initial.length)) : undefined;
  return [...words, genitiveOff === undefined ? last : initial + genitiveOff].join(' ');
}

const RU_GIVEN_CASE = /(а|я|у|ю|ом|ем|ым|е|ой|ей)$/;

/** A Russian-written given name in its nominative: the form whose English spelling is a known given name. */
function russianGivenNominative(word: string): { word: string; masculineOblique: boolean } {
  const lower = word.toLowerCase();
  // Known in its most likely spelling: a nominative. Only a less likely one (е read as ə: "Исе" as
  // "Isa") yields to a case ending that gives a known name ("Исе" is the dative of "Иса").
  const spellings = russianSpellings(lower);
  if (FIRST_NAMES.has(spellings[0] ?? '') || FIRST_NAMES.has(russianSpellings(lower, true)[0] ?? '') || (/[ая]$/.test(lower) && spellings.some((s) => FIRST_NAMES.has(s)))) return { word, masculineOblique: false };
  const m = RU_GIVEN_CASE.exec(lower);
  if (m) {
    const stem = word.slice(0, -m[0].length);
    if (russianSpellings(stem.toLowerCase()).some((s) => KNOWN_GIVEN.has(s))) return { word: stem, masculineOblique: true };
    const fem = `${stem}а`;
    if (russianSpellings(fem.toLowerCase()).some((s) => KNOWN_GIVEN.has(s))) return { word: fem, masculineOblique: false };
  }
  return { word, masculineOblique: false };
}

/** Russian surname case forms back to the nominative: -овым → -ов, -овой → -ова; a man's -ова → -ов. */
function russianSurnameNominative(word: string, masculine: boolean): string {
  // Azerbaijani surnames in -заде, -оглу, -кызы, -лы/-ли do not decline in Russian.
  if (/(заде|оглу|кызы|лы|ли)$/u.test(word)) return word;
  const m = /^(.*(?:ов|ев|ёв|ин))(ым|ому|е|у|а|ой|ою|ы)$/u.exec(word);
  // A man's other surnames decline like nouns: Самеда Вургуна → Самед Вургун; those in -а like
  // feminine nouns: Расула Рзы → Расул Рза.
  if (!m) return masculine ? word.replace(/(?<=[бвгджзклмнпрстфхцчшщ])(а|у|ом|е)$/u, '').replace(/(?<=[бвдзлмнпрстфц])ы$/u, 'а') : word;
  const stem = m[1] ?? word;
  const ending = m[2] ?? '';
  if (['ой', 'ою', 'ы'].includes(ending)) return `${stem}а`;
  if (ending === 'а' && !masculine) return word;
  if (ending === 'у' && !masculine) return `${stem}а`;
  return stem;
}

function russianNominative(name: string): string {
  // "Мир" (the sayyid's title) stands before the given name: "Мир Джалала Пашаева" declines the words after it.
  const title = /^Мир (?=\S+ \S)/u.exec(name)?.[0] ?? '';
  if (title !== '') return title + russianNominative(name.slice(title.length));
  const words = name.split(' ');
  if (words.length < 2) return name;
  const given = russianGivenNominative(words[0] ?? '');
  const last = words[words.length - 1] ?? '';
  return [given.word, ...words.slice(1, -1), russianSurnameNominative(last, given.masculineOblique)].join(' ');
}

/** A person's name in the nominative (dictionary) form: Russian and Azerbaijani case endings set back. */
export function personNominative(name: string): string {
  return isCyrillic(name) ? russianNominative(name) : azerbaijaniNominative(name);
}

/** An Azerbaijani-Latin name word in English (Azər → Azer; Mircəlal → Mir Jalal; Erix → Erich). */
function azerbaijaniNameToEnglish(word: string): string {
  // Azerbaijani writes the German "-rich" of given names as -rix (Erix, Henrix, Ulrix); no
  // Azerbaijani name ends so. Felix (Azerbaijani Feliks) and other Latin -ix names stay.
  const germanRich = /^(\p{Lu}\p{Ll}*r)ix$/u.exec(word)?.[1];
  if (germanRich !== undefined) return `${azerbaijaniNameWordToEnglish(germanRich)}ich`;
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
  if (words.length < 2 || isCyrillic(name) || !AZERBAIJANI_MEN_ONLY.has(given)) return name;
  return name.replace(/(?<=\p{L}(?:ov|yev|ev))a$/u, '');
}

/** A person's English name: the nominative, transliterated word by word (a notable figure's from the table, unless tables are off). */
export function personEnglishName(name: string, options: EnglishNameOptions = {}): string {
  const nominative = manSurnameNotDative(personNominative(name));
  const notable = options.tables === false ? undefined : notablePersonEnglish(nominative);
  if (notable !== undefined) return notable;
  const azerbaijani = isCyrillic(nominative) && hasAzerbaijaniGivenName(nominative);
  return nominative
    .split(/(\s+|-|\.)/)
    .map((w) => (RUSSIAN_BEY.test(w) ? 'bey' : isCyrillic(w) ? russianWordToEnglish(w, azerbaijani) : azerbaijaniNameToEnglish(w)))
    .join('');
}

/** The title "бек" (Azerbaijani bəy) inside a Russian-written name, in any case: English writes "bey". */
const RUSSIAN_BEY = /^бе[кй](?:а|у|ом|е|я|ю|ем)?$/u;

/** Does a Russian-written name start (after "Мир") with a given name of the Azerbaijani list? */
function hasAzerbaijaniGivenName(name: string): boolean {
  const given = name.replace(/^Мир /u, '').split(' ')[0] ?? '';
  return AZERBAIJANI_GIVEN_NAMES.has(knownGivenSpelling(russianSpellings(given.toLowerCase())) ?? '');
}

/**
 * A letter-for-letter reading of an Azerbaijani surname in Russian letters: Azerbaijani has q
 * (English g) before back vowels where Russian writes к (Кулиев = Quliyev → Guliyev), and ı
 * (English i) where Russian writes ы (Кадыров = Qədirov → Gadirov).
 */
function azerbaijaniReading(plain: string): string {
  return plain.replace(/^k(?=[aouy])/, 'g').replace(/(?<=[^aeiou])y(?=[^aeiouy]|$)/g, 'i');
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

/** The dictionary entry whose stem begins this folded word (longest stem, short ending). */
function dictionaryEntry(words: Dictionary, w: string): Entry | undefined {
  let best: Entry | undefined;
  for (const entry of words.get(w.charAt(0)) ?? []) {
    const [stem] = entry;
    if (w.startsWith(stem) && w.length - stem.length <= 6 && (!best || stem.length > best[0].length)) best = entry;
  }
  return best;
}

function translateWord(words: Dictionary, w: string): string | undefined {
  return dictionaryEntry(words, w)?.[1];
}

/** What follows a noun stem to make an adjective of it: "театр" + "альный", "истори" + "ческий". */
const ADJECTIVE_SUFFIX = /^(al|ichesk|chesk|sk|n)/;

/**
 * A Russian adjective of the dictionary: an adjective stem (-ск-, -н-: "национальн",
 * "академическ"), or a noun stem with an adjective suffix ("театральный"), with an adjective
 * ending. A noun stem with just that ending is a case form of the noun ("библиотекой" is the
 * instrumental of "библиотека", not an adjective in -ой).
 */
function isRussianAdjective(w: string): boolean {
  const stem = dictionaryEntry(RU_WORDS, w)?.[0];
  if (stem === undefined || !ADJECTIVE_FORM.test(w)) return false;
  return /(sk|n)$/.test(stem) || ADJECTIVE_SUFFIX.test(w.slice(stem.length));
}

/** Heads that take their modifiers with "of" in English when the source puts them after the head. */
const OF_HEADS = new Set(['Ministry', 'Union', 'Academy', 'Institute', 'Museum', 'Library', 'Society', 'Association', 'Administration', 'Committee', 'University', 'Foundation', 'Agency', 'Days', 'Week']);

/** Meetings named by their number: "XIII съезд" is the "13th Congress" in English (a festival's edition is dropped). */
const NUMBERED_HEADS = new Set(['Congress', 'Session', 'Conference', 'Symposium']);

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** A Roman or Azerbaijani ordinal ("XIII", "13-cü") as a number. */
function ordinalNumber(token: string): number | undefined {
  const digits = /^(\d{1,3})-(?:c[iıuü]|[iıuü]nc[iıuü])$/u.exec(token)?.[1];
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
  // "Yazıçılar Birliyinin qurultayı": a known institution before the head owns it.
  const ownHead = tokens.length > 1 ? translateWord(AZ_WORDS, foldName(tokens[tokens.length - 1] ?? '')) : undefined;
  const owner = ownHead === undefined ? undefined : parentInstitution(tokens.slice(0, -1));
  if (ownHead !== undefined && owner !== undefined) return numbered(number, ownHead, `${ownHead} of the ${owner}`);
  const out: string[] = [];
  let translatedHead = false;
  tokens.forEach((t, i) => {
    const w = foldName(t);
    const tr = translateWord(AZ_WORDS, w);
    if (i === tokens.length - 1) translatedHead = tr !== undefined;
    out.push(tr ?? placeInName(w) ?? azerbaijaniToEnglish(t.replace(/(nın|nin|nun|nün|ın|in|un|ün)$/u, '')));
  });
  if (!translatedHead && type === 'organisation') return undefined;
  // "Culture Ministry" → "Ministry of Culture": a ministry's topic follows "of" in English.
  const head = out[out.length - 1];
  if (head === 'Ministry' && out.length > 1) return `Ministry of ${out.slice(0, -1).filter((w) => w !== 'Azerbaijan').join(' ')}`;
  return numbered(number, out[out.length - 1] ?? '', out.join(' '));
}

/** Russian capitals in acronyms, letter by letter ("АПА" → APA). */
const RU_CAPITALS: Readonly<Record<string, string>> = {
  А: 'A', Б: 'B', В: 'V', Г: 'G', Д: 'D', Е: 'E', Ж: 'Zh', З: 'Z', И: 'I', Й: 'Y', К: 'K', Л: 'L', М: 'M', Н: 'N', О: 'O', П: 'P',
  Р: 'R', С: 'S', Т: 'T', У: 'U', Ф: 'F', Х: 'Kh', Ц: 'Ts', Ч: 'Ch', Ш: 'Sh', Э: 'E', Ю: 'Yu', Я: 'Ya',
};

function russianAcronym(word: string): string | undefined {
  return /^[А-ЯЁ]{2,8}$/u.test(word) ? [...word].map((c) => RU_CAPITALS[c] ?? c).join('').toUpperCase() : undefined;
}

/**
 * A one-word Russian organisation name with no table entry: an acronym letter by letter ("АПА" →
 * APA), a compound led by a place name with that place in English ("Азербайджанфильм" →
 * Azerbaijanfilm), else the transliterated word.
 */
function russianSingleWordName(name: string): string | undefined {
  if (!isCyrillic(name) || name.includes(' ')) return undefined;
  const acronym = russianAcronym(name);
  if (acronym) return acronym;
  const lower = name.toLowerCase();
  for (const row of table.places) {
    const ru = row.ru.find((r) => !r.includes(' ') && lower.startsWith(r.toLowerCase()) && lower.length > r.length + 2);
    if (ru) return `${row.en}${[...lower.slice(ru.length)].map((c) => RU_LETTERS[c]?.[0] ?? c).join('')}`;
  }
  return undefined;
}

/** "Габалинский" → Gabala: an adjective made from a place name in the table (-ский, -инский). */
function placeAdjective(w: string): string | undefined {
  const stem = /^(.{3,}?)(in)?sk(iy|ogo|omu|im|om|aya|oy|uyu|oe|ie|ikh)$/.exec(w)?.[1];
  if (!stem) return undefined;
  return PLACES.find((p) => p.words.length === 1 && (p.words[0] ?? '').startsWith(stem) && (p.words[0] ?? '').length - stem.length <= 2)?.en;
}

/** Russian adjective endings (folded): after the head, "азербайджанского кино" is "of Azerbaijani Cinema". */
const ADJECTIVE_FORM = /(yy|iy|oy|aya|oe|ee|ogo|ego|om|uyu|ykh|ikh)$/;

/** Parent institutions by their Russian acronyms, with the acronym English media use ("НАНА" → ANAS). */
const PARENT_ACRONYMS: ReadonlyMap<string, string> = new Map(
  table.institutions.flatMap((r) => ('acronym' in r && typeof r.acronym === 'string' ? r.ru.filter((n) => /^[А-ЯЁ]{2,8}$/u.test(n)).map((n) => [n, r.acronym] as const) : [])),
);

/**
 * A word after the head of a Russian name, in English: a generic word translated, "Республики
 * X" as "the Republic of X", a known parent institution's acronym as "of ANAS", a place by the
 * table, else an acronym letter by letter or the transliterated word.
 */
function russianWordAfterHead(t: string, w: string, tr: string | undefined): string {
  if (/^respublik(a|i|e|u|oy)$/.test(w)) return 'the Republic of';
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

function isOwnNameWord(t: string): boolean {
  const w = foldName(t);
  return /^\p{Lu}\p{Ll}/u.test(t) && translateWord(RU_WORDS, w) === undefined && lookup(PLACE_INDEX, [w]) === undefined;
}

function translateRussian(raw: string): string | undefined {
  const all = raw.replace(/\s+имени\s.*$/u, '').split(' ');
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
  const named = namedEventFirst(head, adjectives, tokens.slice(tokens.length - after.length), after);
  if (named !== undefined) return named;
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

/**
 * A title that is two names joined by "və" / "и" ("Leyli və Məcnun") reads "X and Y" in English;
 * any other title outside the table of famous works (famous-names.ts) is only transliterated.
 */
function workEnglishName(name: string): string {
  const pair = /^(\p{Lu}\p{Ll}+) (?:və|и) (\p{Lu}\p{Ll}+)$/u.exec(name);
  if (pair) return `${transliterateWords(pair[1] ?? '')} and ${transliterateWords(pair[2] ?? '')}`;
  return transliterateWords(name);
}

/**
 * An institution's name without the person it is named after ("M.Maqomayev adına …
 * Filarmoniyası", "… имени Низами"): the table lists institutions by their own name.
 */
function withoutDedication(name: string): string {
  return name.replace(/^.*\badına\s+/u, '').replace(/\s+имени\s.*$/u, '');
}

/** Is this text Azerbaijani or Russian (the only languages English names are made for)? */
export function needsEnglishName(name: string): boolean {
  return isCyrillic(name) || /[əƏıİğĞşŞçÇöÖüÜ]/.test(name);
}

/** How English names are made. */
export interface EnglishNameOptions {
  /**
   * Read the general tables of well-known works and figures (famous-names.ts); default true.
   * False gives the rules alone, which the eval prints apart ("English names, rules only"), since
   * the tables were written after reading development misses and held-out texts judge the rules.
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
    for (const f of forms.flatMap((form) => [form, withoutDedication(form)])) {
      const hit = lookup(INSTITUTION_INDEX, contentWords(f));
      if (hit) return hit;
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
    if (!needsEnglishName(bare)) return bare;
    return translateInstitution(name, type) ?? (type === 'organisation' ? russianSingleWordName(name) : undefined);
  }
  if (type === 'person') return personEnglishName(name, options);
  // A well-known work has its English title; another title that is a name (an opera called after
  // its heroine) reads the same, and the rest are transliterated.
  if (type === 'work') return (options.tables === false ? undefined : forms.map(famousWorkTitle).find((t) => t !== undefined)) ?? workEnglishName(name);
  return undefined;
}
