/**
 * Loading HTML into a DOM (htmlparser2's tokenizer and tree rules, which are fast and forgiving)
 * and small helpers over its nodes. Walks are depth-capped so pathological nesting stays bounded.
 *
 * The tree is the parser's own lean one rather than domhandler's: building the DOM is most of
 * the parser's cost, and much of that is allocation and garbage collection. So nodes carry only
 * what the parser reads (no sibling links or source positions), comments and declarations are
 * not kept, and only the attributes some rule reads are stored. The tree shape (which element
 * holds which text) is exactly htmlparser2's.
 */
import { Parser, Tokenizer, type Handler } from 'htmlparser2';

/**
 * The attributes some rule reads (boilerplate.ts, body.ts, metadata.ts); the others are dropped
 * as they are parsed. One class, so every element's attributes have the same shape (reads of
 * them stay monomorphic), and elements without any share one empty instance. Absent attributes
 * are undefined; one without a value is "".
 */
export class Attributes {
  // On any element: class/id names, hidden state, microdata, byline markers.
  class: string | undefined = undefined;
  id: string | undefined = undefined;
  style: string | undefined = undefined;
  hidden: string | undefined = undefined;
  'aria-hidden': string | undefined = undefined;
  itemprop: string | undefined = undefined;
  // Metadata that only <meta>, <link>, <a>, <time> and <html> carry (see keepsAttribute).
  property: string | undefined = undefined;
  name: string | undefined = undefined;
  'http-equiv': string | undefined = undefined;
  content: string | undefined = undefined;
  rel: string | undefined = undefined;
  href: string | undefined = undefined;
  datetime: string | undefined = undefined;
  lang: string | undefined = undefined;
  'xml:lang': string | undefined = undefined;
}

/** Shared by all elements without a kept attribute (never written to). */
const NO_ATTRIBUTES: Readonly<Attributes> = new Attributes();

export interface Element {
  /** "script" and "style" elements are typed apart, as in domhandler, so walks skip them. */
  readonly type: 'tag' | 'script' | 'style';
  readonly name: string;
  readonly attribs: Readonly<Attributes>;
  readonly children: AnyNode[];
  readonly parent: Element | Document | null;
}

export interface Text {
  readonly type: 'text';
  data: string;
  readonly parent: Element | Document | null;
  /** Length without leading and trailing whitespace, once a scoring pass has measured it; else -1. */
  trimmed: number;
}

export interface Document {
  readonly type: 'root';
  readonly children: AnyNode[];
  readonly parent: null;
}

export type AnyNode = Element | Text | Document;

/** Longest input, in UTF-16 code units, that is parsed; the rest is cut off (bounded time per page). */
export const MAX_INPUT_CHARS = 3_000_000;
/** Deepest element level the parser walks; deeper subtrees are ignored. */
export const MAX_DEPTH = 400;
/**
 * Deepest nesting handed to the HTML parser. Its open-element stack costs O(depth) per tag, so
 * 100,000 nested tags take many seconds; input past the point where nesting exceeds this is cut.
 */
export const MAX_PARSE_NESTING = 2_000;
/** Pages with fewer tags than this cannot nest deeply enough to matter, and skip the check. */
const NESTING_CHECK_TAGS = 10_000;

// Tags that close themselves or are closed implicitly by a sibling: they never build depth.
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd',
]);
// "<div/>" opens a <div> in HTML, so a trailing slash does not count as closing.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g;

function tagCountAtLeast(html: string, limit: number): boolean {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    if (++count >= limit) return true;
  }
  return false;
}

/** The input cut where the (estimated) nesting first exceeds MAX_PARSE_NESTING; usually unchanged. */
export function capNesting(html: string): string {
  if (!tagCountAtLeast(html, NESTING_CHECK_TAGS)) return html;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (NON_NESTING.has(m[2]!.toLowerCase())) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > MAX_PARSE_NESTING) return html.slice(0, m.index);
  }
  return html;
}

