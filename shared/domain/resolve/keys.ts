/**
 * Resolution keys: one string per real-world entity, whatever spelling an article uses.
 *
 * Persons: a phonetic skeleton of the transliterated name that absorbs the usual ways one
 * Azerbaijani name is written in Azerbaijani Latin, English and Russian-style Latin:
 *   Rəhimova / Rahimova / Ragimova   (ə→e→a, Russian г for h)
 *   Hacıbəyov / Hajibeyov / Gadzhibekov   (c/j/dzh, bey/bek, h/g)
 *   Xədicə / Khadija   (x/kh, c/j)   Quliyev / Guliyev / Kuliev   (q/g/k, y dropped)
 *   Ilham / Ильхам (Ilkham)   (h/kh)
 *   Məmmədov / Mammadov / Mamedov   (double letters)
 * Organisations and the rest: folded content words, order-free, with the home country dropped
 * ("Azerbaijan Culture Ministry" ≡ "Ministry of Culture" ≡ "Ministry of Culture of Azerbaijan").
 */
import { azerbaijaniToEnglish } from '../text/azerbaijani.js';
import { foldName, transliterate } from '../text/fold.js';

/** Letters only Azerbaijani Latin uses: the name's c and x are then j and kh. */
const AZ_MARKERS = /[əƏıİşŞçÇğĞöÖüÜqQxX]/;

/** Azerbaijani Latin to English-style spelling (before ASCII folding loses ç/c and x/kh). */
function azerbaijaniLatinToEnglish(s: string): string {
  return AZ_MARKERS.test(s) ? azerbaijaniToEnglish(s) : s;
}

/** The sound skeleton of one folded word. */
function skeletonWord(w: string): string {
  return w
    // bəy / bey / bek / beg: one Turkic title morpheme in surnames (Hacıbəyov, Gadzhibekov).
    .replace(/b[ae][ykg](?=ov|ova|ev|eva|li|ly|zade|$)/g, 'bek')
    .replace(/dzh|dj|zh/g, 'j')
    // Russian-style ю/я/ё/е after a consonant for ü/a/o/e: Гюнай → Gyunay ≈ Günay.
    .replace(/y([uaoe])/g, '$1')
    .replace(/kh/g, 'x')
    .replace(/gh/g, 'g')
    .replace(/ch/g, 'c')
    .replace(/sh|sch/g, 's')
    .replace(/ts/g, 's')
    // h, x/kh, q, k and g trade places between Azerbaijani, English and Russian spellings
    // (Ilham/Ильхам, Rəhimova/Рагимова, Quliyev/Кулиев).
    .replace(/[qhkx]/g, 'g')
    .replace(/y/g, 'i')
    .replace(/e/g, 'a')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** Skeleton of a person's name: each word skeletonised, order kept. */
export function personKey(name: string): string {
  return foldName(transliterate(azerbaijaniLatinToEnglish(name)))
    .split(' ')
    .filter((w) => w !== '')
    .map(skeletonWord)
    .join(' ');
}

/** Nationality adjectives and country names that mean the home country when it is named. */
const HOME_COUNTRY_WORDS = new Set(['azerbaijan', 'azerbaijani', 'azerbaycan', 'azerbaycanin', 'azerbaydzhan', 'azerbaijans']);
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 's', 'named', 'after', 'republic', 'respublikasinin', 'respublikasi']);
const CANONICAL_WORD: Readonly<Record<string, string>> = {
  theatre: 'theater', centre: 'center', organisation: 'organization', programme: 'program', honoured: 'honored',
  minister: 'ministry', ministers: 'ministry',
};

/** Order-free content words: "Ministry of Culture of the Republic of Azerbaijan" → "culture ministry". */
export function bagKey(name: string): string {
  const words = foldName(name)
    .split(' ')
    .filter((w) => w !== '' && !FUNCTION_WORDS.has(w) && !HOME_COUNTRY_WORDS.has(w))
    .map((w) => CANONICAL_WORD[w] ?? w);
  return [...new Set(words)].sort().join(' ');
}

/** Event editions share a key: "IV Baku International Theater Conference", "Baku Jazz Festival 2025". */
export function eventKey(name: string): string {
  const stripped = name
    .replace(/^\s*(?:[IVXLC]+|\d+(?:st|nd|rd|th)?)\s+/u, '')
    .replace(/\s+(?:19|20)\d\d\s*$/u, '');
  return bagKey(stripped);
}

/** Capital letters only, 2–10 of them (digits allowed after the first): an acronym. */
export function isAcronym(name: string): boolean {
  const t = name.trim();
  return /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u.test(t) && !/^[IVXLC]+$/.test(t);
}

/** First letters of the content words: "International Organization of Turkic Culture" → "iotc". */
export function initials(name: string): string {
  return foldName(name)
    .split(' ')
    .filter((w) => w !== '' && !['of', 'the', 'and', 'for', 'on', 's'].includes(w))
    .map((w) => w.charAt(0))
    .join('');
}
