/**
 * Page metadata: title, authors, dates, language, section, canonical URL, image, description.
 * Sources in order of trust: JSON-LD article node, OpenGraph/meta tags, then the visible page
 * (<time datetime>, byline elements, <h1>, <title>) and finally the URL's date pattern.
 */
import { bylineAuthors } from './byline.js';
import { normaliseDate } from './dates.js';
import { findPageDates } from './dates/publication.js';
import { textOf as rawTextOf, type Document, type Element } from './dom.js';
import { decodeEntities } from './entities.js';
import { asString, authorNames, stringField, type JsonObject } from './jsonld.js';
import { comparable, firstNonEmpty, normaliseSpace } from './text.js';

export interface PageMetadata {
  readonly title: string;
  readonly authors: string[];
  readonly publishedAt: string | null;
  readonly publishedDay: string | null;
  readonly modifiedAt: string | null;
  readonly language: string;
  readonly section: string | null;
  readonly canonicalUrl: string | null;
  readonly image: string | null;
  readonly description: string | null;
}

/** What one pass over the elements gathers for metadata. */
export interface MetaSources {
  /** meta name/property (lower-cased) → all contents, in document order. */
  readonly meta: Map<string, string[]>;
  readonly htmlLang: string | null;
  readonly canonical: string | null;
  readonly titleTag: string | null;
  readonly h1: string[];
  /** The first <h1>/<h2> elements, where the headline is looked for. */
  readonly headings: Element[];
  readonly timeDatetimes: string[];
  readonly bylines: string[];
  readonly relAuthors: string[];
}

/** Cheap substring test before the regex: most class names mention neither. */
const mayNameAuthor = (cls: string): boolean => (cls.includes('byline') || cls.includes('author')) && BYLINE_CLASS.test(cls);
const BYLINE_CLASS = /(^|\s)(byline|author-name|article-author|byline__name)(\s|$)/i;

const textOf = (el: Element): string => decodeEntities(rawTextOf(el));

export function gatherSources(elements: readonly Element[]): MetaSources {
  const meta = new Map<string, string[]>();
  let htmlLang: string | null = null;
  let canonical: string | null = null;
  let titleTag: string | null = null;
  const h1: string[] = [];
  const headings: Element[] = [];
  const timeDatetimes: string[] = [];
  const bylines: string[] = [];
  const relAuthors: string[] = [];
  for (const el of elements) {
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        htmlLang ??= a['lang'] ?? a['xml:lang'] ?? null;
        break;
      case 'meta': {
        const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'])?.toLowerCase().trim();
        const content = a['content'] === undefined ? undefined : decodeEntities(a['content']);
        if (key && content !== undefined) {
          const list = meta.get(key);
          if (list) list.push(content);
          else meta.set(key, [content]);
        }
        break;
      }
      case 'link':
        if (a['rel']?.toLowerCase().split(/\s+/).includes('canonical') && a['href']) canonical ??= decodeEntities(a['href']);
        break;
      case 'title':
        titleTag ??= textOf(el);
        break;
      case 'h1':
        if (h1.length < 5) h1.push(textOf(el));
        if (headings.length < 50) headings.push(el);
        break;
      case 'h2':
      case 'h3':
        // Blog templates (Blogger, TypePad) head a post with an <h3> under the blog's <h1>.
        if (headings.length < 50) headings.push(el);
        break;
      case 'time':
        if (a['datetime']) timeDatetimes.push(decodeEntities(a['datetime']));
        break;
      case 'a':
        if (a['rel']?.toLowerCase() === 'author') relAuthors.push(textOf(el));
        break;
      default:
        break;
    }
    if (bylines.length < 5 && (a['itemprop'] === 'author' || (a['class'] !== undefined && mayNameAuthor(a['class'])))) {
      bylines.push(textOf(el));
    }
  }
  return { meta, htmlLang, canonical, titleTag, h1, headings, timeDatetimes, bylines, relAuthors };
}

function metaFirst(sources: MetaSources, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = firstNonEmpty(...(sources.meta.get(key) ?? []));
    if (value) return value;
  }
  return null;
}

function absoluteUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "en-US" → "en", "az_AZ" → "az"; "und" when absent or not a language tag. */
export function primaryLanguage(tag: string | null): string | null {
  if (!tag) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)/.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

/** Drop a site-name suffix/prefix from a <title>: "Headline | Site", "Headline - Site". */
function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+[:»·]\s+/);
  if (parts.length < 2) return title;
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

const BY_PREFIX = /^(by|from|author|автор|müəllif)\s*:?\s+/i;

