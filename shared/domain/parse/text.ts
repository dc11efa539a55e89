/** Text helpers shared by the parser: whitespace normalisation and small string utilities. */

// \s in JS covers NBSP, the Unicode spaces and line separators; zero-width characters are not
// whitespace but should vanish from extracted text, so they are stripped separately.
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
// A run of whitespace other than one plain space: the runs normalisation changes. A lone " "
// (most of them, between words) stays as it is, so the replace copies long stretches at once.
const SPACES_TO_COLLAPSE = /\s\s+|[^\S ]/g;

const HAS_ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/;
// Nothing but spaces and zero-width characters: most text between blocks is such indentation.
const BLANK = /^[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]*$/;

export function normaliseSpace(text: string): string {
  if (BLANK.test(text)) return '';
  const visible = HAS_ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH, '') : text;
  return visible.replace(SPACES_TO_COLLAPSE, ' ').trim();
}

/** Letters and digits only, lower-cased: used to compare texts from different sources (DOM vs JSON-LD). */
export function comparable(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export function firstNonEmpty(...values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const clean = normaliseSpace(value);
    if (clean) return clean;
  }
  return null;
}
