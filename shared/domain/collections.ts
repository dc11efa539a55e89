/**
 * Display names of catalogue collections. The catalogue names collections by slug only
 * ("agencies", "az-language"); a language slug reads as the language's English name.
 */
const LANGUAGE_SLUG = /^([a-z]{2,3})-language$/;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function sentenceCase(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function collectionName(slug: string): string {
  const language = LANGUAGE_SLUG.exec(slug)?.[1];
  if (language) {
    const name = languageNames.of(language);
    if (name && name !== language) return `${name}-language`;
  }
  return sentenceCase(slug.replace(/-/g, ' '));
}