/** A name, not a date, a handle or a reading time: no digits, no "@", at most six words. */
function looksLikeName(text: string): boolean {
  return text.length >= 2 && !/[\d@]/.test(text) && text.split(' ').length <= 6;
}

export function cleanAuthors(raw: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    const clean = normaliseSpace(decodeEntities(value)).replace(BY_PREFIX, '');
    if (!clean || /^https?:\/\//i.test(clean) || clean.length > 120) continue;
    for (const part of clean.split(/\s*(?:,|;|[|•·]|\band\b|&|\bи\b|\bvə\b)\s*/)) {
      // Bylines often run on into a handle or a date: "Jane Doe @jdoe Nov 19".
      const name = part.replace(/\s+@\S.*$/, '').trim();
      if (!looksLikeName(name) || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}

/** What the date finder reads beyond the gathered sources (see dates/publication.ts). */
export interface PageContext {
  readonly jsonLd: readonly JsonObject[];
  /** The HTML the tree was built from (scripts set aside) and the page as fetched. */
  readonly html: string;
  readonly rawHtml: string;
  readonly doc: Document;
}

/** The <h1> (else <h2>) whose text is the title, else the first <h1>: where the article starts. */
function headlineOf(sources: MetaSources, title: string): Element | null {
  const key = comparable(title);
  const h1s = sources.headings.filter((el) => el.name === 'h1');
  if (key) {
    const match = sources.headings.find((el) => el.name === 'h1' && comparable(textOf(el)) === key) ?? sources.headings.find((el) => comparable(textOf(el)) === key);
    if (match) return match;
  }
  return h1s[0] ?? null;
}

export function buildMetadata(sources: MetaSources, article: JsonObject | undefined, pageUrl: string | undefined, context?: PageContext): PageMetadata {
  const jsonTitle = stringField(article, 'headline') ?? stringField(article, 'name');
  const title =
    firstNonEmpty(
      jsonTitle,
      metaFirst(sources, 'og:title', 'twitter:title'),
      sources.h1.length === 1 ? sources.h1[0] : null,
      sources.titleTag ? stripSiteName(normaliseSpace(sources.titleTag)) : null,
      sources.h1[0],
    ) ?? '';

  const authors = cleanAuthors([
    ...authorNames(article),
    ...(authorNames(article).length > 0 ? [] : (sources.meta.get('author') ?? [])),
    ...(sources.meta.get('article:author') ?? []).filter((a) => !/^https?:/i.test(a)),
  ]);
  const markedAuthors = authors.length > 0 ? authors : cleanAuthors([...sources.bylines, ...sources.relAuthors]);
  const headline = headlineOf(sources, title);
  const visibleAuthors = markedAuthors.length > 0 ? markedAuthors : cleanAuthors(bylineAuthors(headline));

  const language =
    primaryLanguage(sources.htmlLang) ??
    primaryLanguage(stringField(article, 'inLanguage')) ??
    primaryLanguage(metaFirst(sources, 'og:locale', 'content-language', 'language', 'dc.language')) ??
    'und';

  const dates = context
    ? findPageDates({
        meta: sources.meta,
        article,
        jsonLd: context.jsonLd,
        html: context.html,
        rawHtml: context.rawHtml,
        doc: context.doc,
        headline,
        url: pageUrl,
        canonical: sources.canonical,
        language,
      })
    : null;
  const publishedAt = dates?.published?.iso ?? normaliseDate(stringField(article, 'datePublished'));
  const publishedDay = dates?.published?.day ?? publishedAt?.slice(0, 10) ?? null;
  const modifiedAt = dates?.modified?.iso ?? normaliseDate(stringField(article, 'dateModified'));


  const section = firstNonEmpty(stringField(article, 'articleSection'), metaFirst(sources, 'article:section', 'section'));
  const canonicalUrl = absoluteUrl(sources.canonical ?? metaFirst(sources, 'og:url'), pageUrl);
  const image = absoluteUrl(
    metaFirst(sources, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ??
      asString(article?.['image']) ??
      asString(article?.['thumbnailUrl']),
    pageUrl ?? canonicalUrl ?? undefined,
  );
  const description = firstNonEmpty(metaFirst(sources, 'description', 'og:description', 'twitter:description'), stringField(article, 'description'));
  // JSON-LD strings may carry HTML entities ("doesn&#8217;t"); meta values were decoded already.
  return {
    title: decodeEntities(title),
    authors: visibleAuthors,
    publishedAt,
    publishedDay,
    modifiedAt,
    language,
    section: section === null ? null : decodeEntities(section),
    canonicalUrl,
    image,
    description: description === null ? null : decodeEntities(description),
  };
}
