/**
 * The publication and modification dates of a page, from every source it offers, ranked by how
 * reliably each states the ORIGINAL publication:
 *  1. structured data: JSON-LD datePublished/dateCreated of the article (else of any node);
 *  2. meta tags of the common vocabularies (Open Graph article:, Dublin Core, Parse.ly,
 *     Sailthru, schema.org itemprop, pubdate…);
 *  3. microdata on visible elements, <time pubdate>, hAtom "published";
 *  4. a full date in the URL path;
 *  5. <time datetime> next to the headline, outside comment threads, not marked as an update;
 *  6. a date in a dated container (class/id naming date, time, byline, post meta) next to the
 *     headline; a <time> elsewhere on the page; a date in the text right after the headline;
 *  7. a date in any dated container; then in scripts' data; last, the text at large.
 * Dates inside comment threads, labelled "Updated …" or marked as modification are kept apart
 * (modification) or ignored (comments). Dates after the page's reading time (`now`) or before
 * 1995 (the web's news start) are not publication dates.
 */
import type { Document, Element } from '../dom.js';
import type { JsonObject } from '../jsonld.js';
import { dayOf, reading, type DateReading, type StatedDate } from './calendar.js';
import { labelsModified } from './labels.js';
import { markupDates, scriptDates, type MarkupDate, type PageMarkup } from './markup.js';
import { META_MODIFIED, META_PUBLISHED } from './meta-keys.js';
import { walkPage, type PageWalk, type Segment, type TimeElement } from './page-walk.js';
import { findTextDates } from './text-dates.js';
import { dateInUrl } from './url-date.js';
import { parseDateValue } from './value.js';

export interface FoundDate extends DateReading {
  /** Which kind of source gave it ("json-ld", "meta", "markup", "url", "time", "byline", "text", …). */
  readonly source: string;
}

export interface PageDates {
  readonly published: FoundDate | null;
  readonly modified: FoundDate | null;
}

export interface DateInputs {
  /** meta name/property (lower-cased) → contents in document order. */
  readonly meta: ReadonlyMap<string, readonly string[]>;
  readonly article: JsonObject | undefined;
  readonly jsonLd: readonly JsonObject[];
  /** The page's HTML after scripts were set aside (markup scan). */
  readonly html: string;
  /** The raw page, scripts included (data in inline scripts). */
  readonly rawHtml: string;
  readonly doc: Document;
  readonly headline: Element | null;
  readonly url: string | undefined;
  readonly canonical: string | null;
  readonly language: string;
  /** Reading time; later dates are not publication dates. */
  readonly now?: number;
}

const EARLIEST = Date.UTC(1995, 0, 1);
/** Segments after the headline that count as "next to" it. */
const NEAR_HEADLINE = 25;
/** Segments before the headline that count (datelines above the title). */
const BEFORE_HEADLINE = 8;

function plausible(date: StatedDate | null, now: number): date is StatedDate {
  if (!date) return false;
  const ms = Date.UTC(date.year, date.month - 1, date.day);
  // One day of slack: a page in UTC+14 may state tomorrow's date.
  return ms >= EARLIEST && ms <= now + 86_400_000;
}

function found(date: StatedDate, source: string): FoundDate {
  return { ...reading(date), source };
}

function firstValue(values: readonly (string | null | undefined)[], now: number): StatedDate | null {
  for (const v of values) {
    const date = parseDateValue(v);
    if (plausible(date, now)) return date;
  }
  return null;
}

function jsonLdField(inputs: DateInputs, key: string): (string | null)[] {
  const out: (string | null)[] = [];
  const read = (node: JsonObject | undefined): void => {
    const v = node?.[key];
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v) && typeof v[0] === 'string') out.push(v[0]);
  };
  read(inputs.article);
  for (const node of inputs.jsonLd) if (node !== inputs.article && !isCommentNode(node)) read(node);
  return out;
}

function isCommentNode(node: JsonObject): boolean {
  const t = node['@type'];
  return typeof t === 'string' && /comment|review|answer|person|organization/i.test(t);
}

