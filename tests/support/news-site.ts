/**
 * A loopback news site for tests: fixture articles in Azernews style, feeds, sitemaps, robots.txt,
 * and routes that misbehave on purpose. Reuse it from any test:
 *
 *   const site = await startNewsSite();          // 127.0.0.1 on a free port (options: see NewsSiteOptions)
 *   site.url('/news/puppet-festival.html');      // absolute URL
 *   site.hits                                    // every request seen: { method, path, headers, at }
 *   site.articles                                // the fixture articles: { slug, path, url, title, publishedAt }
 *   site.peakConcurrency()                       // most requests ever in flight at once
 *   await site.close();
 *
 * Fetchers must be built with `allowLoopback: true` to reach it (the SSRF guard refuses loopback).
 *
 * Routes
 *   /robots.txt                     User-agent: * / Disallow: /private/ / Crawl-delay: 0 / Sitemap line
 *   /news/<slug>.html               article (ETag + Last-Modified; 304 on If-None-Match / If-Modified-Since)
 *   /private/internal-notes.html    a page robots.txt disallows
 *   /feeds/rss.xml                  RSS 2.0 of all articles      /feeds/atom.xml   Atom
 *   /feeds/rdf.xml                  RSS 1.0 (RDF)                /feeds/broken.xml malformed, truncated RSS
 *   /feeds/not-a-feed.xml           an HTML page labelled application/rss+xml
 *   /sitemap.xml                    sitemap index → /sitemaps/articles.xml (lastmod) + /sitemaps/news.xml (Google News)
 *   /sitemaps/articles.xml.gz       the articles sitemap as a gzip file (application/x-gzip, no Content-Encoding)
 *   /redirect/<n>                   n redirects, then the first article (3 is fine, 6 is too many)
 *   /redirect-to-metadata           302 → http://169.254.169.254/latest/meta-data/
 *   /redirect-to-private            302 → /private/internal-notes.html (robots-disallowed target)
 *   /status/<code>                  that status (429 and 503 carry Retry-After)
 *   /slow-headers                   waits `slowHeadersMs` (default 5000) before sending headers
 *   /slow-body                      headers at once, then one byte every `trickleIntervalMs` (default 100) for a minute
 *   /big/declared                   honest Content-Length of 6 MiB
 *   /big/chunked                    6 MiB streamed without Content-Length
 *   /lying-length                   declares Content-Length 100000, sends 1000 bytes, closes
 *   /gzip-bomb.html                 8 MiB of spaces, gzip-encoded (small on the wire)
 *   /charset/header-1251.html       windows-1251 body, charset only in the Content-Type header
 *   /charset/meta-1251.html         windows-1251 body, charset only in a <meta> tag
 *   /encoded/{gzip,br,deflate}.html the first article with that Content-Encoding
 *   /image.png                      image/png bytes
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';

export interface NewsSiteOptions {
  readonly slowHeadersMs?: number;
  readonly trickleIntervalMs?: number;
  /** 'ok' (default) serves the rules below; 'missing' answers 404; 'error' answers 503. */
  readonly robots?: 'ok' | 'missing' | 'error';
  /** Crawl-delay line in robots.txt (default 0). */
  readonly crawlDelaySeconds?: number;
}

export interface Hit {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Date.now() when the request arrived. */
  readonly at: number;
}

export interface FixtureArticle {
  readonly slug: string;
  readonly path: string;
  readonly url: string;
  readonly title: string;
  readonly publishedAt: string;
}

export interface NewsSite {
  readonly baseUrl: string;
  readonly hits: Hit[];
  readonly articles: readonly FixtureArticle[];
  url(pathname: string): string;
  peakConcurrency(): number;
  close(): Promise<void>;
}

export const FIXTURE_SITE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixture-site');
/** Fixed so conditional GETs are reproducible. */
const LAST_MODIFIED = 'Sat, 14 Mar 2026 08:00:00 GMT';
const BIG_BYTES = 6 * 1024 * 1024;

interface Manifest {
  readonly articles: readonly { slug: string; title: string; publishedAt: string }[];
}