// Upper-case tag names, or upper-case attribute names in <meta>/<link>/<html>: such (old) pages
// need the parser to lower-case names. Both tests start at a literal "<", so they scan fast.
const NEEDS_LOWERING = /<\/?[A-Z]|<(?:meta|link|html)\s[^>]*?\s[A-Z][A-Z-]+\s*=/;

// The Attributes fields: kept on any element (class/id names, hidden state, microdata, byline
// markers), and per tag (metadata that only these elements carry).
const KEPT_EVERYWHERE = new Set(['class', 'id', 'style', 'hidden', 'aria-hidden', 'itemprop']);
const KEPT_ON_META = new Set(['property', 'name', 'http-equiv', 'content']);
const KEPT_ON_LINK = new Set(['rel', 'href']);
const KEPT_ON_A = new Set(['rel']);
const KEPT_ON_TIME = new Set(['datetime']);
const KEPT_ON_HTML = new Set(['lang', 'xml:lang']);

/** Whether an attribute is stored; exported so a test can hold the lean tree to htmlparser2's. */
export function keepsAttribute(tag: string, name: string): boolean {
  if (KEPT_EVERYWHERE.has(name)) return true;
  // Most elements are none of the five: their names differ in length or first letter.
  switch (tag) {
    case 'meta':
      return KEPT_ON_META.has(name);
    case 'a':
      return KEPT_ON_A.has(name);
    case 'link':
      return KEPT_ON_LINK.has(name);
    case 'time':
      return KEPT_ON_TIME.has(name);
    case 'html':
      return KEPT_ON_HTML.has(name);
    default:
      return false;
  }
}

/** The tokenizer's scan position (private in htmlparser2's typings). */
interface TokenizerState {
  index: number;
  readonly buffer: string;
  readonly offset: number;
}

/**
 * htmlparser2's Tokenizer, skipping ahead to the next "<" (in text) or closing quote (in
 * attribute values) with the native String#indexOf instead of a loop over char codes: text and
 * attribute values are most of a page's characters. Same positions, same events.
 */
class FastTokenizer extends Tokenizer {}
(FastTokenizer.prototype as unknown as { fastForwardTo(this: TokenizerState, code: number): boolean }).fastForwardTo = function fastForwardTo(
  this: TokenizerState,
  code: number,
): boolean {
  const found = this.buffer.indexOf(String.fromCharCode(code), this.index + 1 - this.offset);
  if (found === -1) {
    // As the original: the parse loop increments the index past the buffer's end.
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  this.index = found + this.offset;
  return true;
};

/** The parser's state that attribute filtering reads (private in htmlparser2's typings). */
interface ParserState {
  readonly tagname: string;
  readonly attribname: string;
  attribvalue: string;
}

/**
 * htmlparser2's Parser that keeps only the read attributes, in an Attributes object: the others'
 * values are never sliced out of the input nor stored (href/src/srcset/data-* are most of a
 * modern page's attribute bytes). The tree builder takes them with each opening tag.
 */
class LeanParser extends Parser {
  /** Whether the attribute being read is one that is not kept. */
  private skipAttribute = false;
  private pending: Attributes | null = null;

  constructor(handler: Partial<Handler>, lowerCaseNames: boolean) {
    super(handler, {
      xmlMode: false,
      decodeEntities: false,
      lowerCaseTags: lowerCaseNames,
      lowerCaseAttributeNames: lowerCaseNames,
      recognizeSelfClosing: false,
      Tokenizer: FastTokenizer,
    });
  }

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex);
    const state = this as unknown as ParserState;
    this.skipAttribute = !keepsAttribute(state.tagname, state.attribname);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (!this.skipAttribute) super.onattribdata(start, endIndex);
  }

  override onattribentity(codePoint: number): void {
    if (!this.skipAttribute) super.onattribentity(codePoint);
  }

  override onopentagname(start: number, endIndex: number): void {
    this.pending = null;
    super.onopentagname(start, endIndex);
  }

  override onattribend(_quote: Parameters<Parser['onattribend']>[0], endIndex: number): void {
    this.endIndex = endIndex;
    if (this.skipAttribute) return;
    const state = this as unknown as ParserState;
    const fields = (this.pending ??= new Attributes()) as unknown as Record<string, string | undefined>;
    // As htmlparser2: the first of repeated attributes wins.
    if (fields[state.attribname] === undefined) fields[state.attribname] = state.attribvalue;
    state.attribvalue = '';
  }

  /** The kept attributes of the tag being opened (none for tags the parser opens implicitly). */
  takeAttributes(): Readonly<Attributes> {
    const attributes = this.pending ?? NO_ATTRIBUTES;
    this.pending = null;
    return attributes;
  }
}

