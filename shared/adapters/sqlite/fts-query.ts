/** One thing the user asked for: a word, a prefix, or a quoted phrase, as folded tokens. */
export interface QueryTerm {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

/** Letters and digits: what the unicode61 tokenizer keeps as token characters. */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Letters that Unicode decomposition does not reduce to a base letter. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  // English transliterations write Azerbaijani ə as "a": Rəhimova → Rahimova.
  ə: 'a', ı: 'i', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * Folds text the same way for indexing and for queries: lower case, diacritics stripped, and the
 * letters remove_diacritics leaves alone (ə, ı …) mapped. Other scripts (Cyrillic …) are kept,
 * so the unicode61 tokenizer indexes them as they are.
 */
export function foldForIndex(text: string): string {
  return text
    .toLowerCase()
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

export function foldedTokens(text: string): string[] {
  return foldForIndex(text).match(TOKEN) ?? [];
}

/**
 * Reads a user query leniently: "quoted phrases", words, and a trailing * for prefixes. Every
 * other character only separates words, so no user string can reach FTS5 as syntax.
 */
export function parseUserQuery(text: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const pattern = /"([^"]*)"?(\*?)|([^\s"]+)/g;
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const tokens = foldedTokens(phrase);
      if (tokens.length > 0) terms.push({ tokens, prefix: match[2] === '*' });
      continue;
    }
    const word = match[3] ?? '';
    const tokens = foldedTokens(word);
    if (tokens.length === 0) continue;
    // "festi*" is a prefix; "a-b" is the phrase "a b", as the tokenizer would split it.
    terms.push({ tokens, prefix: word.endsWith('*') });
  }
  return terms;
}

/** FTS5 MATCH expression: every term quoted, all terms required. Null when nothing to match. */
export function toFtsMatch(terms: readonly QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.tokens.join(' ')}"${term.prefix ? '*' : ''}`).join(' ');
}