function fixture(relative: string, base: string): string {
  return readFileSync(path.join(FIXTURE_SITE_DIR, relative), 'utf8').replaceAll('{{BASE}}', base);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rssFeed(site: string, articles: readonly FixtureArticle[]): string {
  const items = articles
    .map((a) => `  <item>\n    <title>${escapeXml(a.title)}</title>\n    <link>${a.url}</link>\n    <guid isPermaLink="true">${a.url}</guid>\n    <pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>\n  </item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n  <title>Fixture culture news</title>\n  <link>${site}/</link>\n${items}\n</channel>\n</rss>\n`;
}

function atomFeed(site: string, articles: readonly FixtureArticle[]): string {
  const entries = articles
    .map((a) => `  <entry>\n    <title type="html">${escapeXml(a.title)}</title>\n    <link rel="alternate" type="text/html" href="${a.path}"/>\n    <id>tag:fixture,2026:${a.slug}</id>\n    <published>${a.publishedAt}</published>\n    <updated>${a.publishedAt}</updated>\n  </entry>`)
    .join('\n');
  // Relative hrefs on purpose: the parser must resolve them against xml:base.
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${site}/">\n  <title>Fixture culture news</title>\n  <id>tag:fixture,2026:feed</id>\n  <updated>2026-03-14T08:00:00Z</updated>\n${entries}\n</feed>\n`;
}

function rdfFeed(site: string, articles: readonly FixtureArticle[]): string {
  const items = articles
    .map((a) => `<item rdf:about="${a.url}"><title>${escapeXml(a.title)}</title><link>${a.url}</link><dc:date>${a.publishedAt}</dc:date></item>`)
    .join('\n');
  return `<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel rdf:about="${site}/feeds/rdf.xml"><title>Fixture culture news</title><link>${site}/</link></channel>\n${items}\n</rdf:RDF>\n`;
}

function sitemapIndex(site: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>${site}/sitemaps/articles.xml</loc><lastmod>2026-03-14</lastmod></sitemap>\n  <sitemap><loc>${site}/sitemaps/news.xml</loc></sitemap>\n</sitemapindex>\n`;
}

function articlesSitemap(articles: readonly FixtureArticle[]): string {
  const urls = articles.map((a) => `  <url><loc>${a.url}</loc><lastmod>${a.publishedAt}</lastmod></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

function newsSitemap(articles: readonly FixtureArticle[]): string {
  const urls = articles
    .map((a) => `  <url>\n    <loc>${a.url}</loc>\n    <news:news>\n      <news:publication><news:name>Fixture News</news:name><news:language>en</news:language></news:publication>\n      <news:publication_date>${a.publishedAt}</news:publication_date>\n      <news:title>${escapeXml(a.title)}</news:title>\n    </news:news>\n  </url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}\n</urlset>\n`;
}

function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
}

export async function startNewsSite(options: NewsSiteOptions = {}): Promise<NewsSite> {
  const slowHeadersMs = options.slowHeadersMs ?? 5000;
  const trickleIntervalMs = options.trickleIntervalMs ?? 100;
  const robotsMode = options.robots ?? 'ok';
  const crawlDelay = options.crawlDelaySeconds ?? 0;
  const manifest = JSON.parse(readFileSync(path.join(FIXTURE_SITE_DIR, 'manifest.json'), 'utf8')) as Manifest;
  const hits: Hit[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let peak = 0;
  let base = '';
  let articles: FixtureArticle[] = [];
  let gzipBomb: Buffer | null = null;

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...extra });
    res.end(body);
  };

  const later = (ms: number, fn: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const serveArticle = (req: http.IncomingMessage, res: http.ServerResponse, html: string): void => {
    const etag = etagOf(html);
    const since = req.headers['if-modified-since'];
    const notModified = req.headers['if-none-match'] === etag
      || (req.headers['if-none-match'] === undefined && since !== undefined && Date.parse(since) >= Date.parse(LAST_MODIFIED));
    if (notModified) {
      res.writeHead(304, { etag, 'last-modified': LAST_MODIFIED });
      res.end();
      return;
    }
    send(res, 200, 'text/html; charset=utf-8', html, { etag, 'last-modified': LAST_MODIFIED });
  };

  const route = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const { pathname } = new URL(req.url ?? '/', base);
    const first = articles[0];
    if (pathname === '/robots.txt') {
      if (robotsMode === 'missing') return send(res, 404, 'text/plain', 'no robots here');
      if (robotsMode === 'error') return send(res, 503, 'text/plain', 'robots temporarily unavailable', { 'retry-after': '30' });
      send(res, 200, 'text/plain', `User-agent: *\nDisallow: /private/\nCrawl-delay: ${crawlDelay}\n\nSitemap: ${base}/sitemap.xml\n`);
      return;
    }
    const article = /^\/news\/([a-z0-9-]+)\.html$/.exec(pathname);
    if (article !== null && articles.some((a) => a.slug === article[1])) {
      serveArticle(req, res, fixture(`news/${article[1]}.html`, base));
      return;
    }
    if (pathname === '/private/internal-notes.html') return send(res, 200, 'text/html; charset=utf-8', fixture('private/internal-notes.html', base));
    if (pathname === '/feeds/rss.xml') return send(res, 200, 'application/rss+xml; charset=utf-8', rssFeed(base, articles));
    if (pathname === '/feeds/atom.xml') return send(res, 200, 'application/atom+xml; charset=utf-8', atomFeed(base, articles));
    if (pathname === '/feeds/rdf.xml') return send(res, 200, 'application/rdf+xml', rdfFeed(base, articles));
    if (pathname === '/feeds/broken.xml') return send(res, 200, 'application/rss+xml', fixture('feeds/broken.xml', base));
    if (pathname === '/feeds/not-a-feed.xml') return send(res, 200, 'application/rss+xml', fixture('feeds/not-a-feed.html', base));
    if (pathname === '/sitemap.xml') return send(res, 200, 'application/xml', sitemapIndex(base));
    if (pathname === '/sitemaps/articles.xml') return send(res, 200, 'application/xml', articlesSitemap(articles));
    if (pathname === '/sitemaps/articles.xml.gz') return send(res, 200, 'application/x-gzip', zlib.gzipSync(articlesSitemap(articles)));
    if (pathname === '/sitemaps/news.xml') return send(res, 200, 'application/xml', newsSitemap(articles));
    const redirect = /^\/redirect\/(\d+)$/.exec(pathname);
    if (redirect !== null) {
      const left = Number(redirect[1]);
      res.writeHead(302, { location: left <= 1 ? (first?.path ?? '/') : `/redirect/${left - 1}` });
      res.end();
      return;
    }
    if (pathname === '/redirect-to-private') {
      res.writeHead(302, { location: '/private/internal-notes.html' });
      res.end();
      return;
    }
    if (pathname === '/redirect-to-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
      return;
    }
    const status = /^\/status\/(\d{3})$/.exec(pathname);
    if (status !== null) {
      const code = Number(status[1]);
      return send(res, code, 'text/html', `<html><body><h1>Status ${code}</h1></body></html>`, code === 429 || code === 503 ? { 'retry-after': '30' } : {});
    }
    if (pathname === '/slow-headers') {
      later(slowHeadersMs, () => send(res, 200, 'text/html', '<html><body>finally</body></html>'));
      return;
    }
    if (pathname === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>');
      let sent = 0;
      const tick = (): void => {
        if (res.destroyed || sent >= 600) {
          res.end();
          return;
        }
        sent += 1;
        res.write('.');
        later(trickleIntervalMs, tick);
      };
      later(trickleIntervalMs, tick);
      return;
    }
    if (pathname === '/big/declared') return send(res, 200, 'text/html', Buffer.alloc(BIG_BYTES, 0x20));
    if (pathname === '/big/chunked') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let written = 0;
      const pump = (): void => {
        while (written < BIG_BYTES && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
      return;
    }
    if (pathname === '/lying-length') {
      // Raw bytes on the socket: node's server would refuse to send a body shorter than declared.
      const socket = req.socket;
      socket.write(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 100000\r\nconnection: close\r\n\r\n${'x'.repeat(1000)}`);
      socket.end();
      return;
    }
    if (pathname === '/gzip-bomb.html') {
      gzipBomb ??= zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
      return send(res, 200, 'text/html', gzipBomb, { 'content-encoding': 'gzip' });
    }
    if (pathname === '/charset/header-1251.html') {
      return send(res, 200, 'text/html; charset=windows-1251', iconv.encode(fixture('charset/header-1251.html', base), 'windows-1251'));
    }
    if (pathname === '/charset/meta-1251.html') {
      return send(res, 200, 'text/html', iconv.encode(fixture('charset/meta-1251.html', base), 'windows-1251'));
    }
    const encoded = /^\/encoded\/(gzip|br|deflate)\.html$/.exec(pathname);
    if (encoded !== null && first !== undefined) {
      const plain = Buffer.from(fixture(`news/${first.slug}.html`, base));
      const coding = encoded[1] ?? 'gzip';
      const body = coding === 'gzip' ? zlib.gzipSync(plain) : coding === 'br' ? zlib.brotliCompressSync(plain) : zlib.deflateSync(plain);
      return send(res, 200, 'text/html; charset=utf-8', body, { 'content-encoding': coding, vary: 'accept-encoding' });
    }
    if (pathname === '/image.png') {
      return send(res, 200, 'image/png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    }
    send(res, 404, 'text/html', '<html><body><h1>Not found</h1></body></html>');
  };

  const server = http.createServer((req, res) => {
    hits.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: { ...req.headers }, at: Date.now() });
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    let counted = true;
    const done = (): void => {
      if (counted) inFlight -= 1;
      counted = false;
    };
    // 'close' on the response also fires when the client drops the socket; a per-request listener
    // on the (keep-alive, reused) socket itself would pile up.
    res.on('close', done);
    try {
      route(req, res);
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'text/plain', `fixture server error: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  articles = manifest.articles.map((a) => ({ ...a, path: `/news/${a.slug}.html`, url: `${base}/news/${a.slug}.html` }));

  return {
    baseUrl: base,
    hits,
    articles,
    url: (pathname: string) => new URL(pathname, base).href,
    peakConcurrency: () => peak,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
