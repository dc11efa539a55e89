/**
 * Persons of Azerbaijani and Russian texts are named in the nominative: the annotators' and the
 * readers' dictionary form ("Исе Габиббейли" → "Иса Габиббейли", "Nazim Hikmətin" → "Nazim
 * Hikmət"). The case form the text used stays as an alias, and every case form of one person
 * now shares one name, so they merge into one entity.
 */
import { personNominative } from './english-names.js';
import type { Part } from './parts.js';

const INFLECTING_SCRIPT = /[\u0400-\u04ffəƏıİğĞşŞçÇöÖüÜ]/;

/**
 * "Нармина Гусейнова" may be a woman in the nominative or a man in the genitive ("Нармин
 * Гусейнов"): a given name in -а/-я with a surname in -а or one that does not decline says
 * nothing about the case, so the name is kept as written.
 */
function ambiguousCase(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return /[ая]$/u.test(first) && (/а$/u.test(last) || !/[а-яё]$/u.test(last) || /(лы|ли|заде|оглу|кызы|[иоуэе])$/u.test(last));
}

export function nominativePersonNames(parts: readonly Part[]): void {
  for (const p of parts) {
    if (p.type !== 'person' || !p.name.includes(' ') || !INFLECTING_SCRIPT.test(p.name) || ambiguousCase(p.name)) continue;
    const nominative = personNominative(p.name);
    if (nominative === p.name || nominative.split(' ').length !== p.name.split(' ').length) continue;
    p.aliases = [...(p.aliases ?? []), p.name];
    p.name = nominative;
  }
}
