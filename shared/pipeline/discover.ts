import { decodeHtml } from '../domain/decode.js';
import { parseFeed } from '../domain/discover/feed.js';
import { alternateFeedLinks } from '../domain/discover/feed-links.js';
import { parseRobots } from '../domain/discover/robots.js';
import { parseSitemap } from '../domain/discover/sitemap.js';
import { decodeXmlBytes } from '../domain/discover/xml.js';
import { sniffDocument } from '../domain/discover/sniff.js';
import type { RawPage } from '../domain/model.js';
import { dedupeKey } from '../domain/url.js';
import type { Fetcher } from '../ports/fetcher.js';

/** Sitemap indexes may nest; deeper than this is a loop or a trap. */
export const MAX_SITEMAP_DEPTH = 3;

export interface DiscoveredUrl {
  readonly url: string;
  /** From sitemap <lastmod> or the feed/news date, when given. */
  readonly lastModified?: string;
}

export interface Discovery {
  /** Article URLs found in feeds and sitemaps, de-duplicated by normalised form. */
  readonly urls: DiscoveredUrl[];
  /** Targets that were HTML pages themselves, already fetched (so they are not fetched twice). */
  readonly pages: RawPage[];
  readonly problems: { readonly url: string; readonly reason: string }[];
  /** Start URLs that could not be fetched at all, with the fetcher's verdict. */
  readonly unreachable: { readonly url: string; readonly status: 'skipped' | 'failed'; readonly reason: string }[];
}

/**
 * Follows feeds, sitemaps and sitemap indexes from the start URLs. A start URL that turns out to
 * be an HTML page is returned as a page. Problems (unreachable feed, broken XML) are collected,
 * never thrown, so one bad outlet does not stop the others.
 */
export async function discover(fetcher: Fetcher, startUrls: readonly string[]): Promise<Discovery> {
  const result: Discovery = { urls: [], pages: [], problems: [], unreachable: [] };
  const seen = new Set<string>();
  const visitedDocs = new Set<string>();
  const addUrl = (entry: DiscoveredUrl): void => {
    const key = dedupeKey(entry.url);
    if (seen.has(key)) return;
    seen.add(key);
    result.urls.push(entry);
  };
  const visit = async (url: string, depth: number): Promise<void> => {
    const key = dedupeKey(url);
    if (visitedDocs.has(key)) return;
    visitedDocs.add(key);
    const outcome = await fetcher.fetch({ url, accept: 'any' });
    if (outcome.kind === 'skipped' || outcome.kind === 'failed') {
      if (depth === 0) result.unreachable.push({ url, status: outcome.kind, reason: outcome.reason });
      else result.problems.push({ url, reason: outcome.reason });
      return;
    }
    if (outcome.kind !== 'ok') return; // not-modified cannot happen without validators
    const page = outcome.page;
    const kind = sniffDocument(page.body, page.headers['content-type'] ?? null);
    if (kind === 'html') {
      result.pages.push(page);
      // A site's home page given as a target stands for the site: follow its feeds
      // (<link rel=alternate>) and the sitemaps its robots.txt lists.
      if (depth === 0 && isSiteRoot(page.finalUrl)) {
        const html = decodeHtml(page.body, page.headers['content-type'] ?? null).text;
        for (const feed of alternateFeedLinks(html, page.finalUrl)) await visit(feed, 1);
        for (const sitemap of await robotsSitemaps(fetcher, page.finalUrl)) await visit(sitemap, 1);
      }
      return;
    }
    const xml = decodeXmlBytes(page.body);
    if (kind === 'rss' || kind === 'atom') {
      const feed = parseFeed(xml, page.finalUrl);
      for (const problem of feed.problems) result.problems.push({ url, reason: problem });
      for (const entry of feed.entries) addUrl(entry.publishedAt ? { url: entry.url, lastModified: entry.publishedAt } : { url: entry.url });
      return;
    }
    if (kind === 'sitemap' || kind === 'sitemapindex') {
      const sitemap = parseSitemap(xml, page.finalUrl);
      for (const problem of sitemap.problems) result.problems.push({ url, reason: problem });
      for (const entry of sitemap.urls) {
        const lastModified = entry.lastModified ?? entry.publishedAt;
        addUrl(lastModified ? { url: entry.url, lastModified } : { url: entry.url });
      }
      for (const child of sitemap.sitemaps) {
        if (depth >= MAX_SITEMAP_DEPTH) result.problems.push({ url: child.url, reason: 'sitemap-too-deep' });
        else await visit(child.url, depth + 1);
      }
      return;
    }
    if (depth === 0) result.unreachable.push({ url, status: 'skipped', reason: 'unsupported-content-type' });
    else result.problems.push({ url, reason: 'not-a-feed-sitemap-or-page' });
  };
  for (const url of startUrls) await visit(url, 0);
  return result;
}

/** A URL with an empty or "/" path and no query: the site itself rather than one of its pages. */
function isSiteRoot(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === '/' || parsed.pathname === '') && parsed.search === '';
  } catch {
    return false;
  }
}

/** `Sitemap:` lines of the origin's robots.txt (none when it cannot be read). */
async function robotsSitemaps(fetcher: Fetcher, url: string): Promise<string[]> {
  const robotsUrl = new URL('/robots.txt', url).href;
  const outcome = await fetcher.fetch({ url: robotsUrl, accept: 'any' });
  if (outcome.kind !== 'ok') return [];
  return [...parseRobots(new TextDecoder('utf-8').decode(outcome.page.body)).sitemaps].slice(0, 20);
}
