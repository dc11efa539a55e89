/**
 * End to end on the embedded default: the bundled sample is served over loopback HTTP, ingested
 * through the real fetcher, parser, extractor, SQLite store and index, then queried through the
 * same API functions the server and the Lambda use.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocal, type LocalContext } from '../../bin/local-context.js';
import { sampleCatalogue, startSampleSite, type SampleSite } from '../../bin/sample-site.js';
import { createApi } from '../../shared/api/api.js';
import { parseSourcesCatalogue } from '../../shared/domain/sources.js';
import type { Source } from '../../shared/domain/model.js';
import { ingestLocal, type IngestSummary } from '../../shared/pipeline/local-ingest.js';

type Json = Record<string, any>;

let site: SampleSite;
let ctx: LocalContext;
let dir: string;
let sources: Source[];
let first: IngestSummary;
let api: ReturnType<typeof createApi>;

const get = async (path: string, query: Record<string, string | string[]> = {}): Promise<{ status: number; body: Json }> => {
  const response = await api.handle({ method: 'GET', path, query });
  return { status: response.status, body: response.body as Json };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-e2e-'));
  site = await startSampleSite(0);
  ctx = await openLocal({ dataDir: dir, allowLoopback: true, perHostDelayMs: 0, unsafeNoDelay: true });
  sources = parseSourcesCatalogue(await sampleCatalogue(site.origin));
  first = await ingestLocal(ctx, { sources });
  api = createApi({ store: ctx.store, index: ctx.index, urlStates: ctx.urlStates });
});

afterAll(async () => {
  await ctx?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled sample, ingested over loopback HTTP', () => {
  it('stores every sample article and leaves no URL without a final state', async () => {
    expect(first.problems).toEqual([]);
    expect(first.counts.failed).toBe(0);
    expect(first.counts.stored).toBeGreaterThanOrEqual(10);
    const counts = await ctx.urlStates.countUrlStates();
    expect(counts.pending).toBe(0);
    expect(counts.stored).toBe(first.counts.stored);
    expect(first.sources.map((s) => s.id)).toEqual(sources.map((s) => s.id));
    for (const check of first.sources) expect(check, check.id).toMatchObject({ verified: true, urlsFound: expect.any(Number) });
    expect(first.sources.every((check) => check.urlsFound > 0)).toBe(true);
  });

  it('finds the seed article by "dubbing", with a highlighted snippet', async () => {
    const { status, body } = await get('/search', { q: 'dubbing' });
    expect(status).toBe(200);
    const seed = body['hits'].find((hit: Json) => hit['url'] === 'https://www.azernews.az/culture/238875.html');
    expect(seed).toBeDefined();
    expect(seed).toMatchObject({ outlet: 'azernews', sourceId: 'azernews', sourceName: 'Azernews', collections: ['newspapers', 'en-language'] });
    expect(body['hits'].some((hit: Json) => /<mark>dubbing<\/mark>/i.test(hit['snippet']))).toBe(true);
  });

  it('names every outlet after its catalogue source (never the loopback address it was served from) and filters by collection', async () => {
    const { body } = await get('/search', { facets: 'true', limit: '100' });
    const outlets = body['facets']['outlets'] as { value: string; label: string }[];
    expect(outlets.map((o) => o.value).sort()).toEqual(['apa', 'azernews', 'benchmark', 'culture-gov-az', 'report-az', 'trend']);
    expect(outlets.find((o) => o.value === 'culture-gov-az')?.label).toBe('Ministry of Culture (culture.gov.az)');
    for (const outlet of outlets) expect(`${outlet.value} ${outlet.label}`).not.toMatch(/127\.0\.0\.1|localhost|\d+\.\d+\.\d+\.\d+/);
    expect(body['facets']['collections']).toContainEqual({ value: 'agencies', count: expect.any(Number) });

    const agencies = await get('/search', { collection: 'agencies', limit: '100' });
    expect(agencies.body['total']).toBeGreaterThan(0);
    for (const hit of agencies.body['hits'] as Json[]) expect(['trend', 'report-az', 'apa']).toContain(hit['sourceId']);
  });

  it('finds the seed article by the entity "Azer Aydemir", who is Deputy Chairman of the Film Industry Development Fund', async () => {
    const { status, body } = await get('/search', { entity: 'Azer Aydemir' });
    expect(status).toBe(200);
    expect(body['hits'].map((hit: Json) => hit['url'])).toContain('https://www.azernews.az/culture/238875.html');
    const entity = await get(`/entities/${encodeURIComponent('Azer Aydemir')}`);
    expect(entity.status).toBe(200);
    expect(entity.body['type']).toBe('person');
    const role = entity.body['roles'].find((r: Json) => r['affiliation'] === 'Film Industry Development Fund');
    expect(role?.['role']).toMatch(/Deputy Chairman/);
  });

  it('counts the seed article in its month of the date histogram', async () => {
    const { status, body } = await get('/stats/timeline', { q: 'dubbing', interval: 'month' });
    expect(status).toBe(200);
    const buckets = body['buckets'] as Json[];
    const may2025 = buckets.find((bucket) => String(bucket['key']).startsWith('2025-05'));
    expect(may2025?.['count']).toBeGreaterThanOrEqual(1);
    const dubbingTotal = (await get('/search', { q: 'dubbing', limit: '100' })).body['total'];
    expect(buckets.reduce((sum, bucket) => sum + Number(bucket['count']), 0)).toBe(dubbingTotal);
  });

  it('links the same organisation across articles and outlets to one entity', async () => {
    const { body } = await get('/entities', { q: 'Film Agency', type: 'organisation' });
    const agency = body['items'].find((e: Json) => e['name'] === 'Azerbaijan Film Agency');
    expect(agency?.['articleCount']).toBeGreaterThanOrEqual(2);
  });

  it('is idempotent: a second ingest stores nothing new and duplicates nothing', async () => {
    const before = (await get('/search', { limit: '100' })).body['total'];
    const entitiesBefore = (await get('/entities', { limit: '100' })).body['items'].length;
    const second = await ingestLocal(ctx, { sources });
    expect(second.counts.stored).toBe(0);
    expect(second.counts.failed).toBe(0);
    expect(second.counts.unchanged).toBe(first.counts.stored);
    expect((await get('/search', { limit: '100' })).body['total']).toBe(before);
    expect((await get('/entities', { limit: '100' })).body['items'].length).toBe(entitiesBefore);
  });
});
