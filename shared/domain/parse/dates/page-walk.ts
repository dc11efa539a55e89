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
  /** Position among the page's text pieces (each text node, or a container read whole, is one). */
  readonly at: number;
  /** Inside an element whose names say date, time, byline or post meta. */
  readonly dated: boolean;
  /** Inside an element whose names say updated / modified. */
  readonly modified: boolean;
  readonly comment: boolean;
  readonly headline: boolean;
}

export interface TimeElement {
  readonly datetime: string;
  /** Position among the text pieces (Segment.at of the piece before it). */
  readonly at: number;
  readonly modified: boolean;
  readonly comment: boolean;
  readonly published: boolean;
}

export interface PageWalk {
  /** The headline and every text piece holding a digit (a date needs one), in document order. */
  readonly segments: Segment[];
  readonly times: TimeElement[];
  /** Position (Segment.at) of the headline, or -1. */
  readonly headlineAt: number;
  /**
   * For each element (not <meta>) with itemprop datePublished/dateCreated/dateModified/dateUpdated,
   * in document order: whether it stands in a comment thread. markup.ts reads the same elements'
   * values from the HTML, in the same order.
   */
  readonly microdataInComments: boolean[];
  /** For each <time> element, in document order: whether it stands in a comment thread. */
  readonly timesInComments: boolean[];
  /** False when the walk stopped early (see walkPage's `piecesAfterHeadline`). */
  readonly complete: boolean;
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
const DATED_MARK = 1;
const MODIFIED_MARK = 2;
const COMMENT_MARK = 4;
/** Text beyond this many characters is not read for dates (bounded time on huge pages). */
const TEXT_BUDGET = 300_000;
const DATED_TEXT_MAX = 300;

function names(el: Element): string {
  const a = el.attribs;
  if (a.class === undefined && a.id === undefined && a.itemprop === undefined) return '';
  return `${a.class ?? ''} ${a.id ?? ''} ${a.itemprop ?? ''}`;
}


const HAS_DIGIT = /\d/;
const SHORT_TEXT_MAX = 60;

/**
 * Walks the page; with `piecesAfterHeadline`, stops that many text pieces after the headline
 * (most pages' dates stand next to it: the rest of the page is read only when they do not).
 */
export function walkPage(root: AnyNode, headline: Element | null, piecesAfterHeadline?: number): PageWalk {
  const walker = new Walker(headline, piecesAfterHeadline ?? Infinity);
  walker.visit(root, 0, false, false, false);
  return walker.result();
}

/** One pass over the tree (a class rather than closures: this runs on every element of every page). */
class Walker {
  readonly segments: Segment[] = [];
  readonly times: TimeElement[] = [];
  readonly context: Context = { microdataInComments: [], timesInComments: [] };
  private budget = TEXT_BUDGET;
  private at = 0;
  private headlineAt = -1;
  private readonly aroundHeadline = new Set<AnyNode>();

  private stopped = false;
  // Pages repeat the same class strings hundreds of times: each is tested once per walk.
  private readonly marks = new Map<string, number>();

  constructor(
    private readonly headline: Element | null,
    private readonly piecesAfterHeadline: number,
  ) {
    for (let n: AnyNode | null = headline; n; n = n.parent) this.aroundHeadline.add(n);
  }

  result(): PageWalk {
    return { segments: this.segments, times: this.times, headlineAt: this.headlineAt, ...this.context, complete: !this.stopped };
  }

  private marksOf(n: string): number {
    let marks = this.marks.get(n);
    if (marks === undefined) {
      marks = (DATED.test(n) ? DATED_MARK : 0) | (isModifiedName(n) ? MODIFIED_MARK : 0) | (COMMENT.test(n) ? COMMENT_MARK : 0);
      this.marks.set(n, marks);
    }
    return marks;
  }

  // Most named elements carry a class alone: their marks are looked up by the class string itself,
  // without building the joined names string for every element.
  private readonly classMarks = new Map<string, number>();

  private marksOfElement(el: Element): number {
    const a = el.attribs;
    if (a.id !== undefined || a.itemprop !== undefined) return this.marksOf(names(el));
    if (a.class === undefined) return 0;
    let marks = this.classMarks.get(a.class);
    if (marks === undefined) {
      marks = this.marksOf(names(el));
      this.classMarks.set(a.class, marks);
    }
    return marks;
  }

