/**
 * Finding the article container by content scoring. A bottom-up pass gives every block element a
 * score: its own prose (text long enough to be a paragraph) counts for it, link text counts
 * against it, a lone paragraph counts only in part for the containers above it, and a block's
 * score is the sum over its subtree. The best-scoring element (on ties the deepest) is then
 * narrowed to a child holding most of its prose, and to the block around the headline
 * (anchorToHeadline). Paragraphs are emitted from it by paragraphs.ts.
 */
import { BLOCK_TAGS, hasBoilerplateName, hasNeverArticleName, isSkipped, type NameVerdicts } from './boilerplate.js';
import { MAX_DEPTH, type AnyNode, type Element } from './dom.js';
import { isTeaser } from './teasers.js';

/** Own text of a block shorter than this is neutral: too short to tell prose from labels. */
const MIN_PROSE_CHARS = 40;
/** Extra weight of link text against a block, on top of not counting as prose. */
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

function mayBeBoilerplate(el: Element, verdicts: NameVerdicts): boolean {
  if (el.children.length === 0 || NAME_NOT_CHECKED.has(el.name) || NEVER_DROPPED.has(el.name) || el.attribs['itemprop'] === 'articleBody') return false;
  return hasBoilerplateName(el, verdicts);
}

/**
 * Score every block; return the best container and the set of dropped (boilerplate) elements.
 * Class/id names lie (a wrapper called "page-ad-margins" may hold the whole article), so a first
 * pass scores without them, and an element with a boilerplate name is dropped only when it does
 * not hold most of the page's prose — except names no article wrapper carries (comments, legal
 * notices: see boilerplate.ts), dropped in both passes.
 */
export function scoreTree(root: AnyNode, titleKey = ''): ScoredTree {
  const named = new Map<Element, number>();
  const verdicts: NameVerdicts = new Map();
  // Blocks whose later children are readers' comments: they follow a heading or anchor named so.
  const commentsFollow = new Set<AnyNode>();
  const neverArticleVerdicts: NameVerdicts = new Map();
  const first = scorePass(root, (el) => {
    if (isSkipped(el) || (el.parent && commentsFollow.has(el.parent)) || isTeaser(el, titleKey)) return true;
    if (!mayBeBoilerplate(el, verdicts)) return false;
    // Comments and legal notices go in both passes, so the article is judged without them.
    if (hasNeverArticleName(el, neverArticleVerdicts)) {
      if (el.parent && el.parent.type === 'tag' && STARTS_SECTION.has(el.name)) commentsFollow.add(el.parent);
      return true;
    }
    named.set(el, 0);
    return false;
  }, named, false);
  const limit = first.bestScore * 0.5;
  const holdsArticle = new Set<AnyNode>();
  for (let n: AnyNode | null = first.best; n; n = n.parent) holdsArticle.add(n);
  // The first pass already judged every element it reached as skipped or not; reuse that.
  const skipped = first.dropped;
  return scorePass(
    root,
    (el) => skipped.has(el) || (named.size > 0 && named.has(el) && !holdsArticle.has(el) && named.get(el)! < limit),
    null,
    true,
  );
}

/**
 * Elements that open a section of the page: a heading named "comments" (`<h3 id="comments">3
 * Responses</h3>`) means its later siblings are the comments, as blog templates lay them out,
 * even when they carry no name of their own.
 */
const STARTS_SECTION = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const LONE_PROSE_DISCOUNT = 0.6;

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
      // Both passes read it: measured once.
      let len = node.trimmed;
      if (len < 0) len = node.trimmed = trimmedLength(node.data);
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
    // Only prose-holding blocks are kept: lookups default to 0, and the map stays small.
    if (wantProse && myProse > 0) proseOf.set(el, myProse);
    if (record?.has(el)) record.set(el, myScore);
    if (myScore > bestScore) {
      bestScore = myScore;
      best = el;
    }
  };

  visit(root, 0, false, 0);
  const found = best as Element | null;
  return { best: found && wantProse ? dominantPart(paragraphToContainer(found, proseOf), proseOf, DOMINANT_SHARE) : found, dropped, bestScore, proseOf };
}

/**
 * A paragraph is never the whole article: when the best block is one <p> and its parent holds
 * more prose (other paragraphs, separated by link lines, offers or embeds that scored below zero
 * and pulled the parent's sum down), the article is the parent.
 */
function paragraphToContainer(best: Element, proseOf: ReadonlyMap<Element, number>): Element {
  const parent = best.parent;
  if (best.name !== 'p' || !parent || parent.type !== 'tag') return best;
  return (proseOf.get(parent as Element) ?? 0) > (proseOf.get(best) ?? 0) ? (parent as Element) : best;
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
