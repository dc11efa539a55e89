/**
 * Tree construction as browsers do it: htmlparser2's fast tokenizer (dom.ts's FastTokenizer, no
 * entity decoding) feeds its tokens to parse5's tree builder, which follows the HTML Living
 * Standard: implied <html>/<head>/<body> (content after the head without a <body> tag lands in
 * the body, not the head), elements that end the head, misnested formatting (the adoption
 * agency), tables (foster parenting), implied end tags, quirks mode from the doctype.
 *
 * parse5's own tokenizer costs three times htmlparser2's; its tree builder is cheap. The two
 * tokenizers agree on the HTML pages are written in (both follow the spec's states for tags,
 * attributes, comments, raw text); tests/unit/parse/spec-tree.test.ts holds the resulting text
 * per block to parse5's on every fixture, the development pages and random tag soup.
 *
 * The tree is the lean one of dom.ts: only the attributes some rule reads, no comments. Text
 * and attribute values stay undecoded, as on the rest of the parser's path (entities.ts).
 */
import { html as html5, Parser, Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import type { TokenizerCallbacks as Callbacks } from 'htmlparser2';
import { Attributes, FastTokenizer, keepsAttribute, newAttributes, type AnyNode, type Document, type Element, type Text } from './dom-nodes.js';
import { knownAttributeName, knownTagName } from './known-names.js';

type NS = html5.NS;
type DocumentMode = html5.DOCUMENT_MODE;

/** An element as built here: the lean Element plus what parse5 asks back about it. */
interface SpecElement extends Element {
  children: AnyNode[];
  parent: SpecParent | null;
  attribs: Attributes;
  readonly namespace: NS;
  content: SpecFragment | null;
}
interface SpecText extends Text {
  parent: SpecParent | null;
}
interface SpecDocument extends Document {
  children: AnyNode[];
  mode: DocumentMode;
}
interface SpecFragment {
  readonly type: 'root';
  children: AnyNode[];
  readonly parent: null;
}
/** Comments and doctypes: made because parse5 asks for them, never attached to the tree. */
interface Unstored {
  readonly type: 'comment' | 'doctype';
  readonly data: string;
  parent: null;
}
type SpecParent = SpecElement | SpecDocument | SpecFragment;
type SpecChild = SpecElement | SpecText | Unstored;

interface LeanTypes extends TreeAdapterTypeMap {
  node: SpecParent | SpecChild;
  parentNode: SpecParent;
  childNode: SpecChild;
  document: SpecDocument;
  documentFragment: SpecFragment;
  element: SpecElement;
  commentNode: Unstored;
  textNode: SpecText;
  template: SpecElement;
  documentType: Unstored;
}

/**
 * A tag token's attribute list: empty for parse5 (the rules it applies to attribute values —
 * hidden inputs in tables, foreign-content fonts — never decide where text goes), carrying the
 * kept attributes for the element made from it, and for its clones (reopened formatting).
 */
type AttributeList = Token.Attribute[] & { kept?: Attributes };

const NO_ATTRIBUTES = new Attributes();
const NO_ATTRIBUTE_LIST: AttributeList = [];

function isStored(node: SpecChild): node is SpecElement | SpecText {
  return node.type !== 'comment' && node.type !== 'doctype';
}

function elementType(name: string, namespace: NS): Element['type'] {
  if (namespace !== html5.NS.HTML) return 'tag';
  return name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
}

/**
 * Children lists start as this shared empty list and become a list of one on the first child: an
 * empty array literal grows to room for 16 on its first push, and most elements have no child or
 * one (a link's text, an image). The tree's size is what each garbage collection during the parse
 * copies, so it is a large share of the parser's time. Never written to: see addChild.
 */
const NO_CHILDREN: AnyNode[] = [];

/** Inserts `node` among the parent's children at `at` (at the end when -1). */
function addChild(parent: SpecParent, node: AnyNode, at: number): void {
  const children = parent.children;
  if (children === NO_CHILDREN) parent.children = [node];
  else if (at === -1) children.push(node);
  else children.splice(at, 0, node);
}

function newText(data: string, parent: SpecParent): SpecText {
  return { type: 'text', data, parent, trimmed: -1 };
}

function mergeAttributes(recipient: Attributes, donor: Attributes): Attributes {
  const merged = Object.assign(new Attributes(), recipient) as unknown as Record<string, string | undefined>;
  for (const [name, value] of Object.entries(donor)) if (merged[name] === undefined) merged[name] = value as string | undefined;
  return merged as unknown as Attributes;
}

const leanAdapter: TreeAdapter<LeanTypes> = {
  createDocument: () => ({ type: 'root', children: NO_CHILDREN, parent: null, mode: html5.DOCUMENT_MODE.NO_QUIRKS }),
  createDocumentFragment: () => ({ type: 'root', children: NO_CHILDREN, parent: null }),
  createElement: (tagName, namespace, attrs) => ({
    type: elementType(tagName, namespace),
    name: tagName,
    attribs: (attrs as AttributeList).kept ?? NO_ATTRIBUTES,
    children: NO_CHILDREN,
    parent: null,
    namespace,
    content: null,
  }),
  createCommentNode: (data) => ({ type: 'comment', data, parent: null }),
  createTextNode: (value) => ({ type: 'text', data: value, parent: null, trimmed: -1 }),

  appendChild(parent, node) {
    if (!isStored(node)) return;
    addChild(parent, node, -1);
    node.parent = parent;
  },
  insertBefore(parent, node, reference) {
    if (!isStored(node)) return;
    addChild(parent, node, parent.children.indexOf(reference as AnyNode));
    node.parent = parent;
  },
  setTemplateContent(template, content) {
    template.content = content;
  },
  getTemplateContent: (template) => (template.content ??= { type: 'root', children: NO_CHILDREN, parent: null }),
  setDocumentType() {},
  setDocumentMode(document, mode) {
    document.mode = mode;
  },
  getDocumentMode: (document) => document.mode,
  detachNode(node) {
    const parent = node.parent;
    if (!parent || !isStored(node)) return;
    const at = parent.children.indexOf(node);
    if (at !== -1) parent.children.splice(at, 1);
    node.parent = null;
  },
  insertText(parent, text) {
    const last = parent.children[parent.children.length - 1];
    if (last && last.type === 'text') last.data += text;
    else addChild(parent, newText(text, parent), -1);
  },
  insertTextBefore(parent, text, reference) {
    const at = parent.children.indexOf(reference as AnyNode);
    const previous = at > 0 ? parent.children[at - 1] : undefined;
    if (previous && previous.type === 'text') previous.data += text;
    else addChild(parent, newText(text, parent), at);
  },
  adoptAttributes(recipient, attrs) {
    // A second <html> or <body> tag: its attributes are added where the first lacks them.
    const donor = (attrs as AttributeList).kept;
    if (donor) recipient.attribs = mergeAttributes(recipient.attribs, donor);
  },

  getFirstChild: (node) => (node.children[0] as SpecChild | undefined) ?? null,
  getChildNodes: (node) => node.children as SpecChild[],
  getParentNode: (node) => node.parent,
  getAttrList: () => NO_ATTRIBUTE_LIST,
  getTagName: (element) => element.name,
  getNamespaceURI: (element) => element.namespace,
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: (node) => node.data,
  getDocumentTypeNodeName: () => '',
  getDocumentTypeNodePublicId: () => '',
  getDocumentTypeNodeSystemId: () => '',

  isTextNode: (node): node is SpecText => node.type === 'text',
  isCommentNode: (node): node is Unstored => node.type === 'comment',
  isDocumentTypeNode: (node): node is Unstored => node.type === 'doctype',
  isElementNode: (node): node is SpecElement => node.type === 'tag' || node.type === 'script' || node.type === 'style',

  setNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation() {},
};

// "<!DOCTYPE html PUBLIC "…" "…">": name, public and system identifiers decide quirks mode.
const DOCTYPE = /^doctype\s*([^\s>]*)(?:\s+public\s*(["'])([^"']*)\2?(?:\s*(["'])([^"']*)\4?)?|\s+system\s*(["'])([^"']*)\6?)?/i;

/** A doctype token from the declaration's text (after "<!"), as the spec's tokenizer reads it. */
export function doctypeToken(declaration: string): Token.DoctypeToken | null {
  const m = DOCTYPE.exec(declaration);
  if (!m) return null;
  return {
    type: Token.TokenType.DOCTYPE,
    name: m[1] ? m[1].toLowerCase() : null,
    forceQuirks: !m[1],
    publicId: m[3] ?? null,
    systemId: m[5] ?? m[7] ?? null,
    location: null,
  };
}

function hasUpperCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** The formatting elements, whose start tag tokens parse5 keeps in its list of active formatting elements. */
const KEPT_TOKEN_TAGS: ReadonlySet<html5.TAG_ID> = new Set(
  ['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u'].map((name) => html5.getTagID(name)),
);

function newTagToken(type: Token.TokenType.START_TAG | Token.TokenType.END_TAG): Token.TagToken {
  return { type, tagName: '', tagID: html5.TAG_ID.UNKNOWN, selfClosing: false, ackSelfClosing: false, attrs: NO_ATTRIBUTE_LIST, location: null };
}

// parse5's insertion modes (its enum is not exported) in which whitespace and other characters
// are both inserted as they come: IN_BODY, TEXT, IN_CAPTION, IN_CELL, IN_SELECT,
// IN_SELECT_IN_TABLE, IN_TEMPLATE. tests/unit/parse/spec-tree.test.ts checks the numbers.
export const TEXT_LIKE_MODES: ReadonlySet<number> = new Set([6, 7, 10, 14, 15, 16, 17]);

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

/**
 * Receives htmlparser2's tokenizer events and hands parse5's tree builder the tokens its own
 * tokenizer would have made: tags with lower-case names, text split into its leading whitespace
 * and the rest (the modes before <body> and in tables treat the two apart), the doctype.
 */
class TokenBridge implements Callbacks {
  private buffer = '';
  private tagName = '';
  private attribute = '';
  private value = '';
  private keepAttribute = false;
  private kept: Attributes | null = null;
  tokenizer: FastTokenizer | null = null;
  private readonly startToken = newTagToken(Token.TokenType.START_TAG);
  private readonly endToken = newTagToken(Token.TokenType.END_TAG);

  constructor(private readonly parser: Parser<LeanTypes>) {}

  start(input: string): void {
    this.buffer = input;
  }

  private slice(start: number, end: number): string {
    return this.buffer.slice(start, end);
  }

  /** A tag name, lower-cased as the spec's tokenizer does; a common one without a new string. */
  private tag(start: number, end: number): string {
    const known = knownTagName(this.buffer, start, end);
    if (known !== null) return known;
    const name = this.slice(start, end);
    return hasUpperCase(name) ? name.toLowerCase() : name;
  }

  ontext(start: number, end: number): void {
    const buffer = this.buffer;
    // "</>" is no tag and no text in the spec (htmlparser2 passes it on as text).
    if (buffer.charCodeAt(start) === 60 && buffer.charCodeAt(start + 1) === 47 && buffer.charCodeAt(start + 2) === 62) start += 3;
    let i = start;
    while (i < end && isSpaceCode(buffer.charCodeAt(i))) i++;
    if (i > start && i < end && this.takesSpaceAsText()) i = start;
    if (i > start) this.parser.onWhitespaceCharacter({ type: Token.TokenType.WHITESPACE_CHARACTER, chars: buffer.slice(start, i), location: null });
    if (i < end) this.parser.onCharacter({ type: Token.TokenType.CHARACTER, chars: buffer.slice(i, end), location: null });
  }

  /**
   * Whether leading whitespace would be inserted just as the text after it is (in the body, a
   * cell, a caption, a template, a select, raw text, foreign content), so the two can go as one
   * token: one string and one text node instead of two strings joined. Not when the whitespace
   * may lose a newline (after <pre>) or where the spec treats it apart (before <body>, in tables).
   */
  private takesSpaceAsText(): boolean {
    const parser = this.parser;
    return !parser.skipNextNewLine && (parser.tokenizer.inForeignNode || TEXT_LIKE_MODES.has(parser.insertionMode));
  }

  ontextentity(): void {}
  onattribentity(): void {}

  onopentagname(start: number, end: number): void {
    this.tagName = this.tag(start, end);
    this.kept = null;
  }

  onattribname(start: number, end: number): void {
    // Every kept attribute is a known name: an unknown one is skipped without reading it.
    const known = knownAttributeName(this.buffer, start, end);
    this.keepAttribute = known !== null && keepsAttribute(this.tagName, known);
    if (this.keepAttribute) this.attribute = known!;
    this.value = '';
  }

  onattribdata(start: number, end: number): void {
    if (this.keepAttribute) this.value += this.slice(start, end);
  }

  onattribend(): void {
    if (!this.keepAttribute) return;
    const fields = (this.kept ??= newAttributes(this.tagName)) as unknown as Record<string, string | undefined>;
    // As the spec: the first of repeated attributes wins.
    if (fields[this.attribute] === undefined) fields[this.attribute] = this.value;
  }

  onopentagend(): void {
    this.startTag(false);
  }

  onselfclosingtag(): void {
    this.startTag(true);
  }

  private startTag(selfClosing: boolean): void {
    let attrs = NO_ATTRIBUTE_LIST;
    if (this.kept) {
      attrs = [] as AttributeList;
      attrs.kept = this.kept;
      this.kept = null;
    }
    const tagName = this.tagName;
    const tagID = html5.getTagID(tagName);
    // parse5 keeps the token of a formatting element (to reopen it); every other token is done
    // with when onStartTag returns, so one object serves them all.
    const token = KEPT_TOKEN_TAGS.has(tagID) ? newTagToken(Token.TokenType.START_TAG) : this.startToken;
    token.tagName = tagName;
    token.tagID = tagID;
    token.selfClosing = selfClosing;
    token.ackSelfClosing = false;
    token.attrs = attrs;
    this.parser.onStartTag(token);
  }

  onclosetag(start: number, end: number): void {
    // parse5 keeps no end tag token past onEndTag.
    const token = this.endToken;
    token.tagName = this.tag(start, end);
    token.tagID = html5.getTagID(token.tagName);
    token.selfClosing = false;
    token.ackSelfClosing = false;
    this.parser.onEndTag(token);
  }

  ondeclaration(start: number, end: number): void {
    const token = doctypeToken(this.slice(start, end));
    if (token) this.parser.onDoctype(token);
  }

  onprocessinginstruction(): void {}
  oncomment(): void {}
  oncdata(): void {}

  onend(): void {
    this.parser.onEof({ type: Token.TokenType.EOF, location: null });
  }
}

/** The lean tree of a page, built by the HTML Living Standard's tree-construction rules. */
export function buildSpecTree(input: string): Document {
  const parser = new Parser<LeanTypes>({ treeAdapter: leanAdapter, scriptingEnabled: true });
  const bridge = new TokenBridge(parser);
  const tokenizer = new FastTokenizer({ xmlMode: false, decodeEntities: false }, bridge);
  bridge.start(input);
  tokenizer.write(input);
  tokenizer.end();
  return parser.document;
}
