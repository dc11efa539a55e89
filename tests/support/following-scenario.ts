/**
 * The "following coverage" scenario of issue 14 as a reusable fixture: ingest the bundled sample,
 * save three searches through the API (with the write token), ingest a second batch (with a
 * reprint) — each ingest followed by the alerts, as `culture-index ingest` does. The alerts
 * clusters and source-health assertions live in tests/e2e/following-coverage.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureApiToken } from '../../bin/api-token.js';
import { alertsAfterIngest } from '../../bin/local-alerts.js';
import { openLocal, type LocalContext } from '../../bin/local-context.js';
import { sampleCatalogue, startSampleSite, type SampleSite } from '../../bin/sample-site.js';
import { createApi, type Api } from '../../shared/api/api.js';
import { parseSourcesCatalogue } from '../../shared/domain/sources.js';
import type { AlertRunReport } from '../../shared/pipeline/alerts.js';
import { ingestLocal, type IngestSummary } from '../../shared/pipeline/local-ingest.js';
import { startWebhookReceiver, type RunningReceiver } from './webhook-receiver.js';

export const SECOND_BATCH_DIR = fileURLToPath(new URL('../fixtures/alerts-second-batch/', import.meta.url));
export const WEBHOOK_SECRET = 'scenario-webhook-secret';

export interface FollowingScenario {
  readonly ctx: LocalContext;
  readonly api: Api;
  readonly token: string;
  readonly receiver: RunningReceiver;
  readonly sample: IngestSummary;
  readonly secondBatch: IngestSummary;
  /** The alerts run right after each ingest. */
  readonly alertsAfterSample: AlertRunReport | null;
  readonly alertsAfterSecondBatch: AlertRunReport | null;
  /** Saved search ids by role. */
  readonly searches: { readonly dubbing: string; readonly carpets: string; readonly opera: string };
  /** Ingests the second batch again (nothing new) followed by the alerts. */
  reingestSecondBatch(): Promise<{ summary: IngestSummary; alerts: AlertRunReport | null }>;
  close(): Promise<void>;
}

function secondBatchSources(origin: string) {
  return parseSourcesCatalogue({
    sources: [
      { id: 'alerts-wire', name: 'Alerts Wire', site: 'https://alerts-wire.example', language: 'en', feeds: [`${origin}/news/rss.xml`], sitemaps: [], collections: ['agencies'], verified: true },
      { id: 'alerts-digest', name: 'Alerts Digest', site: 'https://alerts-digest.example', language: 'en', feeds: [`${origin}/news/digest-rss.xml`], sitemaps: [], collections: ['portals'], verified: true },
    ],
  });
}

export async function runFollowingScenario(): Promise<FollowingScenario> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-following-'));
  const sampleSite: SampleSite = await startSampleSite(0);
  const batchSite: SampleSite = await startSampleSite(0, SECOND_BATCH_DIR.replace(/\/$/, ''));
  const receiver = await startWebhookReceiver();
  const ports = [sampleSite.origin, batchSite.origin].map((origin) => Number(new URL(origin).port));
  const ctx = await openLocal({ dataDir: dir, allowLoopback: true, loopbackPorts: [...ports, receiver.port], perHostDelayMs: 0, unsafeNoDelay: true });
  const quiet = (): void => {};
  const { token } = ensureApiToken(dir);
  const api = createApi({
    store: ctx.store,
    index: ctx.index,
    urlStates: ctx.urlStates,
    savedSearches: ctx.db.savedSearches,
    writeToken: token,
    webhookLoopbackPorts: ctx.webhookLoopbackPorts,
    clusters: ctx.db.clusters,
    sourceHealth: ctx.db.health,
  });

  const sample = await ingestLocal(ctx, { sources: parseSourcesCatalogue(await sampleCatalogue(sampleSite.origin)) });
  const alertsAfterSample = await alertsAfterIngest(ctx, quiet);

  const save = async (body: unknown): Promise<string> => {
    const response = await api.handle({ method: 'POST', path: '/saved-searches', query: {}, headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`saving a search failed: ${response.status} ${JSON.stringify(response.body)}`);
    return (response.body as { id: string }).id;
  };
  const searches = {
    dubbing: await save({ name: 'Dubbing', owner: 'film-desk', query: 'dubbing', webhook: { url: receiver.url, secret: WEBHOOK_SECRET } }),
    carpets: await save({ name: 'Carpets in English', query: 'carpet', filters: { lang: ['en'] } }),
    opera: await save({ name: 'Opera on the wire', query: 'opera OR ballet', filters: { outlet: ['alerts-wire'] }, webhook: { url: receiver.url, secret: WEBHOOK_SECRET } }),
  };

  // The receiver fails its first call on purpose: the delivery is retried with backoff.
  receiver.script({ status: 503 });
  const batchSources = secondBatchSources(batchSite.origin);
  const secondBatch = await ingestLocal(ctx, { sources: batchSources });
  const alertsAfterSecondBatch = await alertsAfterIngest(ctx, quiet);

  return {
    ctx,
    api,
    token,
    receiver,
    sample,
    secondBatch,
    alertsAfterSample,
    alertsAfterSecondBatch,
    searches,
    reingestSecondBatch: async () => {
      const summary = await ingestLocal(ctx, { sources: batchSources });
      return { summary, alerts: await alertsAfterIngest(ctx, quiet) };
    },
    close: async () => {
      await ctx.close();
      await receiver.close();
      await sampleSite.close();
      await batchSite.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
