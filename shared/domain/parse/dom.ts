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

// Upper-case tag names or the attribute names we read: such pages need the parser to lower-case.
const NEEDS_LOWERING = /<\/?[A-Z]|\s(?:CLASS|ID|NAME|CONTENT|PROPERTY|HTTP-EQUIV|REL|HREF|LANG|STYLE|ITEMPROP|DATETIME|HIDDEN|Class|Id|Name|Content|Property|Http-Equiv|Rel|Href|Lang|Style)\s*=/;

/**
 * The DOM of a page, built by cheerio's htmlparser2 back end. Entities are left encoded (decoded
 * later, only in the strings returned: see entities.ts), and names are not lower-cased when the
 * page has no upper-case names to lower: both are a large share of the tokenizer's time.
 */
export function loadDocument(html: string): Document {
  const input = html.length > MAX_INPUT_CHARS ? html.slice(0, MAX_INPUT_CHARS) : html;
  const lower = NEEDS_LOWERING.test(input);
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
