/**
 * The scheduled discover run fans out one message per source; the discover-source worker reads
 * one source per message (dynalite for URL states, a loopback news site for feeds and sitemaps).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../../shared/adapters/dynamodb/create-table.js';
import { MemoryQueue } from '../../../shared/adapters/memory/queue.js';
import type { Source } from '../../../shared/domain/model.js';
import type { DiscoverMessage, FetchMessage, Queue } from '../../../shared/ports/queue.js';
import { buildDeps, type Env } from '../../../functions/config.js';
import { createDiscoverHandler } from '../../../functions/discover/handler.js';
import { createDiscoverSourceHandler } from '../../../functions/discover-source/handler.js';
import { startDynalite, type RunningDynalite } from '../../support/dynalite.js';
import { startNewsSite, type NewsSite } from '../../support/news-site.js';
import { lambdaContext, Recorder, sqsEvent, sqsRecord } from './lambda-events.js';

const TABLE = 'discover-fan-out-test';

describe('discover fan-out (schedule → one message per source → discover-source worker)', () => {
  let ddb: RunningDynalite;
  let site: NewsSite;
  let env: Env;
  let sources: Source[];

  beforeAll(async () => {
    [ddb, site] = await Promise.all([startDynalite(), startNewsSite()]);
    await createTable(ddb.rawClient, TABLE);
    env = { TABLE_NAME: TABLE, FETCH_ALLOW_LOOPBACK: 'true', FETCH_PER_HOST_DELAY_MS: '0' };
    const fixture: Source = { id: 'fixture', name: 'Fixture News', site: `${site.baseUrl}/`, language: 'en', feeds: [site.url('/feeds/rss.xml')], sitemaps: [site.url('/sitemap.xml')], collections: [], verified: true };
    sources = [fixture, { ...fixture, id: 'second', feeds: [site.url('/feeds/broken.xml')], sitemaps: [] }];
  });

  afterAll(async () => {
    await Promise.all([ddb?.close(), site?.close()]);
  });

  it('sends one message per source and reads no feed itself', async () => {
    const discoverQueue = new MemoryQueue<DiscoverMessage>();
    const fetchQueue = new MemoryQueue<FetchMessage>();
    const recorder = new Recorder();
    const handler = createDiscoverHandler(buildDeps(env, { dynamo: ddb.client, discoverQueue, fetchQueue, sources, log: recorder.log, metrics: recorder.metrics }));

    expect(await handler({ trigger: 'schedule' }, lambdaContext('discover'))).toEqual({ fannedOut: 2 });
    const messages = discoverQueue.drain();
    expect(messages.map((message) => message.sourceId)).toEqual(['fixture', 'second']);
    expect(new Set(messages.map((message) => message.correlationId)).size).toBe(2);
    expect(fetchQueue.size).toBe(0);
    expect(recorder.total('SourcesFannedOut')).toBe(2);
  });

  it('the worker discovers the one source its message names and queues its article URLs', async () => {
    const fetchQueue = new MemoryQueue<FetchMessage>();
    const recorder = new Recorder();
    const worker = createDiscoverSourceHandler(buildDeps(env, { dynamo: ddb.client, fetchQueue, sources, log: recorder.log, metrics: recorder.metrics }));

    const ok = sqsRecord(JSON.stringify({ sourceId: 'fixture', correlationId: 'run-1/fixture' }));
    const unknown = sqsRecord(JSON.stringify({ sourceId: 'gone' }));
    const malformed = sqsRecord('not json');
    const result = await worker(sqsEvent([ok, unknown, malformed]), lambdaContext('discover-source'));

    // Only the malformed message returns (and ends in the DLQ); an unknown source is logged and dropped.
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: malformed.messageId }]);
    const urls = [...new Set(fetchQueue.drain().map((message) => message.url))].sort();
    expect(urls).toEqual(site.articles.map((article) => article.url).sort());
    expect(recorder.lines.some((line) => line.message === 'unknown source dropped' && line.extra['sourceId'] === 'gone')).toBe(true);
  });

  it('returns the message when the fetch queue refuses, so SQS retries the source and then parks it in the DLQ', async () => {
    const refusing: Queue<FetchMessage> = { send: () => Promise.reject(new Error('queue unavailable')) };
    const recorder = new Recorder();
    const worker = createDiscoverSourceHandler(buildDeps(env, { dynamo: ddb.client, fetchQueue: refusing, sources, log: recorder.log, metrics: recorder.metrics }));
    const record = sqsRecord(JSON.stringify({ sourceId: 'fixture' }));
    const result = await worker(sqsEvent([record]), lambdaContext('discover-source'));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
    expect(recorder.total('Failures')).toBe(1);
  });
});
