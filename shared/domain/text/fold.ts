/**
 * Name folding: one ASCII key for every spelling of a name, so "Rəhimova", "Rahimova" and
 * "Рагимова"-style transliterations can be compared, and so English text that carries Cyrillic
 * look-alike letters ("Committee оn Infrastructure") matches its clean form.
 *
 * foldName follows the normalisation rule of the entity gold sets (strip diacritics, map the
 * undecomposable Azerbaijani letters, transliterate Cyrillic, lower-case, punctuation to space,
 * collapse spaces, drop a leading "the").
 */

/** Cyrillic (Russian, plus Azerbaijani/Ukrainian extras) to Latin, lower case keys. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ә: 'e', ғ: 'gh', ҹ: 'j', һ: 'h', ө: 'o', ү: 'u',
  ҝ: 'g', ј: 'j', ѕ: 's', ԁ: 'd', қ: 'q', ң: 'n', ұ: 'u',
};

/** Latin letters that NFKD does not decompose into base + mark. */
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ə: 'e', Ə: 'e', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l',
  Ł: 'l', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ħ: 'h',
};

const ASCII = /^[\x00-\x7f]*$/;

/** Transliterate every character to Latin (case kept for Latin input, lower for Cyrillic). */
export function transliterate(s: string): string {
  // Plain ASCII (most English names) needs no work.
  if (ASCII.test(s)) return s;
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const special = LATIN_SPECIALS[ch];
    if (special !== undefined) {
      out += special;
      continue;
    }
    const lower = ch.toLowerCase();
    const cyr = CYRILLIC_TO_LATIN[lower];
    if (cyr !== undefined) {
      out += lower === ch ? cyr : cyr.charAt(0).toUpperCase() + cyr.slice(1);
      continue;
    }
    out += ch;
  }
  return out.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Folding is called for every token and name many times per document; a bounded memo keeps it
 * cheap. Pure function, so the cache never changes a result.
 */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/** ASCII, lower case, punctuation to spaces, spaces collapsed (a leading "the" is kept). */
export function foldText(s: string): string {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const folded = transliterate(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(s, folded);
  return folded;
}

/** The comparison key of a name: foldText, then a leading "the" dropped. */
export function foldName(s: string): string {
  const spaced = foldText(s);
  return spaced.startsWith('the ') ? spaced.slice(4) : spaced === 'the' ? '' : spaced;
}

/** Cyrillic letters that look exactly like Latin ones. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd',
  һ: 'h', ӏ: 'l', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C',
  Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Replace Cyrillic look-alikes inside otherwise-Latin words ("оn" → "on"). A word that is
 * wholly Cyrillic stays as it is (Russian text), unless it is a one- or two-letter word of
 * look-alikes standing between Latin words, which is how the typo shows up ("іn Baku").
 */
export function foldHomoglyphs(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  return text.replace(/[\p{L}]+/gu, (word, offset: number) => {
    if (!CYRILLIC.test(word)) return word;
    const allLookAlike = [...word].every((c) => !CYRILLIC.test(c) || HOMOGLYPHS[c] !== undefined);
    if (!allLookAlike) return word;
    const mixed = LATIN.test(word);
    if (!mixed && !(word.length <= 2 && latinNeighbours(text, offset, word.length))) return word;
    return [...word].map((c) => HOMOGLYPHS[c] ?? c).join('');
  });
}

/** True when the nearest words on both sides (or the one side that exists) are Latin. */
function latinNeighbours(text: string, offset: number, length: number): boolean {
  const before = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1];
  const after = /^[^\p{L}]*([\p{L}]+)/u.exec(text.slice(offset + length, offset + length + 40))?.[1];
  const isLatin = (w: string | undefined): boolean => w === undefined || (LATIN.test(w) && !CYRILLIC.test(w));
  if (before === undefined && after === undefined) return false;
  return isLatin(before) && isLatin(after);
}
