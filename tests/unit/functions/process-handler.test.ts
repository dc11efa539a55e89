import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoArticleStore } from '../../../shared/adapters/dynamodb/article-store.js';
import { createTable } from '../../../shared/adapters/dynamodb/create-table.js';
import { DynamoUrlStateStore } from '../../../shared/adapters/dynamodb/url-state-store.js';
import { HttpFetcher } from '../../../shared/adapters/http/http-fetcher.js';
import { S3RawArchive } from '../../../shared/adapters/s3/s3-raw-archive.js';
import type { RawPage, Source } from '../../../shared/domain/model.js';
import { buildDeps, type Env } from '../../../functions/config.js';
import { createProcessHandler, ProcessBatchError } from '../../../functions/process/handler.js';
import { startDynalite, type RunningDynalite } from '../../support/dynalite.js';
import { startNewsSite, type NewsSite } from '../../support/news-site.js';
import { makeUrlState } from '../../support/records.js';
import { startS3rver, type RunningS3rver } from '../../support/s3rver.js';
import { lambdaContext, Recorder, s3Event } from './lambda-events.js';

const TABLE = 'process-handler-test';

describe('process handler (S3 ObjectCreated → parse/extract → DynamoDB)', () => {
  let ddb: RunningDynalite;
  let s3: RunningS3rver;
  let site: NewsSite;
  let env: Env;
  let archive: S3RawArchive;
  let source: Source;

  beforeAll(async () => {
    [ddb, s3, site] = await Promise.all([startDynalite(), startS3rver('process-handler-raw'), startNewsSite()]);
    await createTable(ddb.rawClient, TABLE);
    env = { TABLE_NAME: TABLE, RAW_BUCKET: s3.bucket };
    archive = new S3RawArchive({ client: s3.client, bucket: s3.bucket });
    source = { id: 'fixture', name: 'Fixture News', site: `${site.baseUrl}/`, language: 'en', feeds: [], sitemaps: [], collections: [], verified: true };
  });

  afterAll(async () => {
    await Promise.all([ddb?.close(), s3?.close(), site?.close()]);
  });

  async function fetchPage(url: string): Promise<RawPage> {
    const outcome = await new HttpFetcher({ userAgent: 'culture-index-test', allowLoopback: true, perHostDelayMs: 0, unsafeNoDelay: true }).fetch({ url });
    if (outcome.kind !== 'ok') throw new Error(`fixture fetch failed: ${JSON.stringify(outcome)}`);
    return outcome.page;
  }

  const sidecarOf = (key: string) => key.replace(/\.html$/, '.json');

  it('stores the article of a raw body, skips its sidecar, and records the URL as stored for its source', async () => {
    const recorder = new Recorder();
    const handler = createProcessHandler(buildDeps(env, { dynamo: ddb.client, s3: s3.client, sources: [source], log: recorder.log, metrics: recorder.metrics }));
    const article = site.articles[0]!;
    const states = new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE });
    await states.putUrlState(makeUrlState({ url: article.url, status: 'pending', sourceId: 'fixture' }));
    const ref = await archive.put(await fetchPage(article.url));

    const outcomes = await handler(s3Event(s3.bucket, [{ key: ref.key, size: 1 }, { key: sidecarOf(ref.key), size: 1 }]), lambdaContext('process'));

    expect(outcomes).toHaveLength(2);
    const stored = outcomes.find((outcome) => 'result' in outcome);
    expect(stored && 'result' in stored ? stored.result : null).toMatchObject({ url: article.url, status: 'stored' });
    expect(outcomes.find((outcome) => 'ignored' in outcome)).toEqual({ key: expect.stringMatching(/\.json$/), ignored: 'not a raw page body' });

    const articleId = stored && 'result' in stored ? stored.result.articleId! : '';
    const record = await new DynamoArticleStore({ client: ddb.client, tableName: TABLE }).getArticle(articleId);
    expect(record?.article.title).toBe(article.title);
    expect(await states.getUrlState(article.url)).toMatchObject({ status: 'stored', articleId, sourceId: 'fixture' });
    expect(recorder.total('ArticlesParsed')).toBe(1);
    expect(recorder.total('EntitiesExtracted')).toBe(record!.mentions.length);
    expect(recorder.flushes).toBe(1);
  });

  it('records a page that is not an article as skipped, with the reason', async () => {
    const handler = createProcessHandler(buildDeps(env, { dynamo: ddb.client, s3: s3.client, sources: [source], log: new Recorder().log, metrics: new Recorder().metrics }));
    const url = site.url('/notes/short.html');
    const ref = await archive.put({ url, finalUrl: url, fetchedAt: new Date().toISOString(), status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: new TextEncoder().encode('<html><body><p>Hi.</p></body></html>') });

    const [outcome] = await handler(s3Event(s3.bucket, [{ key: ref.key, size: 40 }]));

    expect(outcome && 'result' in outcome ? outcome.result.status : null).toBe('skipped');
    const state = await new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE }).getUrlState(url);
    expect(state?.status).toBe('skipped');
    expect(state?.reason).toBeTruthy();
  });

  it('tries every record, then throws for the ones that failed so Lambda retries them and the DLQ keeps them', async () => {
    const recorder = new Recorder();
    const handler = createProcessHandler(buildDeps(env, { dynamo: ddb.client, s3: s3.client, sources: [source], log: recorder.log, metrics: recorder.metrics }));
    const good = await archive.put(await fetchPage(site.articles[1]!.url));
    const gone = await archive.put(await fetchPage(site.articles[2]!.url));
    await s3.client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: sidecarOf(gone.key) }));

    const error = await handler(s3Event(s3.bucket, [{ key: gone.key, size: 1 }, { key: good.key, size: 1 }, { key: 'raw/other-bucket.html', size: 1 }])).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProcessBatchError);
    expect((error as ProcessBatchError).failures.map((failure) => failure.key)).toEqual([gone.key]);
    const states = new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE });
    expect((await states.getUrlState(site.articles[1]!.url))?.status).toBe('stored');
    expect(recorder.total('Failures', { Reason: 'process-error' })).toBe(1);
    expect(recorder.flushes).toBe(1);
  });

  it('ignores events of other buckets and other event types', async () => {
    const handler = createProcessHandler(buildDeps(env, { dynamo: ddb.client, s3: s3.client, sources: [source], log: new Recorder().log, metrics: new Recorder().metrics }));
    const foreign = s3Event('someone-elses-bucket', [{ key: 'raw/x.html', size: 1 }]);
    expect(await handler(foreign)).toEqual([{ key: 'raw/x.html', ignored: 'foreign bucket' }]);
    const removed = s3Event(s3.bucket, [{ key: 'raw/x.html', size: 1 }]);
    const record = { ...removed.Records[0]!, eventName: 'ObjectRemoved:Delete' };
    expect(await handler({ Records: [record] })).toEqual([{ key: 'raw/x.html', ignored: 'event ObjectRemoved:Delete' }]);
  });
});