function metaValues(inputs: DateInputs, keys: readonly string[]): string[] {
  return keys.flatMap((k) => inputs.meta.get(k) ?? []);
}

/** The first <time datetime> outside comments and not marked as an update; one marked as the publication first. */
function firstTime(times: readonly TimeElement[], now: number): StatedDate | null {
  const usable = times.filter((t) => !t.modified && !t.comment);
  return firstValue([...usable.filter((t) => t.published), ...usable.filter((t) => !t.published)].map((t) => t.datetime), now);
}

interface TextHit {
  readonly date: StatedDate;
  readonly modified: boolean;
}

/** Dates in one segment, each marked modified when its container or the words before it say so. */
// The sources near the headline read the same segments (byline, headline text, modification):
// each segment's dates are found once. monthFirst and now are fixed for a page.
const segmentHits = new WeakMap<Segment, TextHit[]>();

function datesIn(segment: Segment, monthFirst: boolean, now: number): TextHit[] {
  let hits = segmentHits.get(segment);
  if (!hits) {
    hits = findDatesIn(segment, monthFirst, now);
    segmentHits.set(segment, hits);
  }
  return hits;
}

function findDatesIn(segment: Segment, monthFirst: boolean, now: number): TextHit[] {
  return findTextDates(segment.text, { monthFirst })
    .filter((d) => plausible(d.date, now))
    .map((d) => ({ date: d.date, modified: segment.modified || labelsModified(segment.text.slice(0, d.start)) }));
}

function firstPublishedIn(segments: readonly Segment[], monthFirst: boolean, now: number, pick: (s: Segment) => boolean): StatedDate | null {
  for (const segment of segments) {
    if (segment.comment || !pick(segment)) continue;
    const hit = datesIn(segment, monthFirst, now).find((h) => !h.modified);
    if (hit) return hit.date;
  }
  return null;
}

function firstModifiedIn(segments: readonly Segment[], monthFirst: boolean, now: number): StatedDate | null {
  for (const segment of segments) {
    if (segment.comment) continue;
    const hit = datesIn(segment, monthFirst, now).find((h) => h.modified);
    if (hit) return hit.date;
  }
  return null;
}

/**
 * Microdata and <time pubdate> values without those of comment threads (schema.org Comment
 * items and comment templates carry their own dates). The HTML scan and the tree see the same
 * elements in the same order; where their counts disagree (an element beyond the tree's depth
 * cap), nothing is dropped.
 */
function outsideComments(markup: PageMarkup, walk: PageWalk): MarkupDate[] {
  const microdataAligned = markup.microdataTags === walk.microdataInComments.length;
  const timesAligned = markup.timeTags === walk.timesInComments.length;
  const kept = markup.dates.filter((m) => {
    if (m.value === '') return false;
    if (m.microdata !== undefined && microdataAligned && walk.microdataInComments[m.microdata]) return false;
    if (m.time !== undefined && timesAligned && walk.timesInComments[m.time]) return false;
    return true;
  });
  // Several <time pubdate> outside comments mean a list of teasers, each with its own date: none
  // of them is known to be this page's.
  const pubdates = kept.filter((m) => m.time !== undefined).length;
  return pubdates > 1 ? kept.filter((m) => m.time === undefined) : kept;
}

type Source = readonly [name: string, read: () => StatedDate | null];

export interface DateSources {
  /** The publication-date sources in order of trust, each read lazily. */
  readonly published: Source[];
  /**
   * The modification date. From structured data alone while the page's text has not been read
   * (a page whose structured data gives its publication date is not read further: that keeps
   * most pages' cost to a few lookups); from marked or labelled text too once it has been.
   */
  readonly modified: () => FoundDate | null;
}

