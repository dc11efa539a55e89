/**
 * Azerbaijani and Russian inflection for the cue words and the gazetteers. Cue words are
 * matched by stem ("Nazirliyinin", "Teatrında", "Министерства", "Фонда" all have their cue
 * stem); place names are looked up with case endings removed ("Bakıda" → baki, "Азербайджана"
 * → azerbaydzhan). Keys are folded (foldName), so stems are ASCII transliterations.
 */
import type { EntityType } from '../model.js';

/** Cue stems (folded) with the longest inflectional ending allowed after them. */
const STEMS: readonly (readonly [string, EntityType, number])[] = [
  // Azerbaijani
  ['nazirliy', 'organisation', 6], ['nazirlik', 'organisation', 5], ['agentliy', 'organisation', 6],
  ['agentlik', 'organisation', 5], ['teatr', 'organisation', 6], ['muzey', 'organisation', 6], ['birliy', 'organisation', 6],
  ['ittifaq', 'organisation', 6], ['fond', 'organisation', 5], ['merkez', 'organisation', 6], ['universitet', 'organisation', 6],
  ['akademiya', 'organisation', 6], ['institut', 'organisation', 6], ['kitabxana', 'organisation', 6],
  ['filarmoniya', 'organisation', 6], ['orkestr', 'organisation', 6], ['ansambl', 'organisation', 6],
  ['studiya', 'organisation', 6], ['komite', 'organisation', 6], ['idare', 'organisation', 6], ['konservatoriya', 'organisation', 6],
  ['festival', 'event', 6], ['sergi', 'event', 6], ['musabiqe', 'event', 6], ['forum', 'event', 6], ['konfrans', 'event', 6],
  ['layihe', 'project', 6], ['konsepsiya', 'project', 6], ['strategiya', 'project', 6], ['proqram', 'project', 6],
  ['qala', 'place', 4], ['saray', 'place', 5], ['kompleks', 'place', 5], ['meydan', 'place', 5], ['kuc', 'place', 4],
  // Russian (transliterated)
  ['ministerstv', 'organisation', 3], ['agentstv', 'organisation', 3], ['soyuz', 'organisation', 3], ['fond', 'organisation', 3],
  ['tsentr', 'organisation', 3], ['teatr', 'organisation', 3], ['muze', 'organisation', 3], ['universitet', 'organisation', 3],
  ['akademi', 'organisation', 3], ['institut', 'organisation', 3], ['bibliotek', 'organisation', 3], ['filarmoni', 'organisation', 3],
  ['orkestr', 'organisation', 3], ['ansambl', 'organisation', 3], ['studi', 'organisation', 3], ['komitet', 'organisation', 3],
  ['upravleni', 'organisation', 3], ['obshchestv', 'organisation', 3], ['assotsiatsi', 'organisation', 3],
  ['konservatori', 'organisation', 3], ['dvorets', 'organisation', 3], ['dvorts', 'organisation', 3], ['kinotsentr', 'organisation', 3],
  ['festival', 'event', 3], ['kinofestival', 'event', 3], ['vystavk', 'event', 3], ['konkurs', 'event', 3],
  ['konferentsi', 'event', 3], ['syezd', 'event', 3], ['sezd', 'event', 3], ['proekt', 'project', 3], ['programm', 'project', 3],
];

const CACHE = new Map<string, EntityType | null>();

/** The cue type of an inflected Azerbaijani or Russian cue word, or null. */
export function inflectedCueType(key: string): EntityType | null {
  const hit = CACHE.get(key);
  if (hit !== undefined) return hit;
  let found: EntityType | null = null;
  for (const [stem, type, maxEnding] of STEMS) {
    if (key.startsWith(stem) && key.length - stem.length <= maxEnding) {
      found = type;
      break;
    }
  }
  if (CACHE.size > 10_000) CACHE.clear();
  CACHE.set(key, found);
  return found;
}

/** Azerbaijani case/possessive endings and Russian case endings, longest first (folded). */
const ENDINGS = [
  'dakilar', 'dekiler', 'larin', 'lerin', 'daki', 'deki', 'nin', 'nun', 'dan', 'den', 'ndan', 'nden', 'nda', 'nde', 'ya', 'ye',
  'da', 'de', 'in', 'un', 'na', 'ne', 'la', 'le', 'yu', 'ey', 'oy', 'om', 'em', 'ami', 'ah', 'am', 'a', 'e', 'u', 'y', 'i',
];

/** Candidate base forms of an inflected folded word, the word itself first. */
export function baseForms(key: string): string[] {
  const out = [key];
  // Russian -ия nouns: Турции / Турцию / Турцией → Турция.
  const iya = /(ii|iyu|iey|iyey)$/.exec(key);
  if (iya) out.push(`${key.slice(0, -iya[0].length)}iya`);
  for (const e of ENDINGS) {
    if (key.length - e.length >= 3 && key.endsWith(e)) {
      const stem = key.slice(0, -e.length);
      out.push(stem, `${stem}a`, `${stem}ya`);
    }
  }
  return out;
}