  private piece(text: string, dated: boolean, modified: boolean, comment: boolean): void {
    this.budget -= text.length;
    this.at++;
    if (HAS_DIGIT.test(text)) this.segments.push({ text: decodeEntities(text), at: this.at, dated, modified, comment, headline: false });
  }

  visit(node: AnyNode, depth: number, dated: boolean, modified: boolean, comment: boolean): void {
    if (this.budget <= 0 || depth > MAX_DEPTH || this.stopped) return;
    if (this.headlineAt >= 0 && this.at > this.headlineAt + this.piecesAfterHeadline) {
      this.stopped = true;
      return;
    }
    if (node.type === 'text') {
      const text = node.data.trim();
      if (text) this.piece(text, dated, modified, comment);
      return;
    }
    if (node.type === 'script' || node.type === 'style') return;
    if (node.type === 'tag') {
      const marks = this.marksOfElement(node);
      const isDated = (marks & DATED_MARK) !== 0;
      const isModified = (marks & MODIFIED_MARK) !== 0;
      const isComment = (marks & COMMENT_MARK) !== 0;
      noteContext(node, comment || isComment, this.context);
      if (node.name === 'time' && node.attribs.datetime) {
        this.times.push({ datetime: decodeEntities(node.attribs.datetime), at: this.at, modified: modified || isModified, comment: comment || isComment, published: PUBLISHED.test(names(node)) });
      }
      if (node === this.headline) {
        this.headlineAt = ++this.at;
        this.segments.push({ text: decodeEntities(textOf(node)).trim(), at: this.at, dated: false, modified: false, comment, headline: true });
        return;
      }
      // A dated container is read whole, so a date split over child elements ("<b>5.</b> Mai 2017")
      // stays one; so is any short element of several pieces ("<span>26</span><span>Okt 2018</span>").
      const whole =
        isDated && !dated
          ? shortText(node, DATED_TEXT_MAX, 1)
          : node.children.length > 1 && !this.aroundHeadline.has(node)
            ? shortText(node, SHORT_TEXT_MAX, 2)
            : null;
      if (whole !== null && (isDated || HAS_DIGIT.test(whole))) {
        this.piece(whole, dated || isDated, modified || isModified, comment || isComment);
        collectTimes(node, depth, modified || isModified, comment || isComment, this.times, this.context, this.at);
        return;
      }
      dated ||= isDated;
      modified ||= isModified;
      comment ||= isComment;
    }
    const children = node.children;
    for (let i = 0; i < children.length; i++) this.visit(children[i]!, depth + 1, dated, modified, comment);
  }
}

// Scratch space of shortText, reused: it runs on most elements, and allocating per call costs GC time.
const scratch: string[] = [];
let scratchLength = 0;

/** The element's text, pieces joined by spaces, when it is at most `max` characters in at least `minPieces` pieces; else null. */
function shortText(node: Element, max: number, minPieces: number): string | null {
  scratch.length = 0;
  scratchLength = 0;
  if (!collectShort(node, 0, max) || scratch.length < minPieces) return null;
  return scratch.join(' ');
}

/** Adds the subtree's trimmed text pieces to the scratch list; false as soon as they exceed `max` characters. */
function collectShort(node: AnyNode, depth: number, max: number): boolean {
  if (node.type === 'text') {
    const t = node.data.trim();
    if (!t) return true;
    scratchLength += t.length + 1;
    if (scratchLength > max) return false;
    scratch.push(t);
    return true;
  }
  if (node.type !== 'tag') return true;
  if (depth > 20) return false;
  const children = node.children;
  for (let i = 0; i < children.length; i++) if (!collectShort(children[i]!, depth + 1, max)) return false;
  return true;
}

/** <time datetime> elements and microdata inside a container read whole. */
function collectTimes(node: AnyNode, depth: number, modified: boolean, comment: boolean, out: TimeElement[], context: Context, at: number): void {
  if (node.type !== 'tag' && node.type !== 'root') return;
  if (depth > MAX_DEPTH) return;
  if (node.type === 'tag') noteContext(node, comment || COMMENT.test(names(node)), context);
  if (node.type === 'tag' && node.name === 'time' && node.attribs.datetime) {
    const n = names(node);
    out.push({ datetime: decodeEntities(node.attribs.datetime), at, modified: modified || isModifiedName(n), comment, published: PUBLISHED.test(n) });
  }
  for (const child of node.children) collectTimes(child, depth + 1, modified, comment, out, context, at);
}
