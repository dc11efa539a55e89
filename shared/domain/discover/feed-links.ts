/**
 * Feed autodiscovery: `<link rel="alternate" type="application/rss+xml|atom+xml" href>` in an HTML
 * page's head, the way browsers and feed readers find a site's feeds. Pure; never throws.
 */
import { load } from 'cheerio/slim';
import { resolveHttpUrl } from './xml.js';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);
/** Only the document start is read: feed links live in the head. */
const MAX_HTML_CHARS = 256 * 1024;
const MAX_LINKS = 10;

export function alternateFeedLinks(html: string, baseUrl: string): string[] {
  const links: string[] = [];
  try {
    const $ = load(html.slice(0, MAX_HTML_CHARS));
    $('link[href]').each((_, element) => {
      const rel = ($(element).attr('rel') ?? '').toLowerCase().split(/\s+/);
      const type = ($(element).attr('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
      if (!rel.includes('alternate') || !FEED_TYPES.has(type)) return;
      const url = resolveHttpUrl($(element).attr('href') ?? '', baseUrl);
      if (url !== null && !links.includes(url) && links.length < MAX_LINKS) links.push(url);
    });
  } catch {
    return links;
  }
  return links;
}
