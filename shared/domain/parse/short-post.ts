/**
 * Short posts under their headline. Content scoring sums prose, so a post of one or two lines (a
 * photo post's caption, "It's yours…") loses to the longest blurb elsewhere on the page: the
 * blog's "about" box, the author's bio, a shop widget. Blog and news templates put the post's
 * text in the first block after its headline (after the byline and date lines), so when the
 * scored container is a blurb away from the headline, that block is the article.
 */
import { hasArticleName } from './boilerplate.js';
import type { AnyNode, Element } from './dom.js';
import { emitParagraphs, keepParagraph, type Paragraph } from './paragraphs.js';

/** A container with less prose than this is a blurb, not an article that could outweigh a post. */
const BLURB_PROSE = 600;
// The block must be named as the post's text by the template ("entry-content", "post-body",
// "articleContent"): an unnamed line after a headline may be a standfirst over a paywalled body,
// or the headline may be the site's name over the blog's other posts.
/** Ancestor levels of the headline whose following siblings are searched for the post's text. */
const LEVELS_UP = 4;
/** Sibling blocks read at most (bylines, dates, share buttons sit between headline and text). */
const MAX_SIBLINGS = 12;

/** Text that reads as a sentence: a few words ending in sentence punctuation ("I heart you....") or a longer line. */
function isSentence(p: Paragraph): boolean {
  const words = p.text.split(' ').length;
  return words >= 8 || (words >= 2 && /[.!?…"”»)]$/.test(p.text));
}

function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** The first block after the headline that holds article text, with its kept paragraphs. */
function blockAfterHeadline(headline: Element, dropped: ReadonlySet<Element>, titleKey: string): { block: Element; paragraphs: Paragraph[] } | null {
  let node: Element = headline;
  let read = 0;
  for (let level = 0; level < LEVELS_UP; level++) {
    const parent = node.parent;
    if (!parent || parent.type !== 'tag') return null;
    const siblings = parent.children;
    for (let i = siblings.indexOf(node) + 1; i < siblings.length && read < MAX_SIBLINGS; i++) {
      const sibling = siblings[i]!;
      if (sibling.type !== 'tag' || dropped.has(sibling)) continue;
      read++;
      const paragraphs = emitParagraphs(sibling, dropped).filter((p) => keepParagraph(p, titleKey));
      // Lines that are no sentence (a byline's "By", a date) are passed over; the first sentence decides.
      if (!paragraphs.some(isSentence)) continue;
      return hasArticleName(sibling) ? { block: sibling, paragraphs } : null;
    }
    node = parent;
  }
  return null;
}

/**
 * The post's paragraphs when the scored container `best` is a blurb that neither holds the
 * headline nor lies in or around the block after it; otherwise null (the scored container stands).
 */
export function shortPostParagraphs(
  best: Element,
  headline: Element | null,
  proseOf: ReadonlyMap<Element, number>,
  dropped: ReadonlySet<Element>,
  titleKey: string,
): Paragraph[] | null {
  if (!headline || contains(best, headline) || (proseOf.get(best) ?? 0) >= BLURB_PROSE) return null;
  const post = blockAfterHeadline(headline, dropped, titleKey);
  if (!post || contains(post.block, best) || contains(best, post.block)) return null;
  return post.paragraphs;
}

/** A byline or dateline under a headline is one short line. */
const MAX_BYLINE_CHARS = 100;

/**
 * The text of a post that has nothing but its headline (a photo post): the headline and the
 * byline or dateline right under it. Used only when no article text was found at all, so that
 * such a post is stored with the words it has rather than with an empty body.
 */
export function headlineOnlyPost(headline: Element | null, dropped: ReadonlySet<Element>): string[] {
  if (!headline) return [];
  const lines = emitParagraphs(headline, dropped).map((p) => p.text);
  if (lines.length === 0) return [];
  const parent = headline.parent;
  if (!parent || parent.type !== 'tag') return lines;
  const siblings = parent.children;
  for (let i = siblings.indexOf(headline) + 1; i < siblings.length; i++) {
    const sibling = siblings[i]!;
    if (sibling.type !== 'tag') continue;
    if (dropped.has(sibling)) continue;
    const next = emitParagraphs(sibling, dropped);
    if (next.length === 0) continue;
    const line = next[0]!;
    if (line.text.length <= MAX_BYLINE_CHARS && line.linkChars < line.text.length / 2) lines.push(line.text);
    break;
  }
  return lines;
}
