/**
 * Discovery end to end at the HTTP edge: fetch the news site's feeds and sitemaps with
 * HttpFetcher (accept 'xml'), sniff them, and parse them into article URLs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFetcher } from '../../shared/adapters/http/http-fetcher.js';
import { decodeXmlBytes, parseFeed, parseSitemap, sniffDocument, type DocumentKind } from '../../shared/domain/discover/index.js';
import { startNewsSite, type NewsSite } from '../support/news-site.js';

let site: NewsSite;
let fetcher: HttpFetcher;

async function fetchXml(path: string): Promise<{ kind: DocumentKind; text: string; url: string }> {
  const outcome = await fetcher.fetch({ url: site.url(path), accept: 'xml' });
  if (outcome.kind !== 'ok') throw new Error(`${path}: ${JSON.stringify(outcome)}`);
  return { kind: sniffDocument(outcome.page.body, outcome.page.headers['content-type']), text: decodeXmlBytes(outcome.page.body), url: outcome.page.finalUrl };
}

beforeAll(async () => {
  site = await startNewsSite();
  fetcher = new HttpFetcher({ userAgent: 'culture-index-test/1.0', perHostDelayMs: 0, unsafeNoDelay: true, allowLoopback: true });
});

afterAll(async () => {
  fetcher.close();
  await site.close();
});

describe('discovery over the loopback news site', () => {
  it.each([
    ['/feeds/rss.xml', 'rss', 'rss'],
    ['/feeds/atom.xml', 'atom', 'atom'],
    ['/feeds/rdf.xml', 'rss', 'rdf'],
  ])('%s sniffs as %s and lists every article with its date', async (path, kind, format) => {
    const doc = await fetchXml(path);
    expect(doc.kind).toBe(kind);
    const feed = parseFeed(doc.text, doc.url);
    expect(feed.format).toBe(format);
    expect(feed.problems).toEqual([]);
    expect(feed.entries.map((e) => e.url)).toEqual(site.articles.map((a) => a.url));
    expect(feed.entries.map((e) => e.publishedAt)).toEqual(site.articles.map((a) => new Date(a.publishedAt).toISOString()));
    expect(feed.entries.map((e) => e.title)).toEqual(site.articles.map((a) => a.title));
  });

  it('walks the sitemap index into the article and news sitemaps', async () => {
    const index = await fetchXml('/sitemap.xml');
    expect(index.kind).toBe('sitemapindex');
    const children = parseSitemap(index.text, index.url).sitemaps.map((s) => s.url);
    expect(children).toEqual([site.url('/sitemaps/articles.xml'), site.url('/sitemaps/news.xml')]);
    for (const child of children) {
      const doc = await fetchXml(new URL(child).pathname);
      expect(doc.kind).toBe('sitemap');
      const parsed = parseSitemap(doc.text, doc.url);
      expect(parsed.problems).toEqual([]);
      expect(parsed.urls.map((u) => u.url)).toEqual(site.articles.map((a) => a.url));
    }
    const news = parseSitemap((await fetchXml('/sitemaps/news.xml')).text, site.baseUrl);
    expect(news.urls[0]).toMatchObject({ title: site.articles[0]?.title, language: 'en', publishedAt: new Date(site.articles[0]?.publishedAt ?? '').toISOString() });
  });

  it('unpacks a gzip sitemap file (sitemap.xml.gz) for xml requests', async () => {
    const doc = await fetchXml('/sitemaps/articles.xml.gz');
    expect(doc.kind).toBe('sitemap');
    expect(parseSitemap(doc.text, doc.url).urls.map((u) => u.url)).toEqual(site.articles.map((a) => a.url));
    expect((await fetcher.fetch({ url: site.url('/sitemaps/articles.xml.gz') })).kind).toBe('skipped');
  });

  it('reads what it can from the broken feed and lists the problems', async () => {
    const doc = await fetchXml('/feeds/broken.xml');
    expect(doc.kind).toBe('rss');
    const feed = parseFeed(doc.text, doc.url);
    expect(feed.entries.map((e) => e.url)).toEqual(expect.arrayContaining([site.url('/news/puppet-festival.html'), site.url('/news/manuscript-exhibition.html')]));
    expect(feed.problems.length).toBeGreaterThanOrEqual(3);
  });

  it('recognises the "feed" that is really an HTML page', async () => {
    const doc = await fetchXml('/feeds/not-a-feed.xml');
    expect(doc.kind).toBe('html');
    expect(parseFeed(doc.text, doc.url).entries).toEqual([]);
  });

  it('robots.txt names the sitemap', async () => {
    const outcome = await fetcher.fetch({ url: site.url('/robots.txt'), accept: 'any' });
    expect(outcome.kind === 'ok' && new TextDecoder().decode(outcome.page.body)).toContain(`Sitemap: ${site.url('/sitemap.xml')}`);
  });
});
