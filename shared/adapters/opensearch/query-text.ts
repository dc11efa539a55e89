/** One thing the user asked for: a word, a prefix, or a quoted phrase, as raw tokens. */
export interface TextTerm {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

/** Letters, digits and marks: token characters, as the standard tokenizer sees them. */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Fields searched, with the title weighted above body, summary and entity names. */
export const SEARCH_FIELDS = ['title^3', 'summary^1.5', 'text', 'entityNames^1.5', 'authors'] as const;

/**
 * Reads a user query leniently, like the SQLite index does: "quoted phrases", words, and a
 * trailing * for prefixes; every other character only separates words. Tokens stay unfolded:
 * the index's folding analyzer folds them, so query and documents fold the same way.
 */
export function parseUserText(text: string): TextTerm[] {
  const terms: TextTerm[] = [];
  const pattern = /"([^"]*)"?(\*?)|([^\s"]+)/g;
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1];
    const source = phrase ?? match[3] ?? '';
    const tokens = source.match(TOKEN) ?? [];
    if (tokens.length === 0) continue;
    // "festi*" is a prefix; "a-b" is the phrase "a b", as the tokenizer would split it.
    const prefix = phrase !== undefined ? match[2] === '*' : source.endsWith('*');
    terms.push({ tokens, prefix });
  }
  return terms;
}

/**
 * One required clause per term, each across all search fields, so every word must occur
 * somewhere (words may sit in different fields). Built from tokens only, so no user string can
 * reach OpenSearch as query syntax.
 */
export function textClauses(terms: readonly TextTerm[]): Record<string, unknown>[] {
  const fields = [...SEARCH_FIELDS];
  return terms.map(({ tokens, prefix }) => {
    const query = tokens.join(' ');
    if (!prefix) {
      return tokens.length === 1
        ? { multi_match: { query, fields, type: 'best_fields', operator: 'and', tie_breaker: 0.3 } }
        : { multi_match: { query, fields, type: 'phrase' } };
    }
    // bool_prefix expands the prefix without a cap; phrase_prefix needs one for its last word.
    return tokens.length === 1
      ? { multi_match: { query, fields, type: 'bool_prefix', operator: 'and' } }
      : { multi_match: { query, fields, type: 'phrase_prefix', max_expansions: 200 } };
  });
}
