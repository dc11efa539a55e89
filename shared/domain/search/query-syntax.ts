/**
 * The query language analysts write, parsed once into a small syntax tree that every search
 * engine renders (SQLite FTS5, OpenSearch): the grammar lives here and nowhere else.
 *
 *   query    := or
 *   or       := and ("OR" and)*            mixing AND (or a space) with OR needs parentheses
 *   and      := unary (["AND"] unary)*     a space is AND
 *   unary    := ("NOT" | "-" | "+") unary | near
 *   near     := primary (("NEAR" | "NEAR/n") primary)*
 *   primary  := "(" or ")" | field ":" (word | phrase | "(" or ")") | phrase ["~" n | "*"] | word["*"]
 *
 * Anything else is a QuerySyntaxError with the position and a hint: a query is never silently
 * read as something other than what was written.
 */
import { QuerySyntaxError } from './query-error.js';
import { isQueryFieldName, QUERY_FIELDS, type QueryFieldName } from './query-fields.js';
import { wordsOf } from './text-keys.js';

export interface Span {
  /** Offset of the first character (0-based) and one past the last. */
  readonly start: number;
  readonly end: number;
}

export interface TermNode {
  readonly kind: 'term';
  readonly field: QueryFieldName | null;
  /** The word or phrase as written, without quotes or a trailing *. */
  readonly text: string;
  readonly phrase: boolean;
  readonly prefix: boolean;
  readonly span: Span;
}

/** Two terms within `distance` words of each other, in either order, in the same field. */
export interface NearNode {
  readonly kind: 'near';
  readonly left: TermNode;
  readonly right: TermNode;
  readonly distance: number;
  readonly span: Span;
}

export interface AndNode {
  readonly kind: 'and';
  readonly items: readonly QueryNode[];
  readonly span: Span;
}
export interface OrNode {
  readonly kind: 'or';
  readonly items: readonly QueryNode[];
  readonly span: Span;
}
export interface NotNode {
  readonly kind: 'not';
  readonly item: QueryNode;
  readonly span: Span;
}

export type QueryNode = TermNode | NearNode | AndNode | OrNode | NotNode;

export const DEFAULT_NEAR_DISTANCE = 10;
/** Engines keep the spellings of a field this many positions apart: proximity must stay below. */
export const MAX_NEAR_DISTANCE = 50;
export const MAX_DEPTH = 32;

type Token =
  | { readonly type: 'lparen' | 'rparen' | 'or' | 'and' | 'not' | 'minus' | 'plus'; readonly span: Span }
  | { readonly type: 'near'; readonly distance: number; readonly span: Span }
  | { readonly type: 'field'; readonly name: QueryFieldName; readonly span: Span }
  | { readonly type: 'word'; readonly text: string; readonly prefix: boolean; readonly span: Span }
  | { readonly type: 'phrase'; readonly text: string; readonly prefix: boolean; readonly slop: number | null; readonly span: Span };

