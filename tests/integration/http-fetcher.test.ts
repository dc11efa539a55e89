/**
 * HttpFetcher against the loopback news site: every misbehaviour yields a known outcome.
 * The fetcher needs allowLoopback to reach 127.0.0.1; one suite proves the default refuses it.
 */
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFetcher, type HttpFetcherOptions } from '../../shared/adapters/http/http-fetcher.js';
import type { FetchOutcome } from '../../shared/ports/fetcher.js';
import { startNewsSite, type NewsSite } from '../support/news-site.js';

const UA = 'culture-index-test/1.0 (+https://example.org/bot)';

let site: NewsSite;
let fetcher: HttpFetcher;
const fetchers: HttpFetcher[] = [];

function makeFetcher(options: Partial<HttpFetcherOptions> = {}): HttpFetcher {
  const made = new HttpFetcher({ userAgent: UA, perHostDelayMs: 0, unsafeNoDelay: true, allowLoopback: true, timeoutMs: 2000, ...options });
  fetchers.push(made);
  return made;
}

function text(outcome: FetchOutcome): string {
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return new TextDecoder().decode(outcome.page.body);
}

function pathHits(path: string): number {
  return site.hits.filter((h) => h.path === path).length;
}

beforeAll(async () => {
  site = await startNewsSite({ slowHeadersMs: 5000, trickleIntervalMs: 100 });
  fetcher = makeFetcher();
});

afterAll(async () => {
  for (const f of fetchers) f.close();
  await site.close();
});

describe('HttpFetcher: ordinary pages', () => {
  it('fetches an article with raw bytes, lower-cased headers and the final URL', async () => {
    const url = site.url('/news/puppet-festival.html');
    const outcome = await fetcher.fetch({ url });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.page.url).toBe(url);
    expect(outcome.page.finalUrl).toBe(url);
    expect(outcome.page.status).toBe(200);
    expect(outcome.page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(outcome.page.headers['etag']).toMatch(/^"[0-9a-f]+"$/);
    expect(Object.keys(outcome.page.headers).every((k) => k === k.toLowerCase())).toBe(true);
    expect(text(outcome)).toContain('Silk Road Puppetry Festival');
    expect(new Date(outcome.page.fetchedAt).toISOString()).toBe(outcome.page.fetchedAt);
  });

  it('sends the user agent and asks for compressed content', async () => {
    await fetcher.fetch({ url: site.url('/news/young-composers.html') });
    const hit = site.hits.find((h) => h.path === '/news/young-composers.html');
    expect(hit?.headers['user-agent']).toBe(UA);
    expect(String(hit?.headers['accept-encoding'])).toMatch(/gzip/);
  });

  it('fetches robots.txt once per origin and caches it', async () => {
    const fresh = makeFetcher();
    const before = pathHits('/robots.txt');
    await fresh.fetch({ url: site.url('/news/carpet-collection.html') });
    await fresh.fetch({ url: site.url('/news/cartoon-dubbing.html') });
    await Promise.all([fresh.fetch({ url: site.url('/news/young-composers.html') }), fresh.fetch({ url: site.url('/news/manuscript-exhibition.html') })]);
    expect(pathHits('/robots.txt') - before).toBe(1);
  });

  it('skips robots-disallowed paths without requesting them', async () => {
    const outcome = await fetcher.fetch({ url: site.url('/private/internal-notes.html') });
    expect(outcome).toEqual({ kind: 'skipped', url: site.url('/private/internal-notes.html'), reason: 'robots-disallowed' });
    expect(pathHits('/private/internal-notes.html')).toBe(0);
  });

  it('answers a conditional GET with not-modified (ETag and Last-Modified)', async () => {
    const url = site.url('/news/manuscript-exhibition.html');
    const first = await fetcher.fetch({ url });
    if (first.kind !== 'ok') throw new Error('first fetch failed');
    expect(await fetcher.fetch({ url, etag: first.page.headers['etag'] ?? null })).toEqual({ kind: 'not-modified', url });
    expect(await fetcher.fetch({ url, lastModified: first.page.headers['last-modified'] ?? null })).toEqual({ kind: 'not-modified', url });
    const conditional = site.hits.filter((h) => h.path === '/news/manuscript-exhibition.html' && h.headers['if-none-match'] !== undefined);
    expect(conditional.length).toBeGreaterThan(0);
  });
});

