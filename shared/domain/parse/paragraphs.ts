/**
 * Emitting the paragraphs of the article container in reading order (blocks and <br> separate
 * them) and keeping only article text: no link lists, no repeated headline, no labels, bylines,
 * datelines or calls to subscribe.
 */
import { BLOCK_TAGS, isSkipped } from './boilerplate.js';
import { normaliseDate } from './dates.js';
import { MAX_DEPTH, type AnyNode, type Element } from './dom.js';
import { decodeEntities, lookupBudget } from './entities.js';
import { comparable, normaliseSpace } from './text.js';

/** One paragraph as emitted, with how much of it was link text. */
export interface Paragraph {
  readonly text: string;
  readonly linkChars: number;
  readonly tag: string;
  /** Inside a <blockquote>: quoted posts (tweets, statements) are article text even when link-heavy. */
  readonly quoted: boolean;
}

/** Paragraphs of a subtree in reading order; blocks and <br> separate them, dropped elements are skipped. */
/**
 * `dropped` holds what scoring skipped or dropped under the container; without it (a fragment
 * that was never scored), skip-tags and hidden elements are recognised here.
 */
export function emitParagraphs(container: Element, dropped: ReadonlySet<Element> | null): Paragraph[] {
  const out: Paragraph[] = [];
  let pieces: string[] = [];
  let linkChars = 0;
  let tag = container.name;
  let quoteDepth = 0;
  const budget = lookupBudget();

  const flush = (): void => {
    if (pieces.length > 0) {
      const text = normaliseSpace(decodeEntities(pieces.join(''), budget));
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
    if (dropped ? dropped.has(el) : isSkipped(el)) return;
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
    if (name === 'td' || name === 'th') pieces.push(' ');
    if (name === 'blockquote') quoteDepth--;
  };

  // Depth counts from the document root, as in scoring: below MAX_DEPTH nothing was scored (nor
  // recorded as dropped), so nothing is emitted either.
  let depth = 0;
  for (let n = container.parent; n; n = n.parent) depth++;
  walk(container, depth, false);
  flush();
  return out;
}

const LONG_PARAGRAPH = 150;

/** Eight words or more ending like a sentence: prose, even when most of it is linked. */
function isSentence(text: string): boolean {
  return /[.!?…"”»]$/.test(text) && text.split(' ').length >= 8;
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
/**
 * The lines blog engines print under every post (WordPress, Movable Type, TypePad templates):
 * "This entry was posted on … and is filed under …", "This page contains a single entry by …",
 * "… was the previous entry in this blog.", "TrackBack URL for this entry:".
 */
const BLOG_TEMPLATE_LINE =
  /^(this (entry|post) was posted (on|in)\b|this (page|entry) contains a single entry\b|you can find recent content on the main index|trackback( url for this entry:?)?$|listed below are links to (weblogs|blogs) that reference\b|(posted|filed) (in|under)\b.{0,120}$)|\bwas the (previous|next) entry in this blog\.?$/i;

/** A byline set as a paragraph: "By Jane Doe", "Author: …", "Автор: …", "Müəllif: …". */
const BYLINE_LINE = /^(by|author|автор|müəllif)\s*:?\s+\p{Lu}/iu;

/** Paragraphs that are article text: not link lists, not the title heading, not short junk lines. */
export function keepParagraph(p: Paragraph, titleKey: string): boolean {
  const len = p.text.length;
  // The headline repeated above the body (as <h1> or any heading or line) is not body text; other
  // <h1>s are kept, since some sites mark their subheadings up that way.
  if (titleKey && len >= Math.min(20, titleKey.length) && len <= titleKey.length * 1.5 + 10 && isTitle(comparable(p.text), titleKey)) return false;
  if (p.tag === 'h1' && !titleKey) return false;
  // Link lists are dropped; a long paragraph stays prose even with many inline links.
  const prose = len >= LONG_PARAGRAPH || isSentence(p.text);
  if (!p.quoted && p.linkChars / Math.max(1, len) > (prose ? 0.75 : 0.5)) return false;
  if (len < 200 && CALL_TO_ACTION.test(p.text)) return false;
  if (len < 80 && JUNK_LINE.test(p.text)) return false;
  if (len < 200 && LABEL_LINE.test(p.text)) return false;
  if (len < 140 && FOLLOW_LINE.test(p.text)) return false;
  if (len < 60 && BYLINE_LINE.test(p.text)) return false;
  if (len < 300 && BLOG_TEMPLATE_LINE.test(p.text)) return false;
  // A dateline on its own ("10 April 2025, 16:40", "Updated: 05.10.2018") is page furniture.
  if (!p.quoted && len <= 50 && /\d/.test(p.text) && normaliseDate(p.text) !== null) return false;
  // Escaped markup shown as text (broken <noscript> fallbacks, tracking pixels) is not prose.
  if (/^<[a-z!/][^>]*>/i.test(p.text)) return false;
  return true;
}
