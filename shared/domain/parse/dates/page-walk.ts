/**
 * The visible text of a page as the date finder reads it: text segments in document order, each
 * marked with where it stands — inside a container whose class/id/itemprop names a date or a
 * byline, inside a comment thread (whose dates are the commenters', never the article's), inside
 * the headline — plus the page's <time datetime> values with the same marks.
 */
import { MAX_DEPTH, textOf, type AnyNode, type Element } from '../dom.js';
import { decodeEntities } from '../entities.js';

export interface Segment {
  readonly text: string;
  /** Inside an element whose names say date, time, byline or post meta. */
  readonly dated: boolean;
  /** Inside an element whose names say updated / modified. */
  readonly modified: boolean;
  readonly comment: boolean;
  /** Index of the headline segment in the list, when this is it. */
  readonly headline: boolean;
}

export interface TimeElement {
  readonly datetime: string;
  readonly modified: boolean;
  readonly comment: boolean;
  readonly published: boolean;
}

export interface PageWalk {
  readonly segments: Segment[];
  readonly times: TimeElement[];
  /** Position of the headline's segment, or -1. */
  readonly headlineAt: number;
  /**
   * For each element (not <meta>) with itemprop datePublished/dateCreated/dateModified/dateUpdated,
   * in document order: whether it stands in a comment thread. markup.ts reads the same elements'
   * values from the HTML, in the same order.
   */
  readonly microdataInComments: boolean[];
  /** For each <time> element, in document order: whether it stands in a comment thread. */
  readonly timesInComments: boolean[];
}

const MICRODATA_DATE = /^date(published|created|modified|updated)$/i;

interface Context {
  readonly microdataInComments: boolean[];
  readonly timesInComments: boolean[];
}

/** Records whether a microdata date element or a <time> stands in a comment thread. */
function noteContext(el: Element, comment: boolean, context: Context): void {
  if (el.name === 'time') context.timesInComments.push(comment);
  if (el.attribs.itemprop !== undefined && el.name !== 'meta' && MICRODATA_DATE.test(el.attribs.itemprop)) context.microdataInComments.push(comment);
}

// Names of containers that hold an article's date (class, id, itemprop), in the languages of the tables.
const DATED = /date|time|datum|fecha|data|tarih|zeit|posted|published|publish|byline|dateline|meta|stamp|entry-info|post-info|article-info|submitted|author|quand|fecha|vaxt/i;
const MODIFIED = /updated|modified|aktualisiert|revised|lastmod/i;
// WordPress marks the one publication date "entry-date published updated": a name saying
// published wins over one saying updated.
const PUBLISHED = /publish|entry-date|post-date/i;
const isModifiedName = (n: string): boolean => MODIFIED.test(n) && !PUBLISHED.test(n);
const COMMENT = /(^|[\s_-])(comments?|comment-?list|commentlist|kommentare?|reply|replies|respond|disqus|reviews?|forum)([\s_-]|\d|$)/i;
/** Text beyond this many characters is not read for dates (bounded time on huge pages). */
const TEXT_BUDGET = 300_000;
const DATED_TEXT_MAX = 300;

function names(el: Element): string {
  const a = el.attribs;
  return `${a.class ?? ''} ${a.id ?? ''} ${a.itemprop ?? ''}`;
}