describe('HttpFetcher: feeds and content types', () => {
  it('skips XML for article pages but accepts it when asked for xml', async () => {
    expect(await fetcher.fetch({ url: site.url('/feeds/rss.xml') })).toMatchObject({ kind: 'skipped', reason: 'unsupported-content-type' });
    const feed = await fetcher.fetch({ url: site.url('/feeds/rss.xml'), accept: 'xml' });
    expect(text(feed)).toContain('<rss');
    expect(text(await fetcher.fetch({ url: site.url('/sitemaps/news.xml'), accept: 'xml' }))).toContain('news:publication_date');
  });

  it('skips images whatever is accepted except any', async () => {
    expect(await fetcher.fetch({ url: site.url('/image.png'), accept: 'xml' })).toMatchObject({ kind: 'skipped', reason: 'unsupported-content-type' });
    expect((await fetcher.fetch({ url: site.url('/image.png'), accept: 'any' })).kind).toBe('ok');
  });

  it('returns a feed that is really HTML as ok (the sniffer, not the fetcher, judges it)', async () => {
    expect(text(await fetcher.fetch({ url: site.url('/feeds/not-a-feed.xml'), accept: 'xml' }))).toContain('<!DOCTYPE html>');
  });
});

describe('HttpFetcher: redirects and the address guard', () => {
  it('follows 3 redirects and reports the final URL', async () => {
    const outcome = await fetcher.fetch({ url: site.url('/redirect/3') });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') {
      expect(outcome.page.url).toBe(site.url('/redirect/3'));
      expect(outcome.page.finalUrl).toBe(site.articles[0]?.url);
    }
  });

  it('fails a 6-redirect chain as too-many-redirects', async () => {
    expect(await fetcher.fetch({ url: site.url('/redirect/6') })).toEqual({
      kind: 'failed', url: site.url('/redirect/6'), reason: 'too-many-redirects', retryable: false,
    });
  });

  it('skips a redirect to the cloud metadata address even with loopback allowed', async () => {
    expect(await fetcher.fetch({ url: site.url('/redirect-to-metadata') })).toMatchObject({ kind: 'skipped', reason: 'forbidden-address' });
  });

  it('re-checks robots.txt on every hop: a redirect into a disallowed path is skipped', async () => {
    expect(await fetcher.fetch({ url: site.url('/redirect-to-private') })).toMatchObject({ kind: 'skipped', reason: 'robots-disallowed' });
    expect(pathHits('/private/internal-notes.html')).toBe(0);
  });

  it('refuses literal private, metadata and IPv6-mapped hosts without connecting', async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://[::ffff:169.254.169.254]/', 'http://0.0.0.0/']) {
      expect(await fetcher.fetch({ url })).toMatchObject({ kind: 'skipped', reason: 'forbidden-address' });
    }
  });

  it('fails invalid and non-http URLs without throwing', async () => {
    expect(await fetcher.fetch({ url: 'file:///etc/passwd' })).toMatchObject({ kind: 'failed', reason: 'invalid-url', retryable: false });
    expect(await fetcher.fetch({ url: 'not a url' })).toMatchObject({ kind: 'failed', reason: 'invalid-url' });
  });
});

