/**
 * Loading HTML into a DOM (cheerio with htmlparser2, which is fast and forgiving) and small
 * helpers over domhandler nodes. Walks are depth-capped so pathological nesting stays bounded.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Document, Element } from 'domhandler';

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

/**
 * The DOM of a page, built by cheerio's htmlparser2 back end. Entities are left encoded (decoded
 * later, only in the strings returned: see entities.ts), and names are not lower-cased when the
 * page has no upper-case names to lower: both are a large share of the tokenizer's time.
 */
export function loadDocument(html: string): Document {
  const input = capNesting(html.length > MAX_INPUT_CHARS ? html.slice(0, MAX_INPUT_CHARS) : html);
  // Pages written in upper case show it in their first tags; scanning all of a big page costs more.
  const lower = NEEDS_LOWERING.test(input.length > 65_536 ? input.slice(0, 65_536) : input);
  const $ = load(input, {
    xml: { xmlMode: false, decodeEntities: false, lowerCaseTags: lower, lowerCaseAttributeNames: lower, recognizeSelfClosing: false },
  });
  return $.root()[0] as Document;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** Every element in document order, up to MAX_DEPTH levels deep. Iterative: no stack overflow. */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  // Two parallel stacks instead of one of {node, depth} objects: no allocation per node.
  const nodes: AnyNode[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag') out.push(node as Element);
    if (depth >= MAX_DEPTH) continue;
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]!);
      depths.push(depth + 1);
    }
  }
  return out;
}

/** Concatenated text of a subtree (depth-capped), without script/style contents. */
export function textOf(node: AnyNode, depth = 0): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'script' || node.type === 'style' || depth >= MAX_DEPTH) return '';
  if (!('children' in node)) return '';
  let out = '';
  for (const child of node.children) out += textOf(child, depth + 1);
  return out;
}
