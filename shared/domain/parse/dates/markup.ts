/**
 * Date markup read from the raw HTML, for attributes the lean DOM does not keep: microdata
 * (`itemprop="datePublished" content|datetime="…"` on any element), HTML5's `<time pubdate>`,
 * and microformats' `<abbr class="published" title="…">`. Found by scanning for the markers,
 * then reading the one tag around each hit, so the cost stays a few native searches per page.
 */
import { decodeEntities } from '../entities.js';

export interface MarkupDate {
  readonly kind: 'published' | 'modified';
  readonly value: string;
  /**
   * Microdata and <time> values carry their rank among the page's microdata date elements or
   * <time> elements, so they can be matched with the tree's (page-walk.ts), which knows the context.
   */
  readonly microdata?: number;
  readonly time?: number;
}

const ATTRIBUTE = /([a-zA-Z_:][\w:.-]*)\s*(?:=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const MAX_TAG = 2_000;

/** Attributes of one tag's source ("<time datetime=… pubdate>"), names lower-cased. */
export function tagAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const inner = tag.replace(/^<[a-zA-Z][\w-]*/, '').replace(/\/?>$/, '');
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(inner); m; m = ATTRIBUTE.exec(inner)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[3] ?? m[4] ?? m[5] ?? ''));
  }
  return out;
}

/** The tag enclosing position `at`, and the text right after it (up to the next "<"). */
function tagAround(html: string, at: number): { tag: string; text: string } | null {
  const open = html.lastIndexOf('<', at);
  const close = html.indexOf('>', at);
  if (open === -1 || close === -1 || at - open > MAX_TAG || close - at > MAX_TAG) return null;
  const next = html.indexOf('<', close);
  return { tag: html.slice(open, close + 1), text: html.slice(close + 1, next === -1 ? Math.min(html.length, close + 200) : Math.min(next, close + 200)) };
}

// The markers are found in one scan of the page (lower or upper case, as pages write them), then
// confirmed with a sticky regex at the hit: much faster than a case-insensitive regex over the page,
// and twice as fast as one indexOf scan per marker and case. The markers cannot overlap one another.
const MARKERS = /itemprop|ITEMPROP|<time|<TIME|<abbr|<ABBR/g;
const MICRODATA = /itemprop\s*=\s*["']?(datepublished|datecreated|datemodified|dateupdated)["'\s>]/iy;
const TIME = /<time[\s>/]/iy;
const ABBR = /<abbr\b[^>]*\bclass\s*=\s*["']?[^"'>]*\b(published|updated|modified)\b/iy;

interface MarkerPositions {
  readonly itemprop: number[];
  readonly time: number[];
  readonly abbr: number[];
}

/** Where each marker starts, in document order. */
function markerPositions(html: string): MarkerPositions {
  const out: MarkerPositions = { itemprop: [], time: [], abbr: [] };
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(html); m; m = MARKERS.exec(html)) {
    const marker = m[0];
    (marker.length === 8 ? out.itemprop : (marker.charCodeAt(1) | 32) === 116 ? out.time : out.abbr).push(m.index);
  }
  return out;
}

/** Matches of a sticky pattern at each of the positions, in order. */
function* hits(html: string, positions: readonly number[], pattern: RegExp): Generator<RegExpExecArray> {
  for (const i of positions) {
    pattern.lastIndex = i;
    const m = pattern.exec(html);
    if (m) yield m;
  }
}

function valueOf(attributes: Map<string, string>, text: string, ...names: string[]): string | null {
  for (const name of names) {
    const v = attributes.get(name);
    if (v && v.trim()) return v.trim();
  }
  const t = decodeEntities(text).trim();
  return t ? t : null;
}

export interface PageMarkup {
  readonly dates: MarkupDate[];
  /** How many microdata date elements and <time> elements the scan saw. */
  readonly microdataTags: number;
  readonly timeTags: number;
}

/** Microdata, <time pubdate> and hAtom dates of a page, in document order per marker. */
export function markupDates(html: string): PageMarkup {
  const out: MarkupDate[] = [];
  const positions = markerPositions(html);
  let rank = 0;
  for (const m of hits(html, positions.itemprop, MICRODATA)) {
    const around = tagAround(html, m.index);
    // <meta itemprop> is read with the other meta tags.
    if (!around || /^<meta\b/i.test(around.tag)) continue;
    const value = valueOf(tagAttributes(around.tag), around.text, 'content', 'datetime', 'title');
    const kind = /modified|updated/i.test(m[1]!) ? 'modified' : 'published';
    out.push({ kind, value: value ?? '', microdata: rank++ });
  }
  const microdataTags = rank;
  rank = 0;
  for (const m of hits(html, positions.time, TIME)) {
    const around = tagAround(html, m.index + 1);
    const attributes = around ? tagAttributes(around.tag) : null;
    const value = attributes?.has('pubdate') ? valueOf(attributes, around!.text, 'datetime') : null;
    if (value) out.push({ kind: 'published', value, time: rank });
    rank++;
  }
  const timeTags = rank;
  for (const m of hits(html, positions.abbr, ABBR)) {
    const around = tagAround(html, m.index + 1);
    const value = around && valueOf(tagAttributes(around.tag), around.text, 'title');
    if (value) out.push({ kind: m[1]!.toLowerCase() === 'published' ? 'published' : 'modified', value });
  }
  return { dates: out, microdataTags, timeTags };
}

/** "datePublished": "…" in inline scripts (app state, analytics layers) outside JSON-LD. */
const SCRIPT_FIELD = /["'](datePublished|publishDate|publishedDate|pubDate|publish_date|published_at|firstPublishedDate|dateModified)["']\s*:\s*["']([^"']{8,40})["']/g;

export function scriptDates(html: string): MarkupDate[] {
  const out: MarkupDate[] = [];
  SCRIPT_FIELD.lastIndex = 0;
  for (let m = SCRIPT_FIELD.exec(html); m && out.length < 20; m = SCRIPT_FIELD.exec(html)) {
    out.push({ kind: m[1] === 'dateModified' ? 'modified' : 'published', value: m[2]! });
  }
  return out;
}
