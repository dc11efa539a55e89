import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors.js';
import { parseSearchQuery, QuerySyntaxError, type QueryNode } from '../../../shared/domain/search/index.js';

/** The tree in a compact, readable form: terms as written, operators as S-expressions. */
function show(node: QueryNode | null): string {
  if (node === null) return '∅';
  switch (node.kind) {
    case 'term': {
      const value = node.phrase ? `"${node.text}"` : node.text;
      return `${node.field ? `${node.field}:` : ''}${value}${node.prefix ? '*' : ''}`;
    }
    case 'near':
      return `(NEAR/${node.distance} ${show(node.left)} ${show(node.right)})`;
    case 'not':
      return `(NOT ${show(node.item)})`;
    case 'and':
    case 'or':
      return `(${node.kind.toUpperCase()} ${node.items.map(show).join(' ')})`;
  }
}

const tree = (text: string) => show(parseSearchQuery(text));

function syntaxError(text: string): QuerySyntaxError {
  try {
    parseSearchQuery(text);
  } catch (error) {
    expect(error).toBeInstanceOf(QuerySyntaxError);
    return error as QuerySyntaxError;
  }
  throw new Error(`expected a QuerySyntaxError for ${JSON.stringify(text)}`);
}

describe('query language: what parses, and into what', () => {
  it('reads an empty query as "everything"', () => {
    expect(tree('')).toBe('∅');
    expect(tree('   ')).toBe('∅');
  });

  it('ANDs words separated by spaces or AND, and reads OR, NOT and -', () => {
    expect(tree('film festival')).toBe('(AND film festival)');
    expect(tree('film AND festival')).toBe('(AND film festival)');
    expect(tree('dubbing OR museum OR opera')).toBe('(OR dubbing museum opera)');
    expect(tree('film -dubbing')).toBe('(AND film (NOT dubbing))');
    expect(tree('dubbing NOT film')).toBe('(AND dubbing (NOT film))');
    expect(tree('NOT film')).toBe('(NOT film)');
    expect(tree('+jazz +festival')).toBe('(AND jazz festival)');
  });

  it('keeps lower-case and/or/not and hyphenated words as words', () => {
    expect(tree('rock and roll')).toBe('(AND rock and roll)');
    expect(tree('co-production')).toBe('co-production');
  });

  it('reads phrases, prefixes, groups and fields', () => {
    expect(tree('"film festival" fest*')).toBe('(AND "film festival" fest*)');
    expect(tree('"film fest"*')).toBe('"film fest"*');
    expect(tree('(jazz OR theatre) (festival OR premiere)')).toBe('(AND (OR jazz theatre) (OR festival premiere))');
    expect(tree('title:(dubbing OR jury) lang:az')).toBe('(AND (OR title:dubbing title:jury) lang:az)');
    expect(tree('entity:"Leyla Rəhimova" -outlet:apa')).toBe('(AND entity:"Leyla Rəhimova" (NOT outlet:apa))');
    expect(tree('Title:film')).toBe('title:film');
    expect(tree('type:Person')).toBe('type:Person');
  });

  it('reads NEAR/n, bare NEAR and "…"~n as pairs of terms', () => {
    expect(tree('festival NEAR/2 film')).toBe('(NEAR/2 festival film)');
    expect(tree('festival NEAR film')).toBe('(NEAR/10 festival film)');
    expect(tree('a NEAR/1 b NEAR/3 c')).toBe('(AND (NEAR/1 a b) (NEAR/3 b c))');
    expect(tree('"film festival"~2')).toBe('(NEAR/2 film festival)');
    expect(tree('"a b c"~4')).toBe('(AND (NEAR/4 a b) (NEAR/4 a c) (NEAR/4 b c))');
    expect(tree('title:(a NEAR/2 b)')).toBe('(NEAR/2 title:a title:b)');
  });

  it('keeps source positions on every node', () => {
    const node = parseSearchQuery('jazz OR "film festival"');
    expect(node).toMatchObject({ kind: 'or', span: { start: 0, end: 23 }, items: [{ span: { start: 0, end: 4 } }, { span: { start: 8, end: 23 } }] });
  });

  it('treats a colon after something other than a field name as part of a word', () => {
    expect(tree('12:30')).toBe('12:30');
  });
});

describe('query language: invalid queries are errors with a position and a hint', () => {
  const cases: readonly [string, number, RegExp][] = [
    ['"film festival', 0, /Unclosed quote/],
    ['jazz (festival OR film', 5, /Unclosed \(/],
    ['jazz)', 4, /Unmatched \)/],
    ['()', 0, /Empty parentheses/],
    ['jazz OR', 7, /OR needs a term after it/],
    ['OR jazz', 0, /OR needs a term before it/],
    ['jazz AND', 8, /AND needs a term after it/],
    ['film festival OR museum', 14, /mixed without parentheses/],
    ['film OR festival museum', 5, /mixed without parentheses/],
    ['NOT', 3, /NOT needs a term/],
    ['- film', 0, /no letters or digits/],
    ['author:smith', 0, /Unknown field author:/],
    ['title: film', 6, /needs a value right after the colon/],
    ['title:-film', 6, /exclude, put the - before the field/],
    ['title:(lang:az)', 7, /fields cannot be nested/],
    ['type:persn', 5, /Unknown type/],
    ['fest*ival', 4, /can only end a word/],
    ['*', 0, /no letters or digits/],
    ['film~', 4, /fuzzy/],
    ['film^2', 4, /boosting/],
    ['[a TO b]', 0, /ranges/],
    ['a \\b', 2, /backslash/],
    ['jazz && blues', 5, /write AND in capitals/],
    ['a NEAR/x b', 2, /NEAR\/ must be followed by a number/],
    ['a NEAR/99 b', 2, /too large/],
    ['"a b"~', 5, /number must follow ~/],
    ['"solo"~3', 0, /at least two words/],
    ['(a OR b) NEAR/2 c', 1, /NEAR joins words or phrases/],
    ['title:a NEAR/2 b', 8, /same field/],
    ['lang:az NEAR/2 b', 0, /NEAR does not apply to lang:/],
    ['""', 0, /Empty phrase/],
    ['"a b"c', 5, /after a phrase/],
    ['&', 0, /no letters or digits/],
  ];

  it.each(cases)('%j → error at %i', (text, position, message) => {
    const error = syntaxError(text);
    expect(`${error.message} — ${error.hint}`).toMatch(message);
    expect(error.position).toBe(position);
    expect(error.hint.length).toBeGreaterThan(10);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]).toMatchObject({ path: 'q' });
  });

  it('limits nesting instead of overflowing the stack', () => {
    expect(syntaxError(`${'('.repeat(40)}a${')'.repeat(40)}`).message).toMatch(/Too deeply nested/);
  });
});
