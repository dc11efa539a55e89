import { markUrl } from '../../../shared/pipeline/url-states.js';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../../shared/adapters/dynamodb/create-table.js';
import { DynamoUrlStateStore } from '../../../shared/adapters/dynamodb/url-state-store.js';
import { urlPrefix } from '../../../shared/adapters/s3/s3-raw-archive.js';
import { buildDeps, type Env } from '../../../functions/config.js';
import { createFetchHandler, parseFetchMessage, TIME_NEEDED_PER_MESSAGE_MS } from '../../../functions/fetch/handler.js';
import { startDynalite, type RunningDynalite } from '../../support/dynalite.js';
import { startNewsSite, type NewsSite } from '../../support/news-site.js';
import { startS3rver, type RunningS3rver } from '../../support/s3rver.js';
import { lambdaContext, Recorder, sqsEvent, sqsRecord } from './lambda-events.js';
import { LOOPBACK_FETCH_ENV } from '../../support/records.js';

const TABLE = 'fetch-handler-test';

describe('fetch handler (SQS → HttpFetcher → S3 + DynamoDB)', () => {
  let ddb: RunningDynalite;
  let s3: RunningS3rver;
  let site: NewsSite;
  let env: Env;

  beforeAll(async () => {
    [ddb, s3, site] = await Promise.all([startDynalite(), startS3rver('fetch-handler-raw'), startNewsSite()]);
    await createTable(ddb.rawClient, TABLE);
    env = { TABLE_NAME: TABLE, RAW_BUCKET: s3.bucket, ...LOOPBACK_FETCH_ENV, USER_AGENT: 'culture-index-test/1.0' };
  });

  afterAll(async () => {
    await Promise.all([ddb?.close(), s3?.close(), site?.close()]);
  });

  const message = (url: string, correlationId = `c-${url.length}`) => JSON.stringify({ url, sourceId: 'fixture', correlationId });

  async function keysFor(url: string): Promise<string[]> {
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: urlPrefix(url) }));
    return (listed.Contents ?? []).map((object) => object.Key!).sort();
  }

  it('reports only retryable failures back to SQS and records every other outcome in the URL state', async () => {
    const recorder = new Recorder();
    const handler = createFetchHandler(buildDeps(env, { dynamo: ddb.client, s3: s3.client, log: recorder.log, metrics: recorder.metrics }));
    const article = site.articles[0]!.url;
    const records = {
      article: sqsRecord(message(article)),
      gone: sqsRecord(message(site.url('/status/404'))),
      unavailable: sqsRecord(message(site.url('/status/503')), { receiveCount: 2 }),
      disallowed: sqsRecord(message(site.url('/private/internal-notes.html'))),
      malformed: sqsRecord('{"sourceId":"fixture"}'),
    };

    const response = await handler(sqsEvent(Object.values(records)), lambdaContext('fetch'));

    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual([records.unavailable.messageId, records.malformed.messageId].sort());
    const states = new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE });
    expect(await states.getUrlState(article)).toMatchObject({ status: 'pending', sourceId: 'fixture', attempts: 1 });
    expect((await states.getUrlState(article))!.etag).toBeTruthy();
    expect(await states.getUrlState(site.url('/status/404'))).toMatchObject({ status: 'failed', reason: 'http-404' });
    expect(await states.getUrlState(site.url('/status/503'))).toMatchObject({ status: 'failed', reason: 'http-503' });
    expect((await states.getUrlState(site.url('/private/internal-notes.html')))!.status).toBe('skipped');

    // The body and its sidecar are archived under the URL's prefix.
    const keys = await keysFor(article);
    expect(keys).toHaveLength(2);
    expect(keys.map((key) => key.slice(key.lastIndexOf('.')))).toEqual(['.html', '.json']);

    expect(recorder.total('ArticlesFetched')).toBe(1);
    expect(recorder.total('Failures', { Reason: 'http-404' })).toBe(1);
    expect(recorder.total('Failures', { Reason: 'malformed-message' })).toBe(1);
    expect(recorder.flushes).toBe(1);
    // Log lines of a URL carry its correlation id.
    const fetched = recorder.lines.find((line) => line.message === 'fetched');
    expect(fetched?.extra['correlationId']).toBe(JSON.parse(records.article.body).correlationId);
  });

  it('on redelivery adds no archive copy, and once processed sends the remembered validators and records "unchanged"', async () => {
    const recorder = new Recorder();
    const handler = createFetchHandler(buildDeps(env, { dynamo: ddb.client, s3: s3.client, log: recorder.log, metrics: recorder.metrics }));
    const article = site.articles[1]!.url;
    const path = new URL(article).pathname;
    await handler(sqsEvent([sqsRecord(message(article))]));
    // Redelivered before the process function ran: the page is read again (nothing says its
    // article exists yet), but the archive already holds these bytes, so nothing is written.
    const second = await handler(sqsEvent([sqsRecord(message(article))]));
    expect(second.batchItemFailures).toEqual([]);
    const states = new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE });
    expect(await states.getUrlState(article)).toMatchObject({ status: 'pending', attempts: 2 });
    expect(await keysFor(article)).toHaveLength(2);
    expect(site.hits.filter((hit) => hit.path === path).at(-1)?.headers['if-none-match']).toBeUndefined();

    // Once processed (stored), a redelivery is a conditional GET answered 304.
    await markUrl(states, article, { status: 'stored' });
    await handler(sqsEvent([sqsRecord(message(article))]));
    expect(await states.getUrlState(article)).toMatchObject({ status: 'unchanged', reason: 'not-modified', attempts: 3 });
    expect(await keysFor(article)).toHaveLength(2);
    expect(site.hits.filter((hit) => hit.path === path).at(-1)?.headers['if-none-match']).toBeTruthy();
  });

  it('returns the message to the queue when the archive is unavailable (nothing is lost)', async () => {
    const recorder = new Recorder();
    const handler = createFetchHandler(
      buildDeps({ ...env, RAW_BUCKET: 'no-such-bucket' }, { dynamo: ddb.client, s3: s3.client, log: recorder.log, metrics: recorder.metrics }),
    );
    const record = sqsRecord(message(site.articles[2]!.url));
    const response = await handler(sqsEvent([record]));
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
    expect(recorder.total('Failures', { Reason: 'infrastructure' })).toBe(1);
    expect(recorder.lines.some((line) => line.level === 'error' && String(line.extra['error']).includes('StoreUnavailableError'))).toBe(true);
  });

  it('hands the batch back untouched when too little time is left to fetch politely', async () => {
    const recorder = new Recorder();
    const handler = createFetchHandler(buildDeps(env, { dynamo: ddb.client, s3: s3.client, log: recorder.log, metrics: recorder.metrics }));
    const url = site.articles[3]!.url;
    const records = [sqsRecord(message(url)), sqsRecord(message(site.articles[4]!.url))];
    const hurried = { ...lambdaContext('fetch'), getRemainingTimeInMillis: () => TIME_NEEDED_PER_MESSAGE_MS - 1 };

    const response = await handler(sqsEvent(records), hurried);

    expect(response.batchItemFailures).toEqual(records.map((record) => ({ itemIdentifier: record.messageId })));
    expect(await new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE }).getUrlState(url)).toBeNull();
    expect(site.hits.some((hit) => hit.path === new URL(url).pathname)).toBe(false);
  });

  it('parses message bodies strictly and takes the correlation id from the body, an attribute or the message id', () => {
    expect(parseFetchMessage(sqsRecord('not json'))).toEqual({ ok: false, reason: 'body is not JSON' });
    expect(parseFetchMessage(sqsRecord('[1]'))).toEqual({ ok: false, reason: 'body has no url' });
    expect(parseFetchMessage(sqsRecord(JSON.stringify({ url: 'https://a.example/x', correlationId: 'body-id', sourceId: 's' })))).toEqual({
      ok: true,
      message: { url: 'https://a.example/x', sourceId: 's', correlationId: 'body-id' },
    });
    const withAttribute = sqsRecord(JSON.stringify({ url: 'https://a.example/y' }), { correlationId: 'attr-id' });
    expect(parseFetchMessage(withAttribute)).toEqual({ ok: true, message: { url: 'https://a.example/y', sourceId: null, correlationId: 'attr-id' } });
    const bare = sqsRecord(JSON.stringify({ url: 'https://a.example/z' }));
    expect(parseFetchMessage(bare)).toMatchObject({ ok: true, message: { correlationId: bare.messageId } });
  });
});
