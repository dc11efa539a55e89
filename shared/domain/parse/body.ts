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
import { decodeEntities } from './entities.js';
import { comparable, normaliseSpace } from './text.js';

/** Own text of a block shorter than this is neutral: too short to tell prose from labels. */
const MIN_PROSE_CHARS = 40;
/** Link text weighs more than prose: teaser lists (linked title + short summary) must not look like articles. */
const LINK_PENALTY = 1;


const NEVER_DROPPED = new Set(['html', 'body', 'main', 'article']);

export interface ScoredTree {
  readonly best: Element | null;
  readonly dropped: ReadonlySet<Element>;
  /** Prose held by each block element's subtree (after lone-paragraph discounts). */
  readonly proseOf: ReadonlyMap<Element, number>;
}

// Inline formatting and media never wrap a boilerplate section worth dropping; skipping their
// class names saves a lookup for most elements of a page.
const NAME_NOT_CHECKED = new Set(['a', 'i', 'b', 'em', 'strong', 'img', 'br', 'hr', 'small', 'time', 'source', 'input', 'meta', 'link']);

function mayBeBoilerplate(el: Element): boolean {
  if (NAME_NOT_CHECKED.has(el.name) || NEVER_DROPPED.has(el.name) || el.attribs['itemprop'] === 'articleBody') return false;
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
  }, named, false);
  const limit = first.bestScore * 0.5;
  const holdsArticle = new Set<AnyNode>();
  for (let n: AnyNode | null = first.best; n; n = n.parent) holdsArticle.add(n);
  return scorePass(
    root,
    (el) => isSkipped(el) || (named.has(el) && !holdsArticle.has(el) && named.get(el)! < limit),
    null,
    true,
  );
}

const LONE_PROSE_DISCOUNT = 0.7;

/** Length of a text without its leading and trailing whitespace, without allocating a new string. */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff;
}

/**
 * One scoring pass. Block accumulators live in typed arrays indexed by block nesting level, so
 * the pass allocates nothing per element (pages have ~1,000–10,000 elements, and this runs twice).
 */