const FIELD_LIST = Object.keys(QUERY_FIELDS).map((f) => `${f}:`).join(', ');
const WORD_END = /[\s()"]/u;
const UNSUPPORTED: readonly [RegExp, string, string][] = [
  [/~/u, 'fuzzy matching (word~) is not supported', 'for words near each other write "word1 word2"~5'],
  [/\^/u, 'boosting (word^2) is not supported', 'remove the ^ and the number after it'],
  [/[[\]{}]/u, 'ranges ([a TO b]) are not supported', 'filter dates with the from and to parameters; put text with brackets in quotes'],
  [/\\/u, 'backslash escapes are not supported', 'put the text in "quotes" instead'],
];
const SYMBOL_OPERATORS: Readonly<Record<string, string>> = { '&&': 'AND', '||': 'OR', '!': 'NOT' };

class Lexer {
  private position = 0;
  readonly tokens: Token[] = [];

  constructor(private readonly source: string) {}

  run(): Token[] {
    const s = this.source;
    while (this.position < s.length) {
      const ch = s[this.position]!;
      if (/\s/u.test(ch)) this.position += 1;
      else if (ch === '(' || ch === ')') this.single(ch === '(' ? 'lparen' : 'rparen');
      else if (ch === '"') this.phrase();
      else if ((ch === '-' || ch === '+') && this.startsTerm(this.position + 1)) this.single(ch === '-' ? 'minus' : 'plus');
      else this.word();
    }
    return this.tokens;
  }

  private startsTerm(at: number): boolean {
    const next = this.source[at];
    return next !== undefined && !/[\s)]/u.test(next);
  }

  private single(type: 'lparen' | 'rparen' | 'minus' | 'plus'): void {
    this.tokens.push({ type, span: { start: this.position, end: this.position + 1 } });
    this.position += 1;
  }

  private phrase(): void {
    const s = this.source;
    const start = this.position;
    const close = s.indexOf('"', start + 1);
    if (close < 0) throw new QuerySyntaxError('Unclosed quote', start, 'end the phrase with a second " (or remove this one)');
    const text = s.slice(start + 1, close);
    let end = close + 1;
    let prefix = false;
    let slop: number | null = null;
    if (s[end] === '*') {
      prefix = true;
      end += 1;
    } else if (s[end] === '~') {
      const digits = /^\d+/.exec(s.slice(end + 1))?.[0];
      if (digits === undefined) throw new QuerySyntaxError('A number must follow ~', end, 'write "word1 word2"~5 for words at most 5 words apart');
      slop = Number(digits);
      end += 1 + digits.length;
    }
    if (end < s.length && !/[\s)]/u.test(s[end]!)) {
      throw new QuerySyntaxError('Unexpected character after a phrase', end, 'put a space after the closing quote');
    }
    this.tokens.push({ type: 'phrase', text, prefix, slop, span: { start, end } });
    this.position = end;
  }

  private word(): void {
    const s = this.source;
    const start = this.position;
    let end = start;
    while (end < s.length && !WORD_END.test(s[end]!)) end += 1;
    const raw = s.slice(start, end);
    this.position = end;
    const span = { start, end };
    if (raw === 'OR' || raw === 'AND' || raw === 'NOT') {
      this.tokens.push({ type: raw === 'OR' ? 'or' : raw === 'AND' ? 'and' : 'not', span });
      return;
    }
    const near = /^NEAR(?:\/(.*))?$/u.exec(raw);
    if (near) {
      this.tokens.push({ type: 'near', distance: nearDistance(near[1], start), span });
      return;
    }
    const symbol = SYMBOL_OPERATORS[raw];
    if (symbol !== undefined) throw new QuerySyntaxError(`"${raw}" is not an operator here`, start, `write ${symbol} in capitals`);
    const field = /^(\p{L}+):/u.exec(raw);
    if (field) {
      this.field(field[1]!, start, raw.slice(field[0].length), end);
      return;
    }
    this.pushWord(raw, start, end);
  }

  private field(name: string, start: number, rest: string, end: number): void {
    const lower = name.toLowerCase();
    if (!isQueryFieldName(lower)) {
      throw new QuerySyntaxError(`Unknown field ${name}:`, start, `fields are ${FIELD_LIST}; to search for text with a colon, put it in "quotes"`);
    }
    const valueStart = start + name.length + 1;
    this.tokens.push({ type: 'field', name: lower, span: { start, end: valueStart } });
    if (rest === '') {
      const next = this.source[valueStart];
      if (next !== '(' && next !== '"') throw new QuerySyntaxError(`${lower}: needs a value right after the colon`, valueStart, `write ${lower}:word, ${lower}:"a phrase" or ${lower}:(a OR b), without a space`);
      return;
    }
    if (rest.startsWith('-')) throw new QuerySyntaxError('A - inside a field value', valueStart, `to exclude, put the - before the field: -${lower}:${rest.slice(1)}`);
    this.pushWord(rest, valueStart, end);
  }

  private pushWord(raw: string, start: number, end: number): void {
    for (const [pattern, message, hint] of UNSUPPORTED) {
      const at = raw.search(pattern);
      if (at >= 0) throw new QuerySyntaxError(message, start + at, hint);
    }
    const star = raw.indexOf('*');
    if (star >= 0 && star !== raw.length - 1) throw new QuerySyntaxError('A * can only end a word', start + star, 'write the beginning of a word followed by *, e.g. festiv*');
    const prefix = star >= 0;
    const text = prefix ? raw.slice(0, -1) : raw;
    if (wordsOf(text).length === 0) {
      throw new QuerySyntaxError(`"${raw}" has no letters or digits to search for`, start, 'remove it, or put it inside a "phrase" with words');
    }
    this.tokens.push({ type: 'word', text, prefix, span: { start, end } });
  }
}

function nearDistance(digits: string | undefined, start: number): number {
  if (digits === undefined) return DEFAULT_NEAR_DISTANCE;
  if (!/^\d+$/u.test(digits)) throw new QuerySyntaxError('NEAR/ must be followed by a number', start, 'write a NEAR/5 b for words at most 5 words apart');
  const distance = Number(digits);
  if (distance > MAX_NEAR_DISTANCE) throw new QuerySyntaxError(`NEAR distance ${distance} is too large`, start, `use at most ${MAX_NEAR_DISTANCE}, or AND for "anywhere in the article"`);
  return distance;
}

