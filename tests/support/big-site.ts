/**
 * A generated loopback news site of N article pages for crash and load tests, with an RSS feed
 * and a sitemap listing them all, and faults injected on purpose: a given share of the pages
 * answer 503 (with Retry-After: 0), reset the connection, or stall past the client's timeout on
 * their first `faultyAttempts` requests; every tenth faulty page fails for good (500).
 * Texts are generated from a small vocabulary of our own, distinct per page.
 *
 *   const site = await startBigSite({ pages: 1000, faultShare: 0.2 });
 *   site.feedUrl, site.sitemapUrl, site.pageUrls, site.requests(path)
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface BigSiteOptions {
  readonly pages: number;
  /** Share of pages that misbehave (0–1). */
  readonly faultShare?: number;
  /** How many requests a transiently faulty page fails before it answers. */
  readonly faultyAttempts?: number;
  /** How long a stalled response waits before answering (longer than the client timeout). */
  readonly stallMs?: number;
  /** Crawl-delay line in robots.txt, when given. */
  readonly crawlDelaySeconds?: number;
  /** Whether the home page links the feed with <link rel=alternate> (default true). */
  readonly homeFeedLink?: boolean;
  /** Whether robots.txt lists the sitemap (default true). */
  readonly robotsSitemap?: boolean;
}

export type Fault = 'none' | '503' | 'reset' | 'stall' | 'permanent-500';

export interface BigSite {
  readonly origin: string;
  readonly feedUrl: string;
  readonly sitemapUrl: string;
  readonly pageUrls: readonly string[];
  faultOf(index: number): Fault;
  /** Requests seen per path. */
  requests(path: string): number;
  readonly totalRequests: () => number;
  close(): Promise<void>;
}

const SUBJECTS = ['The city orchestra', 'A young painter', 'The national library', 'The puppet theatre', 'A film studio', 'The carpet museum', 'A choir from the north', 'The drama school', 'A poetry circle', 'The history museum'];
const VERBS = ['presented', 'opened', 'announced', 'celebrated', 'restored', 'recorded', 'toured with', 'published', 'staged', 'hosted'];
const OBJECTS = ['a new programme of chamber music', 'an exhibition of early prints', 'a festival of short films', 'a series of evening readings', 'a collection of folk songs', 'a workshop for children', 'a retrospective of stage designs', 'a catalogue of manuscripts', 'a season of open rehearsals', 'a programme of guest lectures'];
const PLACES = ['in the old quarter', 'near the seaside park', 'at the central hall', 'in a former factory', 'on the main square', 'at the riverside gallery', 'in the university courtyard', 'at the summer stage', 'in the city archive', 'at the concert garden'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

function paragraph(page: number, line: number): string {
  const n = page * 7 + line * 13;
  return `${pick(SUBJECTS, n)} ${pick(VERBS, n >> 1)} ${pick(OBJECTS, n >> 2)} ${pick(PLACES, n >> 3)} on day ${(page % 28) + 1}, item ${page}-${line}, and the organisers said more events would follow during the coming weeks.`;
}

export function pageHtml(index: number): string {
  const title = `Culture note ${index}: ${pick(SUBJECTS, index)} ${pick(VERBS, index * 3)} ${pick(OBJECTS, index * 5)}`;
  const paragraphs = Array.from({ length: 5 }, (_, line) => `<p>${paragraph(index, line)}</p>`).join('\n');
  const day = String((index % 28) + 1).padStart(2, '0');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2026-03-${day}T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
${paragraphs}
</article><footer>Generated test page</footer></body></html>`;
}

/** Deterministic per page: which fault (if any) it carries. */
function faultFor(index: number, share: number): Fault {
  const bucket = ((index * 2654435761) >>> 0) % 1000;
  if (bucket >= share * 1000) return 'none';
  if (bucket % 10 === 0) return 'permanent-500';
  return (['503', 'reset', 'stall'] as const)[bucket % 3] ?? '503';
}

export async function startBigSite(options: BigSiteOptions): Promise<BigSite> {
  const share = options.faultShare ?? 0;
  const faultyAttempts = options.faultyAttempts ?? 1;
  const stallMs = options.stallMs ?? 3000;
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let total = 0;
  let origin = '';
  const pagePath = (i: number): string => `/news/${i}.html`;

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const seen = (counts.get(path) ?? 0) + 1;
    counts.set(path, seen);
    total += 1;
    const send = (status: number, type: string, body: string, extra: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
      res.end(body);
    };
    if (path === '/robots.txt') {
      const delay = options.crawlDelaySeconds !== undefined ? `Crawl-delay: ${options.crawlDelaySeconds}\n` : '';
      const sitemap = options.robotsSitemap === false ? '' : `\nSitemap: ${origin}/sitemap.xml\n`;
      return send(200, 'text/plain', `User-agent: *\nDisallow: /private/\n${delay}${sitemap}`);
    }
    if (path === '/') {
      const link = options.homeFeedLink === false ? '' : '<link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">';
      return send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="en"><head><title>Big site</title>${link}</head><body><p>Home</p></body></html>`);
    }
    if (path === '/feed.xml') {
      const items = Array.from({ length: options.pages }, (_, i) => `<item><title>Note ${i}</title><link>${origin}${pagePath(i)}</link></item>`).join('');
      return send(200, 'application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Big site</title><link>${origin}/</link>${items}</channel></rss>`);
    }
    if (path === '/sitemap.xml') {
      const urls = Array.from({ length: options.pages }, (_, i) => `<url><loc>${origin}${pagePath(i)}</loc></url>`).join('');
      return send(200, 'application/xml', `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
    }
    const match = /^\/news\/(\d+)\.html$/.exec(path);
    const index = match ? Number(match[1]) : -1;
    if (index < 0 || index >= options.pages) return send(404, 'text/plain', 'not found');
    const fault = faultFor(index, share);
    if (fault === 'permanent-500') return send(500, 'text/plain', 'broken for good');
    if (fault !== 'none' && seen <= faultyAttempts) {
      if (fault === '503') return send(503, 'text/plain', 'busy', { 'retry-after': '0' });
      if (fault === 'reset') return req.socket.destroy();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send(200, 'text/html; charset=utf-8', pageHtml(index));
      }, stallMs);
      timers.add(timer);
      return;
    }
    if (req.headers['if-none-match'] === `"p${index}"`) {
      res.writeHead(304, { etag: `"p${index}"` });
      return res.end();
    }
    send(200, 'text/html; charset=utf-8', pageHtml(index), { etag: `"p${index}"` });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    feedUrl: `${origin}/feed.xml`,
    sitemapUrl: `${origin}/sitemap.xml`,
    pageUrls: Array.from({ length: options.pages }, (_, i) => `${origin}${pagePath(i)}`),
    faultOf: (i) => faultFor(i, share),
    requests: (path) => counts.get(path) ?? 0,
    totalRequests: () => total,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
