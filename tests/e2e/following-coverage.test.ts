/**
 * Issue 14, "Done when" (the alerts half): ingest the sample, save three searches, ingest a
 * second batch with a reprint, and check what was delivered — to the feeds and to the webhook,
 * once each, and nothing more when everything runs again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../shared/domain/discover/feed.js';
import { DELIVERY_HEADER } from '../../shared/pipeline/alert-webhooks.js';
import { runFollowingScenario, WEBHOOK_SECRET, type FollowingScenario } from '../support/following-scenario.js';

let scenario: FollowingScenario;

beforeAll(async () => {
  scenario = await runFollowingScenario();
}, 120_000);
afterAll(async () => {
  await scenario?.close();
});

async function feedOf(id: string): Promise<{ titles: string[]; urls: string[] }> {
  const response = await scenario.api.handle({ method: 'GET', path: `/saved-searches/${id}/feed.atom`, query: {}, headers: { host: '127.0.0.1:8080' } });
  expect(response.status).toBe(200);
  let xml = '';
  for await (const chunk of response.stream!) xml += chunk;
  const feed = parseFeed(xml, 'http://127.0.0.1:8080/');
  expect(feed.format).toBe('atom');
  expect(feed.problems).toEqual([]);
  return { titles: feed.entries.map((e) => e.title ?? ''), urls: feed.entries.map((e) => e.url) };
}

describe('following coverage: saved searches and alerts', () => {
  it('ingests both batches completely', () => {
    expect(scenario.sample.counts.failed).toBe(0);
    expect(scenario.sample.counts.stored).toBeGreaterThanOrEqual(10);
    expect(scenario.secondBatch.counts).toMatchObject({ stored: 4, failed: 0 });
    // No saved search existed during the first ingest.
    expect(scenario.alertsAfterSample).toEqual({ searches: [] });
  });

  it('puts only the new matching articles in each feed: not the sample\'s older dubbing stories', async () => {
    const dubbing = await feedOf(scenario.searches.dubbing);
    expect(dubbing.titles.sort()).toEqual(['A school for dubbing actors opens at Azerbaijanfilm', 'Azerbaijanfilm opens school for dubbing actors']);
    expect((await feedOf(scenario.searches.carpets)).titles).toEqual(['Carpet museum shows woven maps of old caravan roads']);
    expect((await feedOf(scenario.searches.opera)).titles).toEqual(['Opera theatre announces a spring season of new productions']);
  });

  it('delivers each match to the webhook once, signed, after the receiver failed the first call on purpose', () => {
    const report = scenario.alertsAfterSecondBatch!;
    const bySearch = Object.fromEntries(report.searches.map((s) => [s.id, s]));
    expect(bySearch[scenario.searches.dubbing]).toMatchObject({ newMatches: 2, webhook: { sent: 2, dead: 0, failedAttempts: 1 } });
    expect(bySearch[scenario.searches.carpets]).toMatchObject({ newMatches: 1, webhook: null });
    expect(bySearch[scenario.searches.opera]).toMatchObject({ newMatches: 1, webhook: { sent: 1, dead: 0 } });

    const calls = scenario.receiver.calls;
    expect(calls).toHaveLength(4); // 3 deliveries + the one refused with 503
    expect(scenario.receiver.verified(WEBHOOK_SECRET)).toHaveLength(4);
    const delivered = new Map(calls.map((c) => [c.headers[DELIVERY_HEADER], c.json]));
    expect(delivered.size).toBe(3);
    const titles = [...delivered.values()].map((payload) => `${payload.savedSearch.name}: ${payload.articles.map((a) => a.title).join()}`).sort();
    expect(titles).toEqual([
      'Dubbing: A school for dubbing actors opens at Azerbaijanfilm',
      'Dubbing: Azerbaijanfilm opens school for dubbing actors',
      'Opera on the wire: Opera theatre announces a spring season of new productions',
    ]);
  });

  it('delivers nothing again when the second batch is ingested again and the alerts run again', async () => {
    const before = scenario.receiver.calls.length;
    const again = await scenario.reingestSecondBatch();
    expect(again.summary.counts.stored).toBe(0);
    expect(again.alerts!.searches.map((s) => s.newMatches)).toEqual([0, 0, 0]);
    expect(scenario.receiver.calls).toHaveLength(before);
    expect((await feedOf(scenario.searches.dubbing)).titles).toHaveLength(2);
  });
});

// ── Clusters and source health (issue 14, items 3 and 4) ─────────────────────────────────────
// The second batch holds a reprint: "Azerbaijanfilm opens school for dubbing actors" (source
// alerts-digest) reprints "A school for dubbing actors opens at Azerbaijanfilm" (alerts-wire,
// published first). tests/e2e/syndication-health.test.ts covers more reprint shapes.
type Json = Record<string, any>;

async function get(path: string, query: Record<string, string> = {}): Promise<Json> {
  const response = await scenario.api.handle({ method: 'GET', path, query, headers: {} });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Json;
}

describe('following coverage: the reprint joins its original, and source health counts both batches', () => {
  it('clusters the reprint with the wire story, the wire first, and collapses them into one hit', async () => {
    const hits = (await get('/search', { q: 'dubbing actors school', sort: 'newest' }))['hits'] as Json[];
    const school = hits.filter((hit) => hit['sourceId'] === 'alerts-wire' || hit['sourceId'] === 'alerts-digest');
    expect(school.map((hit) => hit['sourceId']).sort()).toEqual(['alerts-digest', 'alerts-wire']);
    expect(new Set(school.map((hit) => hit['clusterId'])).size).toBe(1);
    expect(school[0]!['cluster']).toMatchObject({ size: 2, firstPublisher: { outlet: 'alerts-wire' } });
    expect(school[0]!['cluster']['alsoPublishedBy'].map((p: Json) => p['outlet'])).toEqual(['alerts-digest']);
    const collapsed = (await get('/search', { q: 'dubbing actors school', sort: 'newest', collapse: 'cluster' }))['hits'] as Json[];
    expect(collapsed.filter((hit) => hit['clusterId'] === school[0]!['clusterId'])).toHaveLength(1);
  });

  it('reports what each source of the second batch yielded', async () => {
    const body = await get('/sources/health', { days: '2' });
    const bySource = Object.fromEntries((body['sources'] as Json[]).map((s) => [s['sourceId'], s]));
    const stored = (id: string): number => bySource[id]?.['stored'] ?? 0;
    expect(stored('alerts-wire') + stored('alerts-digest')).toBe(scenario.secondBatch.counts.stored);
    expect(bySource['alerts-digest']).toMatchObject({ stored: 1, failed: {}, silent: false });
  });
});