/** What a group returns: the node, and whether it is a bare (unparenthesised) AND. */
interface Parsed {
  readonly node: QueryNode;
  readonly bareAnd: boolean;
}

class Parser {
  private at = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  parse(): QueryNode | null {
    if (this.tokens.length === 0) return null;
    const { node } = this.or(null, 0);
    const rest = this.peek();
    if (rest !== undefined) {
      throw rest.type === 'rparen'
        ? new QuerySyntaxError('Unmatched )', rest.span.start, 'remove it, or add the ( it closes')
        : new QuerySyntaxError('Unexpected input', rest.span.start, 'check the operators and parentheses here');
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.at];
    this.at += 1;
    return token;
  }

  private endPosition(): number {
    return this.peek()?.span.start ?? this.length;
  }

  private or(field: QueryFieldName | null, depth: number): Parsed {
    if (depth > MAX_DEPTH) throw new QuerySyntaxError('Too deeply nested', this.endPosition(), `use at most ${MAX_DEPTH} levels of parentheses and operators`);
    const first = this.and(field, depth);
    const items = [first];
    while (this.peek()?.type === 'or') {
      const op = this.next()!;
      if (!this.startsOperand()) throw new QuerySyntaxError('OR needs a term after it', op.span.end, 'add a word or phrase after OR, or remove it');
      items.push(this.and(field, depth));
      const mixed = items.find((i) => i.bareAnd);
      if (mixed) {
        throw new QuerySyntaxError('AND (or a space) and OR are mixed without parentheses', op.span.start, 'group them: (a b) OR c, or a (b OR c)');
      }
    }
    if (items.length === 1) return first;
    return { node: { kind: 'or', items: items.map((i) => i.node), span: spanOf(items.map((i) => i.node)) }, bareAnd: false };
  }

  private startsOperand(): boolean {
    const type = this.peek()?.type;
    return type === 'word' || type === 'phrase' || type === 'lparen' || type === 'field' || type === 'not' || type === 'minus' || type === 'plus';
  }

  private and(field: QueryFieldName | null, depth: number): Parsed {
    const items: QueryNode[] = [this.unary(field, depth)];
    for (;;) {
      const token = this.peek();
      if (token?.type === 'and') {
        this.next();
        if (!this.startsOperand()) throw new QuerySyntaxError('AND needs a term after it', token.span.end, 'add a word or phrase after AND, or remove it');
      } else if (!this.startsOperand()) {
        break;
      }
      items.push(this.unary(field, depth));
    }
    if (items.length === 1) return { node: items[0]!, bareAnd: false };
    return { node: { kind: 'and', items, span: spanOf(items) }, bareAnd: true };
  }

  private unary(field: QueryFieldName | null, depth: number): QueryNode {
    const token = this.peek();
    if (token?.type === 'not' || token?.type === 'minus') {
      this.next();
      if (!this.startsOperand()) throw new QuerySyntaxError(`${token.type === 'not' ? 'NOT' : '-'} needs a term after it`, token.span.end, 'add the word or phrase to exclude');
      const item = this.unary(field, depth + 1);
      return { kind: 'not', item, span: { start: token.span.start, end: item.span.end } };
    }
    if (token?.type === 'plus') {
      this.next();
      return this.unary(field, depth + 1);
    }
    return this.near(field, depth);
  }

  private near(field: QueryFieldName | null, depth: number): QueryNode {
    const first = this.primary(field, depth);
    if (this.peek()?.type !== 'near') return first;
    const operands: TermNode[] = [this.nearOperand(first)];
    const pairs: NearNode[] = [];
    while (this.peek()?.type === 'near') {
      const op = this.next() as Extract<Token, { type: 'near' }>;
      if (this.peek() === undefined) throw new QuerySyntaxError('NEAR needs a term after it', op.span.end, 'write a NEAR/5 b');
      const right = this.nearOperand(this.primary(field, depth));
      const left = operands[operands.length - 1]!;
      if (left.field !== right.field) throw new QuerySyntaxError('Both sides of NEAR must search the same field', op.span.start, 'put the field around both: title:(a NEAR/5 b)');
      operands.push(right);
      pairs.push({ kind: 'near', left, right, distance: op.distance, span: { start: left.span.start, end: right.span.end } });
    }
    return pairs.length === 1 ? pairs[0]! : { kind: 'and', items: pairs, span: spanOf(pairs) };
  }

  private nearOperand(node: QueryNode): TermNode {
    if (node.kind !== 'term') throw new QuerySyntaxError('NEAR joins words or phrases, not groups', node.span.start, 'write a NEAR/5 b or "a b" NEAR/5 c; combine several with AND');
    if (node.field !== null && QUERY_FIELDS[node.field].kind === 'keyword') {
      throw new QuerySyntaxError(`NEAR does not apply to ${node.field}:`, node.span.start, 'NEAR works on text (words, title:, entity:)');
    }
    return node;
  }

