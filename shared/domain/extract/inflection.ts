/**
 * Azerbaijani and Russian inflection for the cue words and the gazetteers. Cue words are
 * matched by stem ("Nazirliyinin", "Teatrında", "Министерства", "Фонда" all have their cue
 * stem); place names are looked up with case endings removed ("Bakıda" → baki, "Азербайджана"
 * → azerbaydzhan). Keys are folded (foldName), so stems are ASCII transliterations.
 */
import type { EntityType } from '../model.js';
import { CASE_ENDINGS, CUE_STEMS, PROFILES, caseEndingsOfScript, cueStemsOfScript, type Stem } from './languages/index.js';

/** Cue stems (folded) with the longest inflectional ending allowed after them: the profiles' stems. */
const STEMS: readonly Stem[] = CUE_STEMS;

/** Stems by script: a Cyrillic word is read with the Cyrillic profiles' stems only, a Latin word with the others'. */
const CYRILLIC_STEMS: readonly Stem[] = cueStemsOfScript('cyrillic');
const LATIN_STEMS: readonly Stem[] = cueStemsOfScript('latin');

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

/** The profiles' case endings, longest first (folded). */
const ENDINGS = CASE_ENDINGS;

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

const CYRILLIC_ENDINGS = caseEndingsOfScript('cyrillic');

/**
 * The nominatives a folded Cyrillic name word may stand for, the word itself first: each case
 * ending of the Cyrillic profiles off a consonant-final stem, giving the stem (a man's name:
 * "magomaeva" → magomaev) and the stem with -a (a name that declines like a feminine noun:
 * "rzy" → rza). Names are short, so the stem needs only two letters.
 */
export function cyrillicNameBases(key: string): string[] {
  const out = [key];
  for (const e of CYRILLIC_ENDINGS) {
    const stem = key.slice(0, -e.length);
    if (key.endsWith(e) && stem.length >= 2 && /[^aeiouy]$/.test(stem)) out.push(stem, `${stem}a`);
  }
  return [...new Set(out)];
}

/**
 * Words that say what a quoted title names, by stem, from every profile: "фильм «X»",
 * "выставки «X»" (Russian: the cue comes first), '"X" tamaşasının', '"X" festivalı'
 * (Azerbaijani: the cue comes after).
 */
const QUOTE_STEMS: readonly Stem[] = PROFILES.flatMap((p) => p.quoteCueStems ?? []);

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
