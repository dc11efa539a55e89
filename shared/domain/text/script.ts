/**
 * The one test for Cyrillic text, shared by the rule engine (languages/index.ts `scriptOf`) and
 * the English-name code, which the api bundles without the language profiles.
 */
const CYRILLIC = /[\u0400-\u04ff]/;

/** Does the text hold any Cyrillic letter? */
export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}