  private primary(field: QueryFieldName | null, depth: number): QueryNode {
    const token = this.next();
    if (token === undefined) throw new QuerySyntaxError('The query ends where a term was expected', this.length, 'add a word or phrase');
    switch (token.type) {
      case 'lparen': {
        if (this.peek()?.type === 'rparen') throw new QuerySyntaxError('Empty parentheses', token.span.start, 'put words inside, or remove them');
        const { node } = this.or(field, depth + 1);
        const close = this.next();
        if (close?.type !== 'rparen') throw new QuerySyntaxError('Unclosed (', token.span.start, 'add the ) that ends this group');
        return node;
      }
      case 'field': {
        if (field !== null) throw new QuerySyntaxError(`${token.name}: inside ${field}:`, token.span.start, 'fields cannot be nested; close the first group before the second field');
        const value = this.peek();
        if (value?.type === 'lparen') return this.primary(token.name, depth + 1);
        this.next();
        if (value?.type === 'word' || value?.type === 'phrase') return this.term(value, token.name, token.span.start);
        throw new QuerySyntaxError(`${token.name}: needs a value`, token.span.end, `write ${token.name}:word or ${token.name}:"a phrase"`);
      }
      case 'word':
      case 'phrase':
        return this.term(token, field, token.span.start);
      case 'rparen':
        throw new QuerySyntaxError('Unmatched )', token.span.start, 'remove it, or add the ( it closes');
      case 'or':
      case 'and':
      case 'near':
        throw new QuerySyntaxError(`${token.type.toUpperCase()} needs a term before it`, token.span.start, 'put a word or phrase on both sides');
      default:
        throw new QuerySyntaxError('Unexpected operator', token.span.start, 'put a word or phrase after it');
    }
  }

  private term(token: Extract<Token, { type: 'word' | 'phrase' }>, field: QueryFieldName | null, start: number): QueryNode {
    const span = { start, end: token.span.end };
    if (token.type === 'phrase' && wordsOf(token.text).length === 0) {
      throw new QuerySyntaxError('Empty phrase', token.span.start, 'put words between the quotes');
    }
    if (field !== null) checkKeywordValue(field, token.text, token.span.start);
    const term: TermNode = { kind: 'term', field, text: token.text, phrase: token.type === 'phrase', prefix: token.prefix, span };
    if (token.type !== 'phrase' || token.slop === null) return term;
    return proximity(term, token.slop, token.span.start);
  }
}

function checkKeywordValue(field: QueryFieldName, value: string, position: number): void {
  const spec = QUERY_FIELDS[field];
  if (spec.kind !== 'keyword' || !('allowed' in spec)) return;
  const allowed: readonly string[] = spec.allowed;
  if (!allowed.includes(value.trim().toLowerCase())) {
    throw new QuerySyntaxError(`Unknown ${field} "${value}"`, position, `${field}: is one of ${allowed.join(', ')}`);
  }
}

/** "a b c"~n: every pair of its words within n words of each other. */
function proximity(term: TermNode, slop: number, position: number): QueryNode {
  if (term.field !== null && QUERY_FIELDS[term.field].kind === 'keyword') {
    throw new QuerySyntaxError(`~ does not apply to ${term.field}:`, position, 'proximity works on text (words, title:, entity:)');
  }
  if (slop > MAX_NEAR_DISTANCE) throw new QuerySyntaxError(`Proximity ${slop} is too large`, position, `use at most ${MAX_NEAR_DISTANCE}`);
  const words = wordsOf(term.text);
  if (words.length < 2) throw new QuerySyntaxError('Proximity needs at least two words', position, 'write "word1 word2"~5');
  const single = (text: string): TermNode => ({ kind: 'term', field: term.field, text, phrase: false, prefix: false, span: term.span });
  const pairs: NearNode[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let j = i + 1; j < words.length; j += 1) {
      pairs.push({ kind: 'near', left: single(words[i]!), right: single(words[j]!), distance: slop, span: term.span });
    }
  }
  return pairs.length === 1 ? pairs[0]! : { kind: 'and', items: pairs, span: term.span };
}

function spanOf(nodes: readonly QueryNode[]): Span {
  return { start: nodes[0]!.span.start, end: nodes[nodes.length - 1]!.span.end };
}

/** Parses a query; null for an empty (or all-space) query, which matches every article. */
export function parseSearchQuery(text: string): QueryNode | null {
  const tokens = new Lexer(text).run();
  return new Parser(tokens, text.length).parse();
}