function scorePass(
  root: AnyNode,
  isDropped: (el: Element) => boolean,
  record: Map<Element, number> | null,
  wantProse: boolean,
): ScoredTree & { bestScore: number } {
  const dropped = new Set<Element>();
  const proseOf = new Map<Element, number>();
  const size = MAX_DEPTH + 2;
  const own = new Float64Array(size);
  const ownLink = new Float64Array(size);
  const score = new Float64Array(size);
  const prose = new Float64Array(size);
  const proseChildren = new Float64Array(size);
  const proseChildGain = new Float64Array(size);
  let best: Element | null = null;
  let bestScore = 0;

  // `level` is the accumulator slot of the nearest enclosing block.
  const visit = (node: AnyNode, depth: number, inLink: boolean, level: number): void => {
    if (node.type === 'text') {
      const len = trimmedLength(node.data);
      if (len === 0) return;
      own[level]! += len;
      if (inLink) ownLink[level]! += len;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    if (depth >= MAX_DEPTH) return;
    const el = node.type === 'root' ? null : (node as Element);
    if (el && isDropped(el)) {
      dropped.add(el);
      return;
    }
    const children = (node as Element).children;
    const link = inLink || el?.name === 'a';
    if (el && !BLOCK_TAGS.has(el.name)) {
      const before = score[level]!;
      for (let i = 0; i < children.length; i++) visit(children[i]!, depth + 1, link, level);
      if (record?.has(el)) record.set(el, score[level]! - before);
      return;
    }
    const me = level + 1;
    own[me] = 0;
    ownLink[me] = 0;
    score[me] = 0;
    prose[me] = 0;
    proseChildren[me] = 0;
    proseChildGain[me] = 0;
    for (let i = 0; i < children.length; i++) visit(children[i]!, depth + 1, link, me);
    const gain = contribution(own[me]!, ownLink[me]!, el?.name ?? '');
    let myScore = score[me]! + gain;
    let myProse = prose[me]! + (gain > 0 ? gain : 0);
    if (proseChildren[me] === 1 && gain <= 0) {
      // A lone paragraph (a teaser's summary, a caption) counts only in part for the containers
      // above it: article text comes in runs of sibling paragraphs.
      myScore -= LONE_PROSE_DISCOUNT * proseChildGain[me]!;
      myProse -= LONE_PROSE_DISCOUNT * proseChildGain[me]!;
    }
    if (gain > 0) {
      proseChildren[level]! += 1;
      proseChildGain[level]! += gain;
    }
    score[level]! += myScore;
    prose[level]! += myProse;
    if (!el) return;
    if (wantProse) proseOf.set(el, myProse);
    if (record?.has(el)) record.set(el, myScore);
    if (myScore > bestScore) {
      bestScore = myScore;
      best = el;
    }
  };

  visit(root, 0, false, 0);
  const found = best as Element | null;
  return { best: found && wantProse ? dominantPart(found, proseOf, DOMINANT_SHARE) : found, dropped, bestScore, proseOf };
}

const DOMINANT_SHARE = 0.8;
const HEADLINE_SHARE = 0.4;

/**
 * When the container holds the headline, the article is the smallest block around the headline
 * that still has a fair share of the container's prose: teaser lists before or after the story,
 * which also add up to prose, sit outside it.
 */
export function anchorToHeadline(best: Element, headline: Element | null, proseOf: ReadonlyMap<Element, number>): Element {
  if (!headline) return best;
  const chain: Element[] = [];
  let node: Element | null = headline;
  while (node && node !== best) {
    chain.push(node);
    node = node.parent && node.parent.type === 'tag' ? (node.parent as Element) : null;
  }
  if (node !== best) return best;
  const total = proseOf.get(best) ?? 0;
  if (total <= 0) return best;
  for (const ancestor of chain) {
    if ((proseOf.get(ancestor) ?? 0) >= HEADLINE_SHARE * total) return ancestor;
  }
  return best;
}

/**
 * Narrow the container to one child when that child holds most of its prose: the rest is then
 * teasers or comments that happened to add up (summed scores favour wide containers).
 */
function dominantPart(best: Element, proseOf: ReadonlyMap<Element, number>, share: number): Element {
  let current = best;
  for (let guard = 0; guard < 50; guard++) {
    const total = proseOf.get(current) ?? 0;
    let top: Element | null = null;
    let topProse = 0;
    for (const child of current.children) {
      if (child.type !== 'tag') continue;
      const p = proseOf.get(child as Element) ?? 0;
      if (p > topProse) {
        topProse = p;
        top = child as Element;
      }
    }
    if (!top || total <= 0 || topProse < share * total) return current;
    current = top;
  }
  return current;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What a block's own text adds to its score: prose counts for, link text against, headings are neutral. */
function contribution(own: number, ownLink: number, tag: string): number {
  if (HEADINGS.has(tag)) return -ownLink;
  if (own >= MIN_PROSE_CHARS) return own - ownLink - LINK_PENALTY * ownLink;
  return -ownLink;
}

/** One paragraph as emitted, with how much of it was link text. */
export interface Paragraph {
  readonly text: string;
  readonly linkChars: number;
  readonly tag: string;
  /** Inside a <blockquote>: quoted posts (tweets, statements) are article text even when link-heavy. */
  readonly quoted: boolean;
}

/** Paragraphs of a subtree in reading order; blocks and <br> separate them, dropped elements are skipped. */
export function emitParagraphs(container: Element, dropped: ReadonlySet<Element>): Paragraph[] {
  const out: Paragraph[] = [];
  let pieces: string[] = [];
  let linkChars = 0;
  let tag = container.name;
  let quoteDepth = 0;

  const flush = (): void => {
    if (pieces.length > 0) {
      const text = normaliseSpace(decodeEntities(pieces.join('')));
      if (text) out.push({ text, linkChars, tag, quoted: quoteDepth > 0 });
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
    if (name === 'blockquote') quoteDepth++;
    for (const child of el.children) walk(child, depth + 1, link);
    if (block) flush();
    if (name === 'blockquote') quoteDepth--;
    else if (name === 'td' || name === 'th') pieces.push(' ');
  };

  walk(container, 0, false);
  flush();
  return out;
}

const JUNK_LINE = /^(advertisement|advertising|reklam|реклама|read more|read also|see also|related|share|share this|print|subscribe|sign up|click here|follow us)\b/i;
/** Whole lines that are labels, never prose: "Advert", "Sponsored", "12 comments". */
const LABEL_LINE = /^(advert|adverts|ads?|sponsored|sponsored content|comments?|\d+ comments?|leave a (comment|reply)|this slideshow requires javascript\.?|tell us what you think\W*|\[[a-z_]+ [^\]]*\].*\[\/[a-z_]+\])$/i;
/** Calls to follow the outlet elsewhere: "Follow Trend on Telegram", "Join our WhatsApp channel". */
const FOLLOW_LINE = /^(follow|join|subscribe to)\b.{0,80}\b(telegram|facebook|twitter|instagram|whatsapp|youtube|tiktok|linkedin|newsletter|channel)\b/i;
function isTitle(key: string, titleKey: string): boolean {
  if (!key) return false;
  return key === titleKey || (key.length >= 20 && titleKey.includes(key)) || (titleKey.length >= 20 && key.includes(titleKey) && key.length < titleKey.length * 1.5);
}

/** Newsletter and contact boilerplate inside article bodies: "Subscribe to our newsletters", "Have a tip?". */
const CALL_TO_ACTION = /\b(subscribe to (our|the|\S+['’]s) (newsletter|newsletters|channel)|sign up for (our|the) newsletter|have a (news )?tip\?|follow (us|her|him|them) on (twitter|facebook|instagram|telegram))\b/i;
/** A byline set as a paragraph: "By Jane Doe", "Author: …", "Автор: …", "Müəllif: …". */
const BYLINE_LINE = /^(by|author|автор|müəllif)\s*:?\s+\p{Lu}/iu;

/** Paragraphs that are article text: not link lists, not the title heading, not short junk lines. */
export function keepParagraph(p: Paragraph, titleKey: string): boolean {
  const len = p.text.length;
  // The headline repeated above the body (as <h1> or any heading or line) is not body text; other
  // <h1>s are kept, since some sites mark their subheadings up that way.
  if (titleKey && len < 300 && len >= 10 && len < titleKey.length * 2 + 20 && isTitle(comparable(p.text), titleKey)) return false;
  if (p.tag === 'h1' && !titleKey) return false;
  if (!p.quoted && p.linkChars / Math.max(1, len) > 0.5) return false;
  if (len < 200 && CALL_TO_ACTION.test(p.text)) return false;
  if (len < 80 && JUNK_LINE.test(p.text)) return false;
  if (len < 200 && LABEL_LINE.test(p.text)) return false;
  if (len < 140 && FOLLOW_LINE.test(p.text)) return false;
  if (len < 60 && BYLINE_LINE.test(p.text)) return false;
  // Escaped markup shown as text (broken <noscript> fallbacks, tracking pixels) is not prose.
  if (/^<[a-z!/][^>]*>/i.test(p.text)) return false;
  return true;
}
