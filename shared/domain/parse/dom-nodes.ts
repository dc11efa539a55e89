/**
 * The lean tree's nodes: only what the parser reads (no sibling links or source positions),
 * comments and declarations not kept, and only the attributes some rule reads stored. Also the
 * tokenizer that feeds the tree builder (spec-tree.ts).
 */
import { Tokenizer } from 'htmlparser2';

/**
 * The attributes kept on any element: class/id names, hidden state, microdata, byline markers.
 * Elements that carry none of the per-tag metadata below (all but <meta>, <link>, <a>, <time>
 * and <html>) get only these: the others read as undefined, as they do on an Attributes. Most
 * elements with attributes are such, and the tree's size is what each garbage collection during
 * a parse copies.
 */
export class CommonAttributes {
  class: string | undefined = undefined;
  id: string | undefined = undefined;
  style: string | undefined = undefined;
  hidden: string | undefined = undefined;
  'aria-hidden': string | undefined = undefined;
  itemprop: string | undefined = undefined;
}

/**
 * The attributes some rule reads (boilerplate.ts, body.ts, metadata.ts); the others are dropped
 * as they are parsed. Two classes with the same leading fields, so reads of an element's
 * attributes see at most two shapes, and elements without any share one empty instance. Absent
 * attributes are undefined; one without a value is "".
 */
export class Attributes extends CommonAttributes {
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

/** A new, empty attribute record for an element with this tag. */
export function newAttributes(tag: string): Attributes {
  return METADATA_TAGS.has(tag) ? new Attributes() : (new CommonAttributes() as Attributes);
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

// The Attributes fields: kept on any element (class/id names, hidden state, microdata, byline
// markers), and per tag (metadata that only these elements carry).
const KEPT_EVERYWHERE = new Set(['class', 'id', 'style', 'hidden', 'aria-hidden', 'itemprop']);
const KEPT_ON_META = new Set(['property', 'name', 'http-equiv', 'content']);
const KEPT_ON_LINK = new Set(['rel', 'href']);
const KEPT_ON_A = new Set(['rel']);
const KEPT_ON_TIME = new Set(['datetime']);
const KEPT_ON_HTML = new Set(['lang', 'xml:lang']);
/** The tags with more kept attributes than KEPT_EVERYWHERE (see keepsAttribute). */
const METADATA_TAGS = new Set(['meta', 'a', 'link', 'time', 'html']);

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
export class FastTokenizer extends Tokenizer {}
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