/**
 * Builds the lean tree from the parser's events, with domhandler's rules: consecutive text
 * events merge into one text node unless a comment or declaration came between them.
 */
class TreeBuilder implements Partial<Handler> {
  readonly root: Document = { type: 'root', children: [], parent: null };
  private readonly open: (Element | Document)[] = [this.root];
  private lastText: Text | null = null;

  constructor(private readonly attributes: () => Readonly<Attributes>) {}

  onopentag(name: string): void {
    const parent = this.open[this.open.length - 1]!;
    const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
    const element: Element = { type, name, attribs: this.attributes(), children: [], parent };
    parent.children.push(element);
    this.open.push(element);
    this.lastText = null;
  }

  onclosetag(): void {
    this.lastText = null;
    if (this.open.length > 1) this.open.pop();
  }

  ontext(data: string): void {
    if (this.lastText) {
      this.lastText.data += data;
      return;
    }
    const parent = this.open[this.open.length - 1]!;
    const text: Text = { type: 'text', data, parent, trimmed: -1 };
    parent.children.push(text);
    this.lastText = text;
  }

  oncomment(): void {
    this.lastText = null;
  }

  onprocessinginstruction(): void {
    this.lastText = null;
  }
}

/** Whether names must be lower-cased while parsing (exported for the tree-equivalence test). */
export function needsLowering(input: string): boolean {
  // Pages written in upper case show it in their first tags; scanning all of a big page costs more.
  return NEEDS_LOWERING.test(input.length > 65_536 ? input.slice(0, 65_536) : input);
}

/**
 * The DOM of a page. Entities are left encoded (decoded later, only in the strings returned: see
 * entities.ts), and names are not lower-cased when the page has no upper-case names to lower:
 * both are a large share of the tokenizer's time.
 */
export function loadDocument(html: string): Document {
  const input = capNesting(html.length > MAX_INPUT_CHARS ? html.slice(0, MAX_INPUT_CHARS) : html);
  let parser: LeanParser | null = null;
  const builder = new TreeBuilder(() => parser!.takeAttributes());
  parser = new LeanParser(builder, needsLowering(input));
  parser.end(input);
  return builder.root;
}

/**
 * Every element in document order, up to MAX_DEPTH levels deep. Recursive like the scoring walk:
 * MAX_DEPTH bounds the stack, and it is faster than an explicit stack of every node.
 */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  collectElements(root, 0, out);
  return out;
}

function collectElements(node: AnyNode, depth: number, out: Element[]): void {
  if (node.type !== 'tag' && node.type !== 'root') return;
  if (node.type === 'tag') out.push(node);
  if (depth >= MAX_DEPTH) return;
  const children = node.children;
  for (let i = 0; i < children.length; i++) collectElements(children[i]!, depth + 1, out);
}

/** Concatenated text of a subtree (depth-capped), without script/style contents. */
export function textOf(node: AnyNode, depth = 0): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'script' || node.type === 'style' || depth >= MAX_DEPTH) return '';
  let out = '';
  for (const child of node.children) out += textOf(child, depth + 1);
  return out;
}
