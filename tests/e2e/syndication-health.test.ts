/**
 * Issue 14 scenario (clusters and source health half): the sample is ingested over loopback,
 * then a second batch from two aggregators that reprint sample stories with realistic edits.
 * The reprints must join the originals' clusters with the original outlet as first publisher,
 * search must collapse them, and source health must show what each source yielded and lost.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocal, type LocalContext } from '../../bin/local-context.js';
import { sampleCatalogue, startSampleSite, type SampleSite } from '../../bin/sample-site.js';
import { createApi } from '../../shared/api/api.js';
import type { Article, Source } from '../../shared/domain/model.js';
import { parseSourcesCatalogue } from '../../shared/domain/sources.js';
import { ingestLocal, type IngestSummary } from '../../shared/pipeline/local-ingest.js';
import { articlePage, startReprintSite, type ReprintSite } from '../support/reprint-site.js';

type Json = Record<string, any>;

let sample: SampleSite;
let reprints: ReprintSite;
let ctx: LocalContext;
let dir: string;
let api: ReturnType<typeof createApi>;
let second: IngestSummary;
let dubbing: Article;
let mugham: Article;

const get = async (path: string, query: Record<string, string> = {}): Promise<Json> => {
  const response = await api.handle({ method: 'GET', path, query });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Json;
};

async function storedArticle(url: string): Promise<Article> {
  const hits = (await ctx.index.search({ text: '', filters: {}, limit: 100, facetSize: 0 })).hits;
  const hit = hits.find((h) => h.url === url);
  const record = hit ? await ctx.store.getArticle(hit.id) : null;
  if (!record) throw new Error(`sample article ${url} was not stored`);
  return record.article;
}

const hoursAfter = (instant: string | null, hours: number): string => new Date(Date.parse(instant ?? '') + hours * 3_600_000).toISOString();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-syndication-'));
  sample = await startSampleSite(0);
  ctx = await openLocal({ dataDir: dir, allowLoopback: true, perHostDelayMs: 0, unsafeNoDelay: true });
  const sources: Source[] = parseSourcesCatalogue(await sampleCatalogue(sample.origin));
  await ingestLocal(ctx, { sources });
  dubbing = await storedArticle('https://www.azernews.az/culture/251204.html');
  mugham = await storedArticle((await ctx.index.search({ text: 'mugham Shusha', filters: { outlets: ['report-az'] }, limit: 1, facetSize: 0 })).hits[0]?.url ?? '');
  reprints = await startReprintSite(
    [
      { path: '/menafn/dubbing.html', original: dubbing, title: 'Azerbaijan looks for young dubbing voices', publishedAt: hoursAfter(dubbing.publishedAt, 5), before: 'MENAFN - AzerNews) ', after: 'Legal disclaimer: MENAFN provides the information as is without warranty of any kind.', keep: 3 },
      { path: '/today-az/dubbing.html', original: dubbing, title: dubbing.title, publishedAt: hoursAfter(dubbing.publishedAt, 26), after: 'Follow today.az on Telegram for the latest culture news.' },
      { path: '/menafn/mugham.html', original: mugham, title: 'Mugham festival opens in Shusha (reprint)', publishedAt: hoursAfter(mugham.publishedAt, 3), before: 'MENAFN - Report.az) ' },
    ],
    {
      '/today-az/empty.html': '<!DOCTYPE html><html lang="en"><head><title>Photo gallery</title></head><body><nav><a href="/">Home</a></nav></body></html>',
      '/today-az/undated.html': articlePage('https://today.az/undated.html', 'Puppet theatre rehearses a winter play',
        null, ['The state puppet theatre has started rehearsals of a new winter play for children, with premieres planned in December in the small hall.', 'The director said the play uses hand-made puppets and live music, and that school groups can book morning performances from next week.'], 'today-az'),
      '/today-az/gone.html': null,
    },
  );
  second = await ingestLocal(ctx, { sources: reprints.sources, catalogue: sources });
  api = createApi({ store: ctx.store, index: ctx.index, urlStates: ctx.urlStates, clusters: ctx.db.clusters, sourceHealth: ctx.db.health });
}, 120_000);

afterAll(async () => {
  await ctx?.close();
  await sample?.close();
  await reprints?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('syndication clusters after a batch of reprints', () => {
  it('stores the reprints and records the broken pages', () => {
    expect(second.counts.stored).toBe(4);
    expect(second.results.filter((r) => r.status === 'skipped').map((r) => r.reason)).toEqual(['no-article-body']);
    expect(second.results.filter((r) => r.status === 'failed').map((r) => r.reason)).toEqual(['http-404']);
  });

  it('puts both reprints of the dubbing story in the original’s cluster, Azernews first', async () => {
    const body = await get('/search', { q: 'dubbing contest voice actors', limit: '20' });
    const copies = (body['hits'] as Json[]).filter((hit) => hit['cluster']?.['firstPublisher']?.['articleId'] === dubbing.id);
    expect(copies.map((hit) => hit['sourceId']).sort()).toEqual(['azernews', 'menafn', 'today-az']);
    const cluster = copies[0]!['cluster'];
    expect(cluster).toMatchObject({ size: 3, firstPublisher: { outlet: 'azernews', publishedAt: dubbing.publishedAt } });
    expect(cluster['alsoPublishedBy'].map((p: Json) => p['outlet'])).toEqual(['menafn', 'today-az']);
    expect(await get(`/clusters/${encodeURIComponent(cluster['id'])}`)).toEqual(cluster);
  });

  it('names Report.az first publisher of the mugham story, and leaves unrelated articles alone', async () => {
    const body = await get('/search', { q: 'mugham', limit: '20' });
    const menafn = (body['hits'] as Json[]).find((hit) => hit['sourceId'] === 'menafn');
    expect(menafn?.['cluster']).toMatchObject({ size: 2, firstPublisher: { outlet: 'report-az', articleId: mugham.id } });
    const undated = (await get('/search', { q: 'puppet winter play' }))['hits'][0];
    expect(undated['cluster']).toMatchObject({ size: 1, firstPublisher: { outlet: 'today-az' }, alsoPublishedBy: [] });
  });

  it('collapses each cluster into one hit with collapse=cluster', async () => {
    const plain = await get('/search', { q: 'dubbing contest voice actors', limit: '20', sort: 'newest' });
    const collapsed = await get('/search', { q: 'dubbing contest voice actors', limit: '20', sort: 'newest', collapse: 'cluster' });
    const clustersOf = (hits: Json[]) => hits.map((hit) => hit['clusterId']);
    expect(collapsed['total']).toBe(plain['total'] - 2);
    expect(new Set(clustersOf(collapsed['hits'])).size).toBe(collapsed['hits'].length);
    expect(new Set(clustersOf(plain['hits']))).toEqual(new Set(clustersOf(collapsed['hits'])));
  });
});

describe('source health after both batches', () => {
  it('shows per source what was fetched, stored and lost, by reason', async () => {
    const body = await get('/sources/health', { days: '2' });
    const bySource = Object.fromEntries((body['sources'] as Json[]).map((s) => [s['sourceId'], s]));
    expect(bySource['menafn']).toMatchObject({ fetched: 2, stored: 2, emptyBodies: 0, missingDates: 0, failed: {}, silent: false });
    expect(bySource['today-az']).toMatchObject({ fetched: 3, stored: 2, emptyBodies: 1, missingDates: 1, failed: { 'http-404': 1, 'skipped:no-article-body': 1 } });
    expect(bySource['azernews']).toMatchObject({ fetched: 2, stored: 2, failed: {} });
    expect(bySource['today-az']['days']).toHaveLength(1);
  });
});