describe('HttpFetcher: error statuses, timeouts and sizes', () => {
  it('maps 404 to a permanent and 500/503/429 to retryable failures', async () => {
    expect(await fetcher.fetch({ url: site.url('/status/404') })).toMatchObject({ kind: 'failed', reason: 'http-404', retryable: false });
    expect(await fetcher.fetch({ url: site.url('/status/500') })).toMatchObject({ kind: 'failed', reason: 'http-500', retryable: true });
    expect(await fetcher.fetch({ url: site.url('/status/503') })).toMatchObject({ kind: 'failed', reason: 'http-503', retryable: true });
    expect(await fetcher.fetch({ url: site.url('/status/429') })).toMatchObject({ kind: 'failed', reason: 'http-429', retryable: true });
  });

  it('times out on slow headers and on a trickling body', async () => {
    const impatient = makeFetcher({ timeoutMs: 400 });
    expect(await impatient.fetch({ url: site.url('/slow-headers') })).toMatchObject({ kind: 'failed', reason: 'timeout', retryable: true });
    expect(await impatient.fetch({ url: site.url('/slow-body') })).toMatchObject({ kind: 'failed', reason: 'timeout', retryable: true });
  });

  it('times out on idle sockets before the total timeout', async () => {
    const idle = makeFetcher({ timeoutMs: 10_000, idleTimeoutMs: 300 });
    expect(await idle.fetch({ url: site.url('/slow-headers') })).toMatchObject({ kind: 'failed', reason: 'timeout' });
  });

  it('skips oversized bodies: declared up front, streamed, or inflated from gzip', async () => {
    for (const path of ['/big/declared', '/big/chunked', '/gzip-bomb.html']) {
      expect(await fetcher.fetch({ url: site.url(path) })).toMatchObject({ kind: 'skipped', reason: 'too-large' });
    }
  });

  it('fails a body shorter than its Content-Length as network-truncated', async () => {
    expect(await fetcher.fetch({ url: site.url('/lying-length') })).toMatchObject({ kind: 'failed', reason: 'network-truncated', retryable: true });
  });

  it('reports a closed port as a retryable network failure', async () => {
    const closed = await startNewsSite();
    const url = closed.url('/news/puppet-festival.html');
    await closed.close();
    expect(await makeFetcher().fetch({ url })).toMatchObject({ kind: 'failed', reason: 'network-refused', retryable: true });
  });
});

describe('HttpFetcher: encodings and charsets', () => {
  it.each(['gzip', 'br', 'deflate'])('decodes %s and stores the decoded bytes', async (coding) => {
    const outcome = await fetcher.fetch({ url: site.url(`/encoded/${coding}.html`) });
    expect(text(outcome)).toContain('Silk Road Puppetry Festival');
    if (outcome.kind === 'ok') {
      expect(outcome.page.headers['content-encoding']).toBeUndefined();
      expect(outcome.page.headers['content-length']).toBe(String(outcome.page.body.length));
    }
  });

  it('keeps windows-1251 bytes untouched, charset in the header', async () => {
    const outcome = await fetcher.fetch({ url: site.url('/charset/header-1251.html') });
    if (outcome.kind !== 'ok') throw new Error('fetch failed');
    expect(outcome.page.headers['content-type']).toBe('text/html; charset=windows-1251');
    expect(iconv.decode(Buffer.from(outcome.page.body), 'windows-1251')).toContain('фестиваль уличного театра');
  });

  it('keeps windows-1251 bytes untouched, charset only in <meta>', async () => {
    const outcome = await fetcher.fetch({ url: site.url('/charset/meta-1251.html') });
    if (outcome.kind !== 'ok') throw new Error('fetch failed');
    expect(outcome.page.headers['content-type']).toBe('text/html');
    const decoded = iconv.decode(Buffer.from(outcome.page.body), 'windows-1251');
    expect(decoded).toContain('charset=windows-1251');
    expect(decoded).toContain('Музей ковра');
  });
});

