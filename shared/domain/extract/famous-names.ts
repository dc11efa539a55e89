/**
 * English names that no rule can derive, from two general tables kept as data: the titles of
 * well-known works (data/famous-works.json), which English gives in translation ("Qu gölü" →
 * Swan Lake), and well-known figures of culture (data/notable-persons.json), whom texts name by
 * an initial and surname ("Q.Qarayev" → Gara Garayev) or by a spelling English does not use.
 * Pure lookups on folded names; undefined where the tables do not know the name.
 */
import { foldName } from '../text/fold.js';
import { isCyrillic } from '../text/script.js';
import { cyrillicNameBases } from './inflection.js';
import { romanisationOfScript } from './languages/index.js';
import works from './data/famous-works.json' with { type: 'json' };
import persons from './data/notable-persons.json' with { type: 'json' };

interface Row {
  readonly en: string;
  readonly az: readonly string[];
  readonly ru: readonly string[];
}

function spellings(row: Row): string[] {
  return [row.en, ...row.az, ...row.ru];
}

/** Every spelling of every title, folded, to its English title. */
const WORK_TITLES: ReadonlyMap<string, string> = new Map(works.works.flatMap((row) => spellings(row).map((title) => [foldName(title), row.en] as const)));

/** The English title of a well-known work, given its title in any of the table's languages. */
export function famousWorkTitle(title: string): string | undefined {
  return WORK_TITLES.get(foldName(title));
}

/** Folded: a surname that is a masculine adjective in an oblique case, and its nominative ending ("chaykovskogo" → chaykovskiy). */
const ADJECTIVE_SURNAME = romanisationOfScript('cyrillic').adjectiveSurname;

interface Figure {
  readonly en: string;
  /** Folded words before the surname: given names, patronymics, particles ("van", "de"). */
  readonly leading: readonly string[];
}

/** Figures by folded surname (the last word of each spelling). */
const BY_SURNAME: ReadonlyMap<string, readonly Figure[]> = (() => {
  const index = new Map<string, Figure[]>();
  for (const row of persons.persons) {
    for (const spelling of spellings(row)) {
      const words = foldName(spelling).split(' ');
      const surname = words.pop() ?? '';
      const bucket = index.get(surname) ?? [];
      bucket.push({ en: row.en, leading: words });
      index.set(surname, bucket);
    }
  }
  return index;
})();

/** One word of a mention, folded, with its other readings, and whether the text wrote it as an initial. */
interface MentionWord {
  readonly forms: readonly string[];
  readonly initial: boolean;
}

/** A mention word stands for a table word when a reading is that word, or the initial that begins it. */
function standsFor(word: MentionWord, full: string): boolean {
  return word.forms.some((form) => form === full || (word.initial && full.startsWith(form)));
}

/**
 * Do the mention's words before the surname fit the figure's, in order, the first standing for
 * the first ("F.Əmirov" for Fikrət Əmirov, "P.İ.Çaykovski" for Pyotr İlyiç Çaykovski, but not
 * "Rauf Əmirov")? A surname alone fits no one: which Garayev is meant needs a given name.
 */
function fits(mention: readonly MentionWord[], figure: readonly string[]): boolean {
  const [first, ...rest] = mention;
  if (first === undefined || figure[0] === undefined || !standsFor(first, figure[0])) return false;
  let at = 1;
  for (const word of rest) {
    while (at < figure.length && !standsFor(word, figure[at] ?? '')) at++;
    if (at >= figure.length) return false;
    at++;
  }
  return true;
}

/**
 * A Cyrillic name word (folded) and the nominatives it may stand for: the nominative rules of a
 * full name cannot run after an initial or on a name they do not know, so "А.Хачатуряна",
 * "П.Чайковского", "Римского-Корсакова", "Муслима Магомаева" keep their case endings. The
 * Cyrillic profiles' case endings give the base forms (inflection.ts cyrillicNameBases), and the
 * Cyrillic profile's adjective surnames their masculine nominative.
 */
function russianForms(word: string): string[] {
  const [adjective, nominative] = ADJECTIVE_SURNAME ?? [/(?!)/, ''];
  if (adjective.test(word)) return [word, word.replace(adjective, nominative)];
  return cyrillicNameBases(word);
}

/**
 * The words of a mention: each piece the text closes with a full stop, or a single letter, is an
 * initial ("Дж.Верди": "dzh" stands for Dzhuzeppe; "Ali" is no initial of Alim).
 */
function mentionWords(name: string): MentionWord[] {
  const cyrillic = isCyrillic(name);
  return name
    .split(/\s+|(?<=\.)/u)
    .flatMap((piece) => {
      const initial = piece.endsWith('.') || /^\p{L}$/u.test(piece);
      return foldName(piece)
        .split(' ')
        .filter((w) => w !== '')
        .map((w) => ({ forms: cyrillic && !initial ? russianForms(w) : [w], initial }));
    });
}

/**
 * The English name of a well-known figure named this way (a person's name in the nominative;
 * Russian words may keep a case ending), or undefined when no figure, or more than one, fits.
 */
export function notablePersonEnglish(name: string): string | undefined {
  const words = mentionWords(name);
  const surname = words.pop();
  if (surname === undefined || words.length === 0) return undefined;
  for (const form of surname.forms) {
    const hits = new Set((BY_SURNAME.get(form) ?? []).filter((figure) => fits(words, figure.leading)).map((figure) => figure.en));
    if (hits.size > 0) return hits.size === 1 ? [...hits][0] : undefined;
  }
  return undefined;
}
