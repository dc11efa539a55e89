/**
 * Loading HTML into a DOM, built as browsers build it (spec-tree.ts: htmlparser2's fast
 * tokenizer feeding parse5's standard tree construction), and small helpers over its nodes.
 * Walks are depth-capped so pathological nesting stays bounded.
 *
 * The tree is the parser's own lean one (dom-nodes.ts): building the DOM is most of the parser's
 * cost, and much of that is allocation and garbage collection.
 */
import type { AnyNode, Document, Element } from './dom-nodes.js';
import { buildSpecTree } from './spec-tree.js';

export { Attributes, keepsAttribute, type AnyNode, type Document, type Element, type Text } from './dom-nodes.js';

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

/**
 * The DOM of a page, built as browsers build it (spec-tree.ts). Entities are left encoded
 * (decoded later, only in the strings returned: see entities.ts): decoding them all is a large
 * share of a tokenizer's time.
 */
export function loadDocument(html: string): Document {
  const input = capNesting(html.length > MAX_INPUT_CHARS ? html.slice(0, MAX_INPUT_CHARS) : html);
  return buildSpecTree(input);
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
