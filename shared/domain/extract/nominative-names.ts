/**
 * Names of Azerbaijani and Russian texts in the nominative. Persons: the annotators' and the
 * readers' dictionary form ("Исе Габиббейли" → "Иса Габиббейли", "Nazim Hikmətin" → "Nazim
 * Hikmət", "P.Çaykovskinin" → "P.Çaykovski"); abbreviations without their case suffix ("AZƏRTAC-a" →
 * "AZƏRTAC", "МИДа" → "МИД"). The case form the text used stays as an alias, and every case form of one person
 * now shares one name, so they merge into one entity.
 */
import { bareBesideGenitive, genitiveOfBare, personNominative } from './english-names.js';
import { ROLE_STEMS, acronymWithoutCase, grammarOfScript, nameWithoutHyphenCase, type PersonCases } from './languages/index.js';
import type { Part } from './parts.js';
import type { Prepared } from './tokens.js';

/** The case endings of persons' names written in the script of `text`. */
const personCasesOf = (text: string): PersonCases | undefined => grammarOfScript(text)?.personCases;

/**
 * "Нармина Гусейнова" may be a woman in the nominative or a man in the genitive ("Нармин
 * Гусейнов"): a given name that may be either with a surname that does not tell says nothing
 * about the case, so the name is kept as written.
 */
function ambiguousCase(name: string): boolean {
  const cases = personCasesOf(name);
  if (!cases?.ambiguousGiven || !cases.caseNeutralSurname) return false;
  const words = name.toLowerCase().split(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return cases.ambiguousGiven.test(first) && cases.caseNeutralSurname.test(last);
}

/**
 * "Ваджии Самедовой" → "Ваджии Самедова" would mix two cases: the surname set back, the given
 * name (one the rules do not know) left in a plainly oblique form (never a nominative ending).
 * Such a name keeps the case form the text used.
 */
function mixedCases(name: string, nominative: string): boolean {
  const given = name.split(' ')[0] ?? '';
  return given === nominative.split(' ')[0] && personCasesOf(name)?.obliqueGiven?.test(given) === true;
}

/**
 * "Matviyenkoya" → Matviyenko: a vowel-final surname in the dative, when the text also names
 * the person without the ending ("Kaya" is a surname of its own).
 */
function datived(name: string, surnames: ReadonlySet<string>): string {
  const dative = personCasesOf(name.split(' ').pop() ?? '')?.vowelDative;
  const bare = dative ? name.replace(dative, '') : name;
  return bare !== name && surnames.has(bare.split(' ').pop() ?? '') ? bare : name;
}

/**
 * "фильм режиссера Фариза Ахмедова": a name in apposition agrees in case with the role noun
 * before it, so after a role noun in the genitive an ambiguous name ("Фариза Ахмедова": a woman,
 * or a man in the genitive) is a man's genitive — a woman's would read "Фаризы Ахмедовой".
 */
function afterGenitiveRole(p: Part, prepared: Prepared): boolean {
  const cases = personCasesOf(p.name);
  const ending = cases?.genitiveRoleEnding;
  const prev = prepared.sentences[p.sentence]?.tokens[p.from - 1];
  if (!ending || !prev || cases?.feminineRoleNoun?.test(prev.key)) return false;
  return ROLE_STEMS.some(([stem]) => prev.key.startsWith(stem) && ending.test(prev.key.slice(stem.length)));
}

/** "у Фариза Ахмедова", "для Самиры Алиевой": a name right after a preposition that governs the genitive is in the genitive. */
function afterGenitivePreposition(p: Part, prepared: Prepared): boolean {
  const prev = prepared.sentences[p.sentence]?.tokens[p.from - 1];
  return prev !== undefined && personCasesOf(p.name)?.genitivePrepositions?.includes(prev.key) === true;
}

/** A woman's given name in the genitive set back by the script's `womanGenitiveGiven` rules (the surname is already set back). */
function womanGivenNominative(name: string): string {
  const [given = '', ...rest] = name.split(' ');
  const rules = personCasesOf(name)?.womanGenitiveGiven ?? [];
  const first = rules.find(([pattern]) => pattern.test(given));
  return first ? [given.replace(first[0], first[1]), ...rest].join(' ') : name;
}

/** A man's name in the genitive, each word set back by the script's `manGenitive` rules ("Фариза Ахмедова" → Фариз Ахмедов). */
function manNominative(name: string): string {
  const rules = personCasesOf(name)?.manGenitive ?? [];
  return name
    .split(' ')
    .map((w) => rules.reduce((x, [pattern, base]) => x.replace(pattern, base), w))
    .join(' ');
}

/** Run on Azerbaijani and Russian documents only (names there carry case endings). */
export function nominativeNames(parts: readonly Part[], prepared: Prepared): void {
  const surnames = new Set(parts.filter((p) => p.type === 'person').map((p) => p.name.split(/[ .]/).pop() ?? ''));
  for (const p of parts) {
    const abbreviation = acronymWithoutCase(p.name) ?? nameWithoutHyphenCase(p.name);
    if (abbreviation && p.type !== 'person') {
      p.aliases = [...(p.aliases ?? []), p.name];
      p.name = abbreviation;
      continue;
    }
    if (p.type !== 'person' || !/[ .]/.test(p.name)) continue;
    if (ambiguousCase(p.name)) {
      const man = afterGenitiveRole(p, prepared) || afterGenitivePreposition(p, prepared) ? manNominative(p.name) : p.name;
      if (man !== p.name && man.split(' ').length === p.name.split(' ').length) {
        p.aliases = [...(p.aliases ?? []), p.name];
        p.name = man;
      }
      continue;
    }
    // The text's own bare form decides between the readings of an ending (see english-names.ts).
    if (bareBesideGenitive(p.name, surnames)) continue;
    const setBack = genitiveOfBare(p.name, surnames) ?? personNominative(p.name);
    let nominative = setBack === p.name ? datived(p.name, surnames) : setBack;
    if (nominative === p.name || nominative.split(' ').length !== p.name.split(' ').length) continue;
    // The given name left oblique is known to be a genitive after a preposition that governs it.
    if (mixedCases(p.name, nominative)) {
      if (!afterGenitivePreposition(p, prepared)) continue;
      nominative = womanGivenNominative(nominative);
    }
    p.aliases = [...(p.aliases ?? []), p.name];
    p.name = nominative;
  }
}
