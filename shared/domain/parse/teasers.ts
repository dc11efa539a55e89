/**
 * Teasers for other stories: a small block that starts with a heading that is nothing but a link
 * (to the other story) and holds a summary of a few lines. Article sections have headings that
 * are not links, and the page's own headline is linked on many blogs (to its permalink), so a
 * heading with the page's title never marks a teaser.
 */
import { MAX_DEPTH, textOf, type AnyNode, type Element } from './dom.js';
import { comparable } from './text.js';
import { decodeEntities } from './entities.js';

const TEASER_BLOCKS = new Set(['div', 'li', 'article', 'section']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** A teaser is a line or two of summary; longer blocks are posts of their own. */
const MAX_TEASER_CHARS = 600;

function firstElementChild(el: Element): Element | null {
  for (const child of el.children) {
    if (child.type === 'tag') return child as Element;
    if (child.type === 'text' && child.data.trim() !== '') return null;
  }
  return null;
}

/** Whether all of the heading's text sits inside links. */
function isLinkOnly(heading: Element): boolean {
  let linked = 0;
  let other = 0;
  const walk = (node: AnyNode, inLink: boolean, depth: number): void => {
    if (node.type === 'text') {
      const length = node.data.trim().length;
      if (inLink) linked += length;
      else other += length;
      return;
    }
    if (node.type !== 'tag' || depth > MAX_DEPTH) return;
    const el = node as Element;
    for (const child of el.children) walk(child, inLink || el.name === 'a', depth + 1);
  };
  walk(heading, false, 0);
  return linked > 0 && other === 0;
}

export function isTeaser(el: Element, titleKey: string): boolean {
  if (!TEASER_BLOCKS.has(el.name)) return false;
  const heading = firstElementChild(el);
  if (!heading || !HEADINGS.has(heading.name) || !isLinkOnly(heading)) return false;
  if (textOf(el).length > MAX_TEASER_CHARS) return false;
  return !titleKey || comparable(decodeEntities(textOf(heading))) !== titleKey;
}
