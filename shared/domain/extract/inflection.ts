/**
 * Azerbaijani and Russian inflection for the cue words and the gazetteers. Cue words are
 * matched by stem ("Nazirliyinin", "Teatrında", "Министерства", "Фонда" all have their cue
 * stem); place names are looked up with case endings removed ("Bakıda" → baki, "Азербайджана"
 * → azerbaydzhan). Keys are folded (foldName), so stems are ASCII transliterations.
 */
import type { EntityType } from '../model.js';
import { CUE_STEMS, PROFILES, type Stem } from './languages/index.js';

/** Cue stems (folded) with the longest inflectional ending allowed after them: the profiles' stems. */
const STEMS: readonly Stem[] = CUE_STEMS;

/**
 * Stems by script: a Cyrillic word is read with the Cyrillic profiles' stems only, a Latin word
 * with the others', so "театральный" is no Azerbaijani "teatr" + case ending.
 */
const CYRILLIC_STEMS: readonly Stem[] = PROFILES.filter((p) => p.letters?.test('а')).flatMap((p) => p.cueStems ?? []);
const LATIN_STEMS: readonly Stem[] = PROFILES.filter((p) => !p.letters?.test('а')).flatMap((p) => p.cueStems ?? []);

const CACHE = new Map<string, EntityType | null>();

/** The cue type of an inflected Azerbaijani or Russian cue word, or null (`cyrillic`: the word's script, when known). */
export function inflectedCueType(key: string, cyrillic?: boolean): EntityType | null {
  const cacheKey = cyrillic === undefined ? key : `${key}|${cyrillic ? 'c' : 'l'}`;
  const hit = CACHE.get(cacheKey);
  if (hit !== undefined) return hit;
  const stems = cyrillic === undefined ? STEMS : cyrillic ? CYRILLIC_STEMS : LATIN_STEMS;
  let found: EntityType | null = null;
  for (const [stem, type, maxEnding] of stems) {
    if (key.startsWith(stem) && key.length - stem.length <= maxEnding) {
      found = type;
      break;
    }
  }
  if (CACHE.size > 10_000) CACHE.clear();
  CACHE.set(cacheKey, found);
  return found;
}

