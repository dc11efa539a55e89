/**
 * The local pipeline against a loopback news site that misbehaves on purpose: every URL given or
 * discovered must end in a recorded state with a reason, and nothing is stored twice.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocal, type LocalContext } from '../../bin/local-context.js';
import { ingestLocal, type IngestSummary } from '../../shared/pipeline/local-ingest.js';
import { startNewsSite, type NewsSite } from '../support/news-site.js';

let site: NewsSite;
let ctx: LocalContext;
let dir: string;
let summary: IngestSummary;

const MISBEHAVING: Record<string, { status: string; reason: string }> = {
  '/status/404': { status: 'failed', reason: 'http-404' },
  '/status/500': { status: 'failed', reason: 'http-500' },
  '/private/internal-notes.html': { status: 'skipped', reason: 'robots-disallowed' },
  '/redirect/6': { status: 'failed', reason: 'too-many-redirects' },
  '/redirect-to-metadata': { status: 'skipped', reason: 'forbidden-address' },
  '/big/declared': { status: 'skipped', reason: 'too-large' },
  '/image.png': { status: 'skipped', reason: 'unsupported-content-type' },
  '/slow-headers': { status: 'failed', reason: 'timeout' },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-ingest-'));
  site = await startNewsSite({ slowHeadersMs: 3000 });
  ctx = await openLocal({ dataDir: dir, allowLoopback: true, perHostDelayMs: 0, unsafeNoDelay: true, timeoutMs: 1000 });
  summary = await ingestLocal(ctx, {
    targets: [
      site.url('/feeds/rss.xml'),
      site.url('/sitemap.xml'),
      site.url('/feeds/broken.xml'),
      site.url('/charset/header-1251.html'),
      site.url('/charset/meta-1251.html'),
      site.url('/encoded/gzip.html'),
      // The same article as in the feed, behind a tracking parameter: one work item, not two.
      site.url('/news/young-composers.html?utm_source=newsletter'),
      ...Object.keys(MISBEHAVING).map((path) => site.url(path)),
    ],
  });
}, 60_000);

afterAll(async () => {
  await ctx?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ingesting a misbehaving news site', () => {
  it('stores every article once, though the feed and the sitemap both list it', async () => {
    for (const article of site.articles) {
      const state = await ctx.urlStates.getUrlState(article.url);
      // 'unchanged' when /encoded/gzip.html (same canonical URL, same content) was processed first.
      expect(['stored', 'unchanged'], article.url).toContain(state?.status);
      expect(state?.articleId, article.url).toBeTruthy();
    }
    const all = await ctx.index.search({ text: '', filters: {}, limit: 100, facetSize: 0 });
    const titles = all.hits.map((hit) => hit.title);
    for (const article of site.articles) expect(titles.filter((t) => t === article.title), article.title).toHaveLength(1);
  });

  it('treats URLs that differ only by tracking parameters as one', () => {
    expect(summary.results.filter((result) => result.url.includes('/news/young-composers.html'))).toHaveLength(1);
  });

  it('records each misbehaving URL with its reason', async () => {
    for (const [path, expected] of Object.entries(MISBEHAVING)) {
      const state = await ctx.urlStates.getUrlState(site.url(path));
      expect({ path, status: state?.status, reason: state?.reason }).toEqual({ path, ...expected });
    }
  });

  it('decodes windows-1251 pages whether the charset is in the header or only in <meta>', async () => {
    for (const [word, title] of [['бульваре', 'В Баку открылся фестиваль уличного театра'], ['экспонаты', 'Музей ковра представил реставрированные экспонаты']]) {
      const hits = await ctx.index.search({ text: word as string, filters: {}, limit: 10, facetSize: 0 });
      expect(hits.hits.map((hit) => [hit.title, hit.language])).toEqual([[title, 'ru']]);
    }
  });

  it('reports the broken feed as a problem but keeps its readable entries', () => {
    expect(summary.problems.some((p) => p.target.endsWith('/feeds/broken.xml'))).toBe(true);
  });

  it('leaves no URL pending', async () => {
    const counts = await ctx.urlStates.countUrlStates();
    expect(counts.pending).toBe(0);
    expect(counts.failed).toBe(summary.counts.failed);
    expect(counts.skipped).toBe(summary.counts.skipped);
  });

  it('re-ingests with conditional GETs: every stored article answers 304 and nothing is re-stored', async () => {
    const again = await ingestLocal(ctx, { targets: [site.url('/feeds/rss.xml')] });
    expect(again.counts.stored).toBe(0);
    expect(again.counts.unchanged).toBe(site.articles.length);
    const conditional = site.hits.filter((hit) => hit.path.startsWith('/news/') && (hit.headers['if-none-match'] || hit.headers['if-modified-since']));
    expect(conditional.length).toBeGreaterThanOrEqual(site.articles.length);
  });
});
