/**
 * Article body by content scoring. One bottom-up pass gives every block element a score: its own
 * prose (text in paragraphs long enough and not mostly links) counts for it, link text counts
 * against it, and a block's score is the sum over its subtree. The best-scoring element is the
 * article container (on ties the deepest wins); a second pass emits its paragraphs in reading
 * order, leaving out link lists, headings that repeat the title, and boilerplate.
 */
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, hasBoilerplateName, isSkipped } from './boilerplate.js';
import { MAX_DEPTH } from './dom.js';
import { normaliseSpace } from './text.js';

/** Own text of a block shorter than this is neutral: too short to tell prose from labels. */
const MIN_PROSE_CHARS = 40;

interface Block {
  own: number;
  ownLink: number;
  score: number;
}

const NEVER_DROPPED = new Set(['html', 'body', 'main', 'article']);

export interface ScoredTree {
  readonly best: Element | null;
  readonly dropped: ReadonlySet<Element>;
}

function mayBeBoilerplate(el: Element): boolean {
  if (NEVER_DROPPED.has(el.name) || el.attribs['itemprop'] === 'articleBody') return false;
  return hasBoilerplateName(el);
}

/**
 * Score every block; return the best container and the set of dropped (boilerplate) elements.
 * Class/id names lie (a wrapper called "page-ad-margins" may hold the whole article), so a first
 * pass scores without them, and an element with a boilerplate name is dropped only when it does
 * not hold most of the page's prose.
 */
export function scoreTree(root: AnyNode): ScoredTree {
  const named = new Map<Element, number>();
  const first = scorePass(root, (el) => {
    if (isSkipped(el)) return true;
    if (mayBeBoilerplate(el)) named.set(el, 0);
    return false;
  }, named);
  const limit = first.bestScore * 0.5;
  const holdsArticle = new Set<AnyNode>();
  for (let n: AnyNode | null = first.best; n; n = n.parent) holdsArticle.add(n);
  return scorePass(
    root,
    (el) => isSkipped(el) || (named.has(el) && !holdsArticle.has(el) && named.get(el)! < limit),
    null,
  );
}

function scorePass(
  root: AnyNode,
  isDropped: (el: Element) => boolean,
  record: Map<Element, number> | null,
): ScoredTree & { bestScore: number } {
  const dropped = new Set<Element>();
  let best: Element | null = null;
  let bestScore = 0;

  const visit = (node: AnyNode, depth: number, inLink: boolean, block: Block): void => {
    if (node.type === 'text') {
      const len = node.data.trim().length;
      if (len === 0) return;
      block.own += len;
      if (inLink) block.ownLink += len;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') return;
    if (depth >= MAX_DEPTH) return;
    if (node.type !== 'root') {
      const el = node as Element;
      if (isDropped(el)) {
        dropped.add(el);
        return;
      }
    }
    const el = node.type === 'root' ? null : (node as Element);
    const link = inLink || el?.name === 'a';
    if (el && !BLOCK_TAGS.has(el.name)) {
      const before = block.score;
      for (const child of el.children) visit(child, depth + 1, link, block);
      if (record?.has(el)) record.set(el, block.score - before);
      return;
    }
    const own: Block = { own: 0, ownLink: 0, score: 0 };
    for (const child of (node as Element).children) visit(child, depth + 1, link, own);
    own.score += contribution(own, el?.name ?? '');
    block.score += own.score;
    if (el && record?.has(el)) record.set(el, own.score);
    if (el && own.score > bestScore) {
      bestScore = own.score;
      best = el;
    }
  };

  visit(root, 0, false, { own: 0, ownLink: 0, score: 0 });
  return { best, dropped, bestScore };
}

function contribution(block: Block, tag: string): number {
  const plain = block.own - block.ownLink;
  if (/^h[1-6]$/.test(tag)) return -block.ownLink;
  if (block.own >= MIN_PROSE_CHARS) return plain - block.ownLink;
  return -block.ownLink;
}

/** One paragraph as emitted, with how much of it was link text. */
export interface Paragraph {
  readonly text: string;
  readonly linkChars: number;
  readonly tag: string;
}

/** Paragraphs of a subtree in reading order; blocks and <br> separate them, dropped elements are skipped. */
export function emitParagraphs(container: Element, dropped: ReadonlySet<Element>): Paragraph[] {
  const out: Paragraph[] = [];
  let pieces: string[] = [];
  let linkChars = 0;
  let tag = container.name;

  const flush = (): void => {
    if (pieces.length > 0) {
      const text = normaliseSpace(pieces.join(''));
      if (text) out.push({ text, linkChars, tag });
    }
    pieces = [];
    linkChars = 0;
  };

  const walk = (node: AnyNode, depth: number, inLink: boolean): void => {
    if (node.type === 'text') {
      pieces.push(node.data);
      if (inLink) linkChars += node.data.trim().length;
      return;
    }
    if (node.type !== 'tag' || depth >= MAX_DEPTH) return;
    const el = node as Element;
    if (dropped.has(el) || isSkipped(el)) return;
    const name = el.name;
    if (name === 'br') {
      flush();
      return;
    }
    if (name === 'td' || name === 'th') pieces.push(' ');
    const block = BLOCK_TAGS.has(name);
    if (block) {
      flush();
      tag = name;
    }
    const link = inLink || name === 'a';
    for (const child of el.children) walk(child, depth + 1, link);
    if (block) flush();
    else if (name === 'td' || name === 'th') pieces.push(' ');
  };

  walk(container, 0, false);
  flush();
  return out;
}

const JUNK_LINE = /^(advertisement|advertising|reklam|реклама|read more|read also|see also|related|share|share this|print|subscribe|sign up|click here|follow us)\b/i;

/** Paragraphs that are article text: not link lists, not the title heading, not short junk lines. */
export function keepParagraph(p: Paragraph): boolean {
  if (p.tag === 'h1') return false;
  const len = p.text.length;
  if (p.linkChars / Math.max(1, len) > 0.5) return false;
  if (len < 80 && JUNK_LINE.test(p.text)) return false;
  return true;
}