export function dateSources(inputs: DateInputs): DateSources {
  const now = inputs.now ?? Date.now();
  const monthFirst = inputs.language === 'en' && !/\.(uk|ie|au|nz|in|za)\b/i.test(inputs.url ?? '');
  // The tree walk and the markup scan cost most: done only when a source needs them.
  // The sources next to the headline need only the page up to a little after it.
  let walked: PageWalk | undefined;
  const walk = (): PageWalk => (walked?.complete ? walked : (walked = walkPage(inputs.doc, inputs.headline)));
  const walkNear = (): PageWalk => (walked ??= nearWalk(inputs.doc, inputs.headline));
  let scanned: MarkupDate[] | undefined;
  const markup = (): MarkupDate[] => {
    if (scanned) return scanned;
    const found = markupDates(inputs.html);
    // Matching the values with their context takes the whole tree; without values there is nothing to match.
    scanned = found.dates.length === 0 ? [] : outsideComments(found, walk());
    return scanned;
  };
  // After the headline first (the byline), then just before it (a dateline above the title; a
  // site header's "today" date stands there too, so it comes second).
  const isNear = (at: number): boolean => {
    const h = walkNear().headlineAt;
    return h >= 0 ? at >= h - BEFORE_HEADLINE && at <= h + NEAR_HEADLINE : at <= NEAR_HEADLINE * 2;
  };
  let nearSegments: Segment[] | undefined;
  const near = (): Segment[] => {
    if (nearSegments) return nearSegments;
    const { segments, headlineAt: h } = walkNear();
    nearSegments = h >= 0 ? [...segments.filter((s) => s.at >= h && isNear(s.at)), ...segments.filter((s) => s.at < h && isNear(s.at)).reverse()] : segments.filter((s) => isNear(s.at));
    return nearSegments;
  };

  const structuredModified = (): StatedDate | null => firstValue([...jsonLdField(inputs, 'dateModified'), ...metaValues(inputs, META_MODIFIED)], now);
  const textModified = (): StatedDate | null =>
    firstValue(markup().filter((m) => m.kind === 'modified').map((m) => m.value), now) ??
    firstValue(walkNear().times.filter((t) => t.modified && !t.comment).map((t) => t.datetime), now) ??
    firstModifiedIn(near(), monthFirst, now);
  const modifiedDate = (): StatedDate | null => structuredModified() ?? (walked ? textModified() : null);

  const published: Source[] = [
    ['json-ld', () => firstValue([...jsonLdField(inputs, 'datePublished'), ...jsonLdField(inputs, 'dateCreated')], now)],
    ['meta', () => firstValue(metaValues(inputs, META_PUBLISHED), now)],
    ['markup', () => firstValue(markup().filter((m) => m.kind === 'published').map((m) => m.value), now)],
    ['url', () => [dateInUrl(inputs.url), dateInUrl(inputs.canonical)].find((d): d is StatedDate => plausible(d, now)) ?? null],
    ['time', () => firstTime(walkNear().times.filter((t) => isNear(t.at)), now)],
    ['byline', () => firstPublishedIn(near(), monthFirst, now, (s) => s.dated)],
    ['time-elsewhere', () => firstTime(walk().times, now)],
    ['headline-text', () => firstPublishedIn(walkNear().headlineAt >= 0 ? near() : [], monthFirst, now, () => true)],
    ['dated-container', () => firstPublishedIn(walk().segments, monthFirst, now, (s) => s.dated)],
    ['script', () => firstValue(scriptDates(inputs.rawHtml).filter((m) => m.kind === 'published').map((m) => m.value), now)],
    ['text', () => firstPublishedIn(walk().segments, monthFirst, now, () => true)],
    // A page that states only when it was updated was published then at the latest.
    ['modified', () => structuredModified() ?? textModified()],
    ['raw-text', () => firstInRawText(inputs.rawHtml, monthFirst, now)],
  ];
  const modified = (): FoundDate | null => {
    const date = modifiedDate();
    return date ? found(date, 'modified') : null;
  };
  return { published, modified };
}

/** Levels above the headline where the walk near it starts: the article's header and body lie within. */
const NEAR_LEVELS = 5;

/**
 * The walk near the headline. It starts a few levels above the headline rather than at the page's
 * top, so the navigation and site header above the article are not read; such a walk is never
 * taken for the complete one.
 */
function nearWalk(doc: Document, headline: Element | null): PageWalk {
  let start: Element | null = headline;
  for (let level = 0; start && level < NEAR_LEVELS; level++) start = start.parent && start.parent.type === 'tag' ? (start.parent as Element) : null;
  if (!headline || !start) return walkPage(doc, headline, NEAR_HEADLINE);
  return { ...walkPage(start, headline, NEAR_HEADLINE), complete: false };
}