export function walkPage(root: AnyNode, headline: Element | null): PageWalk {
  const segments: Segment[] = [];
  const times: TimeElement[] = [];
  const microdataInComments: boolean[] = [];
  const timesInComments: boolean[] = [];
  const context = { microdataInComments, timesInComments };
  let budget = TEXT_BUDGET;
  let headlineAt = -1;
  const aroundHeadline = new Set<AnyNode>();
  for (let n: AnyNode | null = headline; n; n = n.parent) aroundHeadline.add(n);

  const visit = (node: AnyNode, depth: number, dated: boolean, modified: boolean, comment: boolean): void => {
    if (budget <= 0 || depth > MAX_DEPTH) return;
    if (node.type === 'text') {
      const text = node.data.trim();
      if (text) {
        budget -= text.length;
        segments.push({ text: decodeEntities(text), dated, modified, comment, headline: false });
      }
      return;
    }
    if (node.type === 'script' || node.type === 'style') return;
    if (node.type === 'tag') {
      const n = names(node);
      const hasNames = n.length > 2;
      const isDated = hasNames && DATED.test(n);
      const isModified = hasNames && isModifiedName(n);
      const isComment = hasNames && COMMENT.test(n);
      noteContext(node, comment || isComment, context);
      if (node.name === 'time' && node.attribs.datetime) {
        times.push({
          datetime: decodeEntities(node.attribs.datetime),
          modified: modified || isModified,
          comment: comment || isComment,
          published: PUBLISHED.test(n),
        });
      }
      if (node === headline) {
        headlineAt = segments.length;
        segments.push({ text: decodeEntities(textOf(node)).trim(), dated: false, modified: false, comment, headline: true });
        return;
      }
      // A dated container is read whole, so a date split over child elements ("<b>5.</b> Mai 2017") stays one.
      if (isDated && !dated) {
        const text = decodeEntities(textOf(node)).replace(/\s+/g, ' ').trim();
        if (text.length > 0 && text.length <= DATED_TEXT_MAX) {
          budget -= text.length;
          segments.push({ text, dated: true, modified: modified || isModified, comment: comment || isComment, headline: false });
          collectTimes(node, depth, modified || isModified, comment || isComment, times, context);
          return;
        }
      }
      // A short element of several text pieces ("<span>26</span><span>Okt 2018</span>") is one statement.
      if (node.children.length > 1 && !aroundHeadline.has(node)) {
        const text = shortText(node, SHORT_TEXT_MAX);
        if (text !== null && /\d/.test(text)) {
          budget -= text.length;
          segments.push({ text, dated: dated || isDated, modified: modified || isModified, comment: comment || isComment, headline: false });
          collectTimes(node, depth, modified || isModified, comment || isComment, times, context);
          return;
        }
      }
      dated ||= isDated;
      modified ||= isModified;
      comment ||= isComment;
    }
    const children = node.children;
    for (let i = 0; i < children.length; i++) visit(children[i]!, depth + 1, dated, modified, comment);
  };
  visit(root, 0, false, false, false);
  return { segments, times, headlineAt, microdataInComments, timesInComments };
}

const SHORT_TEXT_MAX = 60;


/** The element's text with pieces joined by spaces when it is at most `max` characters, else null. */
function shortText(node: Element, max: number): string | null {
  const parts: string[] = [];
  let length = 0;
  const visit = (n: AnyNode, depth: number): boolean => {
    if (n.type === 'text') {
      const t = n.data.trim();
      if (!t) return true;
      length += t.length + 1;
      parts.push(t);
      return length <= max;
    }
    if (n.type !== 'tag' || depth > 20) return n.type !== 'tag';
    for (const child of n.children) if (!visit(child, depth + 1)) return false;
    return true;
  };
  if (!visit(node, 0) || parts.length < 2) return null;
  return decodeEntities(parts.join(' '));
}

/** <time datetime> elements and microdata inside a container read whole. */
function collectTimes(node: AnyNode, depth: number, modified: boolean, comment: boolean, out: TimeElement[], context: Context): void {
  if (node.type !== 'tag' && node.type !== 'root') return;
  if (depth > MAX_DEPTH) return;
  if (node.type === 'tag') noteContext(node, comment || COMMENT.test(names(node)), context);
  if (node.type === 'tag' && node.name === 'time' && node.attribs.datetime) {
    const n = names(node);
    out.push({ datetime: decodeEntities(node.attribs.datetime), modified: modified || isModifiedName(n), comment, published: PUBLISHED.test(n) });
  }
  for (const child of node.children) collectTimes(child, depth + 1, modified, comment, out, context);
}
