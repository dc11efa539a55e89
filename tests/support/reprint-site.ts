/**
 * A loopback site of two aggregators that reprint stories (our own sample articles, read back
 * from the store): new headlines, agency boilerplate, trimmed tails, later dates. Also pages
 * that make source health move: an empty page, an undated article, a missing page (404).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Article, Source } from '../../shared/domain/model.js';

export interface Reprint {
  /** Path on the site, e.g. /menafn/dubbing.html. */
  readonly path: string;
  readonly original: Article;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly before?: string;
  readonly after?: string;
  /** Paragraphs of the original to keep (all by default). */
  readonly keep?: number;
}

export interface ReprintSite {
  readonly origin: string;
  readonly sources: Source[];
  close(): Promise<void>;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function articlePage(url: string, title: string, publishedAt: string | null, paragraphs: readonly string[], siteName: string): string {
  const date = publishedAt ? `<meta property="article:published_time" content="${publishedAt}">` : '';
  const time = publishedAt ? `<time datetime="${publishedAt}">${publishedAt.slice(0, 10)}</time>` : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<link rel="canonical" href="${url}"><meta property="og:type" content="article"><meta property="og:site_name" content="${siteName}">${date}</head>
<body><header><nav><a href="/">Home</a> <a href="/culture">Culture</a></nav></header>
<main><article><h1>${escape(title)}</h1>${time}<div class="article-body">${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</div></article></main>
<footer><p>© ${siteName}</p></footer></body></html>`;
}

function feed(origin: string, paths: readonly string[]): string {
  const items = paths.map((path) => `<item><title>${path}</title><link>${origin}${path}</link><guid>${origin}${path}</guid></item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>reprints</title><link>${origin}/</link>${items}</channel></rss>`;
}

/** An extra page: its HTML, a function of the site's origin (for canonical links), or null for a 404. */
export type ExtraPage = string | null | ((origin: string) => string);

/**
 * Serves `reprints` (grouped into one source per first path segment), plus `extra` pages of a
 * source given as path → page; every page is listed in its source's feed.
 */
export async function startReprintSite(reprints: readonly Reprint[], extra: Readonly<Record<string, ExtraPage>> = {}): Promise<ReprintSite> {
  const pages = new Map<string, string | null>();
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const body = path.endsWith('/rss.xml') ? feed(origin, [...pages.keys()].filter((p) => p.startsWith(path.replace('rss.xml', '')))) : pages.get(path);
    if (body === undefined || body === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': path.endsWith('.xml') ? 'application/rss+xml' : 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const reprint of reprints) {
    const body = reprint.original.paragraphs.slice(0, reprint.keep ?? reprint.original.paragraphs.length);
    const paragraphs = [`${reprint.before ?? ''}${body[0] ?? ''}`, ...body.slice(1), ...(reprint.after ? [reprint.after] : [])];
    pages.set(reprint.path, articlePage(`${origin}${reprint.path}`, reprint.title, reprint.publishedAt, paragraphs, reprint.path.split('/')[1] ?? ''));
  }
  for (const [path, page] of Object.entries(extra)) pages.set(path, typeof page === 'function' ? page(origin) : page);
  const ids = [...new Set([...pages.keys()].map((path) => path.split('/')[1] ?? ''))];
  const sources: Source[] = ids.map((id) => ({
    id, name: id, site: origin, language: 'en', feeds: [`${origin}/${id}/rss.xml`], sitemaps: [], collections: ['aggregators'], verified: false,
  }));
  return { origin, sources, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
