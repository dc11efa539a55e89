/**
 * English names of well-known figures of culture (data/notable-persons.json), for the forms
 * transliteration cannot recover: an initial and a surname ("Q.Qarayev", "П.Чайковский") or a
 * local spelling of a name whose English spelling is fixed by use ("Мухаммед Физули" → Muhammad
 * Fuzuli). A name matches a listed person by its surname plus the full given name, or plus the
 * given name's initial; a match that more than one listed person shares gives nothing.
 */
import { foldName } from '../text/fold.js';
import data from './data/notable-persons.json' with { type: 'json' };

interface Listed {
  readonly en: string;
  /** Folded given names in every listed spelling. */
  readonly given: ReadonlySet<string>;
}

function indexBySurname(): ReadonlyMap<string, readonly Listed[]> {
  const index = new Map<string, Listed[]>();
  for (const row of data.persons) {
    const bySurname = new Map<string, Set<string>>();
    for (const form of [row.en, ...row.az, ...row.ru]) {
      const words = foldName(form).split(' ');
      const surname = words[words.length - 1] ?? '';
      if (words.length < 2 || surname === '') continue;
      const given = bySurname.get(surname) ?? new Set<string>();
      given.add(words[0] ?? '');
      bySurname.set(surname, given);
    }
    for (const [surname, given] of bySurname) index.set(surname, [...(index.get(surname) ?? []), { en: row.en, given }]);
  }
  return index;
}

const BY_SURNAME = indexBySurname();

/** An initial written before the surname: "Q.Qarayev", "Ü. Hacıbəyli", "П.Чайковский". */
const INITIAL = /^(\p{Lu})\.\s*/u;

/**
 * Russian surnames after an initial in the cases the initial hides the gender of ("Ф.Амирова" is
 * Амиров's genitive or a woman's name): the forms to try, as written first.
 */
function russianSurnameForms(name: string): string[] {
  if (!/[\u0400-\u04ff]/u.test(name)) return [name];
  return [
    name,
    name.replace(/(?<=(?:ов|ев|ёв|ин|ич))(а|у|ым|ом|е)$/u, ''),
    name.replace(/(?<=ск)(ого|ому|им|ом)$/u, 'ий'),
    name.replace(/(?<=[лнр])(я|ю|ем)$/u, 'ь'),
  ].filter((f, i, all) => all.indexOf(f) === i);
}

/** The listed English name of a person name in its nominative, or undefined. */
export function notablePersonEnglishName(name: string): string | undefined {
  return russianSurnameForms(name).map(listedName).find((n) => n !== undefined);
}

function listedName(name: string): string | undefined {
  const initial = INITIAL.exec(name)?.[1];
  const words = foldName(name).split(' ').filter((w) => w !== '');
  const surname = words[words.length - 1];
  const first = initial === undefined ? words[0] : foldName(initial);
  if (words.length < 2 || surname === undefined || first === undefined || first === '') return undefined;
  const fits = (listed: Listed): boolean => [...listed.given].some((g) => (initial === undefined ? g === first : g.startsWith(first)));
  const hits = new Set((BY_SURNAME.get(surname) ?? []).filter(fits).map((l) => l.en));
  return hits.size === 1 ? [...hits][0] : undefined;
}
