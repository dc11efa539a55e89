/** Text helpers shared by the parser: whitespace normalisation and small string utilities. */

// \s in JS covers NBSP, the Unicode spaces and line separators; zero-width characters are not
// whitespace but should vanish from extracted text, so they are stripped separately.
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /\s+/g;

const HAS_ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/;

export function normaliseSpace(text: string): string {
  const visible = HAS_ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH, '') : text;
  return visible.replace(SPACES, ' ').trim();
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