const STRUCTURED = new Set(['json-ld', 'meta', 'markup']);
const DAY_MS = 86_400_000;

const dayNumber = (d: StatedDate): number => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;

/**
 * Structured dates are often instants in UTC ("2023-11-09T01:49:09+00:00") while the outlet's
 * own day, stated in its URL or byline, is the day before or after. When such a local statement
 * is one day off the UTC instant, it is the day of publication (the instant stays as given).
 */
function localDay(date: StatedDate, published: readonly Source[]): StatedDate | null {
  if (date.offsetMinutes !== 0 || (date.hour === 0 && date.minute === 0)) return null;
  for (const [name, read] of published) {
    if (name !== 'url' && name !== 'byline') continue;
    const local = read();
    if (!local) continue;
    // The day before needs a zone west of UTC (to -10, the Americas and the Pacific) that is still
    // on yesterday; the day after, one east (to +10/+11, Australia) already on tomorrow.
    const shift = dayNumber(local) - dayNumber(date);
    if ((shift === -1 && date.hour < 10) || (shift === 1 && date.hour >= 13)) return local;
  }
  return null;
}

/** Days a visible date next to the headline may follow the structured one and still replace it. */
const REPUBLISHED_WITHIN_DAYS = 7;

/**
 * A story republished or reworked within days keeps its first structured datePublished (the CMS
 * item's creation) while the page shows readers the new day next to the headline, not labelled
 * as an update. That visible day, when it is 2 to 7 days later, is the page's publication (one
 * day apart is a time-zone matter: see localDay). Checked on the half of the date set that was
 * not looked at while tuning: 4 pages gained, none lost.
 */
function laterVisibleDay(date: StatedDate, published: readonly Source[]): StatedDate | null {
  for (const [name, read] of published) {
    if (name !== 'time' && name !== 'byline') continue;
    const visible = read();
    if (!visible) continue;
    const shift = dayNumber(visible) - dayNumber(date);
    return shift > 1 && shift <= REPUBLISHED_WITHIN_DAYS ? visible : null;
  }
  return null;
}

/** Last resort: a date anywhere in the page's text, including the footer and sidebars the tree never saw. */
function firstInRawText(html: string, monthFirst: boolean, now: number): StatedDate | null {
  const text = withoutScripts(html.length > RAW_TEXT_MAX ? html.slice(0, RAW_TEXT_MAX) : html).replace(/<[^<>]*>/g, ' ');
  return findTextDates(text, { monthFirst }).find((d) => plausible(d.date, now))?.date ?? null;
}

const RAW_TEXT_MAX = 500_000;

/** The HTML without <script>/<style> contents, in one linear pass (an unclosed one ends the text). */
function withoutScripts(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  // The next of each kind is searched again only once passed: a page without <style> after its
  // scripts would otherwise be searched to its end once per script.
  let script = lower.indexOf('<script');
  let style = lower.indexOf('<style');
  for (;;) {
    if (script !== -1 && script < from) script = lower.indexOf('<script', from);
    if (style !== -1 && style < from) style = lower.indexOf('<style', from);
    const start = script === -1 ? style : style === -1 ? script : Math.min(script, style);
    if (start === -1) return out + html.slice(from);
    out += html.slice(from, start);
    const end = lower.indexOf(start === script ? '</script' : '</style', start);
    if (end === -1) return out;
    from = end + 8;
  }
}

export function findPageDates(inputs: DateInputs): PageDates {
  const { published, modified } = dateSources(inputs);
  for (const [source, read] of published) {
    const date = read();
    if (!date) continue;
    const visible = STRUCTURED.has(source) ? laterVisibleDay(date, published) : null;
    if (visible) return { published: found(visible, 'visible'), modified: modified() };
    const local = STRUCTURED.has(source) ? localDay(date, published) : null;
    const result = found(date, source);
    return { published: local ? { ...result, day: dayOf(local) } : result, modified: modified() };
  }
  return { published: null, modified: modified() };
}