/** The cue stem an inflected cue word is built on ("muzeyin" → muzey, "музея" → muze), or undefined. */
export function inflectedCueStem(key: string, cyrillic: boolean): string | undefined {
  const stems = cyrillic ? CYRILLIC_STEMS : LATIN_STEMS;
  return stems.find(([stem, , maxEnding]) => key.startsWith(stem) && key.length - stem.length <= maxEnding)?.[0];
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

/**
 * Azerbaijani and Russian words that say what a quoted title names, by stem: "фильм «X»",
 * "выставки «X»", "театр «X»" (Russian: the cue comes first), '"X" tamaşasının', '"X"
 * festivalı', '"X" adlı konserti' (Azerbaijani: the cue comes after).
 */
const QUOTE_STEMS: readonly (readonly [string, EntityType, number])[] = [
  // Azerbaijani
  ['film', 'work', 7], ['tamasa', 'work', 7], ['pyes', 'work', 7], ['opera', 'work', 7], ['balet', 'work', 7],
  ['roman', 'work', 7], ['kitab', 'work', 7], ['povest', 'work', 7], ['hekaye', 'work', 7], ['poema', 'work', 7],
  ['mahni', 'work', 7], ['albom', 'work', 7], ['simfoniya', 'work', 7], ['suita', 'work', 7], ['qravur', 'work', 7],
  ['eser', 'work', 7], ['serial', 'work', 7], ['komediya', 'work', 7], ['xalca', 'work', 7], ['kompozisiya', 'work', 7],
  ['oratoriya', 'work', 7], ['kantata', 'work', 7], ['seir', 'work', 7], ['tablo', 'work', 7], ['heykel', 'work', 7],
  ['festival', 'event', 7], ['kinofestival', 'event', 7], ['sergi', 'event', 7], ['musabiqe', 'event', 7], ['forum', 'event', 7],
  ['konfrans', 'event', 7], ['konsert', 'event', 7], ['tedbir', 'event', 7], ['gece', 'event', 7], ['merasim', 'event', 7],
  ['aksiya', 'event', 7], ['yarmarka', 'event', 7], ['simpozium', 'event', 7], ['olimpiada', 'event', 7], ['mukafat', 'event', 7],
  ['layihe', 'project', 7], ['proqram', 'project', 7], ['konsepsiya', 'project', 7], ['strategiya', 'project', 7],
  ['kampaniya', 'project', 7],
  ['teatr', 'organisation', 7], ['kinoteatr', 'organisation', 7], ['ansambl', 'organisation', 7], ['qrup', 'organisation', 7],
  ['studiya', 'organisation', 7], ['nesriyyat', 'organisation', 7], ['jurnal', 'organisation', 7], ['qezet', 'organisation', 7],
  ['sirket', 'organisation', 7], ['birliy', 'organisation', 7], ['birlik', 'organisation', 7],
  // Russian (transliterated)
  ['kinofilm', 'work', 3], ['multfilm', 'work', 3], ['kartin', 'work', 3], ['spektakl', 'work', 3], ['oper', 'work', 3],
  ['komedi', 'work', 3], ['knig', 'work', 3], ['rasskaz', 'work', 3], ['poem', 'work', 3], ['stikhotvoreni', 'work', 3],
  ['pesn', 'work', 3], ['pesa', 'work', 0], ['pesy', 'work', 0], ['pesu', 'work', 0], ['pesoy', 'work', 0], ['simfoni', 'work', 3], ['syuit', 'work', 3], ['myuzikl', 'work', 3],
  ['operett', 'work', 3], ['tragedi', 'work', 3], ['dram', 'work', 3], ['kover', 'work', 3], ['kovr', 'work', 3],
  ['panno', 'work', 0], ['postanovk', 'work', 3], ['proizvedeni', 'work', 3], ['sbornik', 'work', 3], ['polotn', 'work', 3],
  ['rabot', 'work', 3], ['skulptur', 'work', 3], ['gimn', 'work', 3],
  ['vystavk', 'event', 3], ['konkurs', 'event', 3], ['konferentsi', 'event', 3], ['kontsert', 'event', 3], ['vecher', 'event', 3],
  ['tseremoni', 'event', 3], ['aktsi', 'event', 3], ['yarmark', 'event', 3], ['biennale', 'event', 0], ['premi', 'event', 3],
  ['olimpiad', 'event', 3], ['chempionat', 'event', 3], ['turnir', 'event', 3], ['marafon', 'event', 3], ['prazdnik', 'event', 3],
  ['syezd', 'event', 3], ['sezd', 'event', 3],
  ['proekt', 'project', 3], ['programm', 'project', 3], ['kampani', 'project', 3], ['initsiativ', 'project', 3],
  ['kontseptsi', 'project', 3],
  ['grupp', 'organisation', 3], ['orkestr', 'organisation', 3], ['studi', 'organisation', 3], ['kinostudi', 'organisation', 3],
  ['izdatelstv', 'organisation', 3], ['zhurnal', 'organisation', 3], ['gazet', 'organisation', 3], ['telekanal', 'organisation', 3],
  ['kanal', 'organisation', 3], ['kompani', 'organisation', 3], ['obedineni', 'organisation', 3], ['organizatsi', 'organisation', 3],
  ['fond', 'organisation', 3], ['tsentr', 'organisation', 3], ['muze', 'organisation', 3], ['galere', 'organisation', 3],
  ['klub', 'organisation', 3], ['agentstv', 'organisation', 3], ['soyuz', 'organisation', 3], ['obshchestv', 'organisation', 3],
  ['assotsiatsi', 'organisation', 3],
];

const QUOTE_CACHE = new Map<string, EntityType | null>();

/**
 * The type a cue word gives a quoted title next to it (folded key, last word of a hyphenated
 * token: "гала-концерт" → kontsert), or null. The longest matching stem wins.
 */
export function quoteCueType(key: string): EntityType | null {
  const hit = QUOTE_CACHE.get(key);
  if (hit !== undefined) return hit;
  const word = key.slice(key.lastIndexOf(' ') + 1);
  let found: EntityType | null = null;
  let best = 0;
  for (const [stem, type, maxEnding] of QUOTE_STEMS) {
    if (stem.length > best && word.startsWith(stem) && word.length - stem.length <= maxEnding) {
      found = type;
      best = stem.length;
    }
  }
  if (QUOTE_CACHE.size > 10_000) QUOTE_CACHE.clear();
  QUOTE_CACHE.set(key, found);
  return found;
}