describe('HttpFetcher: politeness', () => {
  it('never has two requests in flight to one host', async () => {
    const polite = makeFetcher();
    const outcomes = await Promise.all(site.articles.map((a) => polite.fetch({ url: a.url })));
    expect(outcomes.every((o) => o.kind === 'ok')).toBe(true);
    expect(site.peakConcurrency()).toBe(1);
  });

  it('waits at least the per-host delay between requests', async () => {
    const delayed = makeFetcher({ perHostDelayMs: 250 });
    await delayed.fetch({ url: site.url('/news/puppet-festival.html') });
    await delayed.fetch({ url: site.url('/news/carpet-collection.html') });
    const own = site.hits.slice(-3); // robots.txt, then the two pages.
    expect(own.map((h) => h.path)).toEqual(['/robots.txt', '/news/puppet-festival.html', '/news/carpet-collection.html']);
    expect((own[2]?.at ?? 0) - (own[1]?.at ?? 0)).toBeGreaterThanOrEqual(240);
  });
});

describe('HttpFetcher: robots.txt failures and Crawl-delay', () => {
  it('treats a missing robots.txt (404) as allow-all', async () => {
    const open = await startNewsSite({ robots: 'missing' });
    try {
      expect((await makeFetcher().fetch({ url: open.url('/private/internal-notes.html') })).kind).toBe('ok');
    } finally {
      await open.close();
    }
  });

  it('treats a 503 robots.txt as disallow-all for a while, without touching the page', async () => {
    const broken = await startNewsSite({ robots: 'error' });
    try {
      const shy = makeFetcher();
      const url = broken.url('/news/puppet-festival.html');
      expect(await shy.fetch({ url })).toEqual({ kind: 'failed', url, reason: 'robots-unavailable', retryable: true });
      expect(await shy.fetch({ url })).toMatchObject({ reason: 'robots-unavailable' });
      expect(broken.hits.map((h) => h.path)).toEqual(['/robots.txt']);
    } finally {
      await broken.close();
    }
  });

  it('retries robots.txt once the error period is over', async () => {
    const broken = await startNewsSite({ robots: 'error' });
    try {
      const retrying = makeFetcher({ robotsErrorTtlMs: 0 });
      await retrying.fetch({ url: broken.url('/news/puppet-festival.html') });
      await retrying.fetch({ url: broken.url('/news/puppet-festival.html') });
      expect(broken.hits.filter((h) => h.path === '/robots.txt')).toHaveLength(2);
    } finally {
      await broken.close();
    }
  });

  it('honours Crawl-delay as a minimum delay', async () => {
    const slow = await startNewsSite({ crawlDelaySeconds: 0.3 });
    try {
      const polite = makeFetcher({ perHostDelayMs: 0 });
      await polite.fetch({ url: slow.url('/news/puppet-festival.html') });
      await polite.fetch({ url: slow.url('/news/carpet-collection.html') });
      const [, first, second] = slow.hits;
      expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(290);
    } finally {
      await slow.close();
    }
  });
});

describe('HttpFetcher: defaults refuse loopback', () => {
  it('skips 127.0.0.1 and localhost as forbidden-address without contacting the server', async () => {
    const strict = new HttpFetcher({ userAgent: UA, perHostDelayMs: 0 });
    fetchers.push(strict);
    const before = site.hits.length;
    expect(await strict.fetch({ url: site.url('/news/puppet-festival.html') })).toMatchObject({ kind: 'skipped', reason: 'forbidden-address' });
    expect(await strict.fetch({ url: site.url('/news/puppet-festival.html').replace('127.0.0.1', 'localhost') })).toMatchObject({
      kind: 'skipped', reason: 'forbidden-address',
    });
    const port = new URL(site.baseUrl).port;
    for (const url of [`http://2130706433:${port}/`, `http://0x7f.1:${port}/`, `http://[::1]:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`]) {
      expect(await strict.fetch({ url })).toMatchObject({ kind: 'skipped', reason: 'forbidden-address' });
    }
    expect(site.hits.length).toBe(before);
  });
});
