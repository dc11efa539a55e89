/**
 * discover → real SQS → fetch, with the production wiring: the discover handler's queue is the
 * SqsQueue that functions/config.ts builds from FETCH_QUEUE_URL, and the fetch handler gets the
 * messages as Lambda's SQS poller would (records made from ReceiveMessage). SQS is ElasticMQ, as
 * in the SQS queue contract: SQS_ENDPOINT, or ELASTICMQ_CLASSPATH to start it here; otherwise the
 * suite is skipped and says why (SQS_REQUIRED=1 turns that into a failure).
 */
import type { DiscoverReport } from '../../../shared/pipeline/discover-step.js';
import { CreateQueueCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../../shared/adapters/dynamodb/create-table.js';
import { DynamoUrlStateStore } from '../../../shared/adapters/dynamodb/url-state-store.js';
import type { Source } from '../../../shared/domain/model.js';
import { buildDeps } from '../../../functions/config.js';
import { createDiscoverHandler } from '../../../functions/discover/handler.js';
import { createFetchHandler } from '../../../functions/fetch/handler.js';
import { startDynalite, type RunningDynalite } from '../../support/dynalite.js';
import { startSqs, sqsRequired, sqsSkipReason, type RunningSqs } from '../../support/elasticmq.js';
import { startNewsSite, type NewsSite } from '../../support/news-site.js';
import { startS3rver, type RunningS3rver } from '../../support/s3rver.js';
import { lambdaContext, Recorder, sqsEvent } from './lambda-events.js';
import { LOOPBACK_FETCH_ENV } from '../../support/records.js';

const skipReason = sqsSkipReason;
const TABLE = 'discover-fetch-sqs-test';

if (skipReason && sqsRequired) {
  it('SQS is required (SQS_REQUIRED=1) but unavailable', () => {
    expect.fail(skipReason);
  });
}


/** Lambda's SQS poller hands the function records in this shape. */
function toSqsRecord(message: Message, queueArn: string): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId!,
    receiptHandle: message.ReceiptHandle!,
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes['ApproximateReceiveCount'] ?? '1',
      SentTimestamp: attributes['SentTimestamp'] ?? String(Date.now()),
      SenderId: attributes['SenderId'] ?? 'unknown',
      ApproximateFirstReceiveTimestamp: attributes['ApproximateFirstReceiveTimestamp'] ?? String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: 'us-east-1',
  };
}

describe.skipIf(skipReason !== null)(`discover → SQS → fetch${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  let queue: RunningSqs;
  let sqs: SQSClient;
  let ddb: RunningDynalite;
  let s3: RunningS3rver;
  let site: NewsSite;

  beforeAll(async () => {
    queue = await startSqs();
    sqs = queue.client;
    [ddb, s3, site] = await Promise.all([startDynalite(), startS3rver('discover-fetch-sqs-raw'), startNewsSite()]);
    await createTable(ddb.rawClient, TABLE);
  });

  afterAll(async () => {
    await queue?.close();
    await Promise.all([ddb?.close(), s3?.close(), site?.close()]);
  });

  it('queues discovered URLs on SQS, and the fetch handler archives what the poller delivers', async () => {
    const { QueueUrl: queueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `fetch-${process.pid}-${Date.now()}` }));
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))).Attributes?.['QueueArn'] ?? 'arn:aws:sqs:us-east-1:000000000000:fetch';
    const source: Source = { id: 'fixture', name: 'Fixture News', site: `${site.baseUrl}/`, language: 'en', feeds: [site.url('/feeds/rss.xml')], sitemaps: [], collections: [], verified: true };
    const recorder = new Recorder();
    const deps = buildDeps(
      { TABLE_NAME: TABLE, RAW_BUCKET: s3.bucket, FETCH_QUEUE_URL: queueUrl, ...LOOPBACK_FETCH_ENV },
      { dynamo: ddb.client, s3: s3.client, sqs, sources: [source], log: recorder.log, metrics: recorder.metrics },
    );

    const report = (await createDiscoverHandler(deps)({ trigger: 'schedule' }, lambdaContext('discover'))) as DiscoverReport;
    expect(report.enqueued).toBe(site.articles.length);

    const received: Message[] = [];
    for (let polls = 0; received.length < report.enqueued && polls < 20; polls += 1) {
      const batch = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, AttributeNames: ['All'], VisibilityTimeout: 60 }));
      received.push(...(batch.Messages ?? []));
    }
    expect(received).toHaveLength(report.enqueued);

    const response = await createFetchHandler(deps)(sqsEvent(received.map((message) => toSqsRecord(message, arn))), lambdaContext('fetch'));
    expect(response.batchItemFailures).toEqual([]);
    // What the poller deletes after a successful batch.
    await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: received.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })) }));

    const states = new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE });
    for (const article of site.articles) {
      const state = await states.getUrlState(article.url);
      expect(state, article.url).toMatchObject({ status: 'pending', sourceId: 'fixture' });
      expect(state?.etag, article.url).toBeTruthy();
    }
    expect(recorder.total('ArticlesFetched')).toBe(site.articles.length);
    // The correlation id minted by discover travels in the message to fetch's log lines.
    const minted = received.map((message) => (JSON.parse(message.Body!) as { correlationId: string }).correlationId).sort();
    const logged = recorder.lines.filter((line) => line.message === 'fetched').map((line) => String(line.extra['correlationId'])).sort();
    expect(logged).toEqual(minted);
  });
});
