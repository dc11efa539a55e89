/**
 * Sitemaps (urlset, incl. Google News extensions) and sitemap indexes. Never throws: problems are
 * reported beside whatever could be read.
 */
import {
  childElements, childText, firstChild, localName, looksTruncated, parseFeedDate, parseXmlTree,
  resolveHttpUrl, rootElement, type XmlNode,
} from './xml.js';

export interface SitemapUrl {
  readonly url: string;
  /** ISO instant from <lastmod>. */
  readonly lastModified?: string;
  /** ISO instant from <news:publication_date>. */
  readonly publishedAt?: string;
  /** <news:title>. */
  readonly title?: string;
  /** <news:language>. */
  readonly language?: string;
}

export interface SitemapResult {
  readonly kind: 'urlset' | 'sitemapindex' | 'unknown';
  /** Page URLs (urlset only). */
  readonly urls: readonly SitemapUrl[];
  /** Child sitemap URLs (sitemapindex only), with their <lastmod> when given. */
  readonly sitemaps: readonly { readonly url: string; readonly lastModified?: string }[];
  readonly problems: readonly string[];
}

/** The sitemap protocol's own limit per file. */
export const MAX_SITEMAP_ENTRIES = 50_000;

function readDate(node: XmlNode, name: string, where: string, problems: string[]): string | undefined {
  const raw = childText(node, name);
  if (raw === '') return undefined;
  const iso = parseFeedDate(raw);
  if (iso === null) {
    problems.push(`${where} has an unreadable ${name}: ${raw.slice(0, 100)}`);
    return undefined;
  }
  return iso;
}

function readUrlEntry(node: XmlNode, index: number, base: string, problems: string[]): SitemapUrl | null {
  const where = `entry ${index + 1}`;
  const loc = childText(node, 'loc');
  const url = resolveHttpUrl(loc, base);
  if (url === null) {
    problems.push(loc === '' ? `${where} has no <loc>` : `${where} has an unusable <loc>: ${loc.slice(0, 200)}`);
    return null;
  }
  const lastModified = readDate(node, 'lastmod', where, problems);
  const news = firstChild(node, 'news');
  const publishedAt = news === undefined ? undefined : readDate(news, 'publication_date', where, problems);
  const title = news === undefined ? '' : childText(news, 'title').replace(/\s+/g, ' ');
  const publication = news === undefined ? undefined : firstChild(news, 'publication');
  const language = publication === undefined ? '' : childText(publication, 'language');
  return {
    url,
    ...(lastModified !== undefined ? { lastModified } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(title !== '' ? { title } : {}),
    ...(language !== '' ? { language: language.toLowerCase() } : {}),
  };
}

export function parseSitemap(xml: string, baseUrl: string): SitemapResult {
  const problems: string[] = [];
  let doc: XmlNode;
  try {
    doc = parseXmlTree(xml);
  } catch (error) {
    return { kind: 'unknown', urls: [], sitemaps: [], problems: [`not parseable as XML: ${String(error)}`] };
  }
  const root = rootElement(doc);
  if (root === undefined) return { kind: 'unknown', urls: [], sitemaps: [], problems: ['no root element: empty or not XML'] };
  if (looksTruncated(xml, root)) problems.push(`document looks truncated: no closing </${root.name ?? ''}>`);

  const rootName = localName(root);
  if (rootName === 'urlset') {
    const entries = childElements(root, 'url');
    if (entries.length > MAX_SITEMAP_ENTRIES) problems.push(`more than ${MAX_SITEMAP_ENTRIES} entries; the rest were ignored`);
    const seen = new Set<string>();
    const urls: SitemapUrl[] = [];
    entries.slice(0, MAX_SITEMAP_ENTRIES).forEach((node, i) => {
      const entry = readUrlEntry(node, i, baseUrl, problems);
      if (entry !== null && !seen.has(entry.url)) {
        seen.add(entry.url);
        urls.push(entry);
      }
    });
    return { kind: 'urlset', urls, sitemaps: [], problems };
  }
  if (rootName === 'sitemapindex') {
    const sitemaps: { url: string; lastModified?: string }[] = [];
    childElements(root, 'sitemap').slice(0, MAX_SITEMAP_ENTRIES).forEach((node, i) => {
      const loc = childText(node, 'loc');
      const url = resolveHttpUrl(loc, baseUrl);
      if (url === null) {
        problems.push(loc === '' ? `sitemap ${i + 1} has no <loc>` : `sitemap ${i + 1} has an unusable <loc>: ${loc.slice(0, 200)}`);
        return;
      }
      const lastModified = readDate(node, 'lastmod', `sitemap ${i + 1}`, problems);
      sitemaps.push({ url, ...(lastModified !== undefined ? { lastModified } : {}) });
    });
    return { kind: 'sitemapindex', urls: [], sitemaps, problems };
  }
  return { kind: 'unknown', urls: [], sitemaps: [], problems: [...problems, `not a sitemap: root element is <${root.name ?? '?'}>`] };
}
