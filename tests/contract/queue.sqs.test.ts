/**
 * The Queue contract on SQS, through ElasticMQ (an SQS-compatible server on the JVM, from Maven
 * Central). Runs when one of these is set, otherwise the suite is skipped and says why:
 *
 * - SQS_ENDPOINT: an SQS-compatible endpoint already running (e.g. http://127.0.0.1:9324);
 * - ELASTICMQ_CLASSPATH: a Java (17+) classpath holding org.elasticmq:elasticmq-server_2.13 and
 *   its dependencies; tests/support/elasticmq.ts then starts ElasticMQ on a free loopback port
 *   (~5 s). `bash scripts/elasticmq-classpath.sh` resolves it from Maven Central into
 *   .elasticmq/cp.txt: export ELASTICMQ_CLASSPATH="$(cat .elasticmq/cp.txt)".
 *
 * SQS_REQUIRED=1 turns a skip into a failure (for CI, like OPENSEARCH_REQUIRED).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateQueueCommand, DeleteMessageBatchCommand, DeleteQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import { StoreUnavailableError, ValidationError } from '../../shared/domain/errors.js';
import type { FetchMessage } from '../../shared/ports/queue.js';
import { startSqs, sqsRequired, sqsSkipReason, type RunningSqs } from '../support/elasticmq.js';
import { describeQueueContract } from './queue.contract.js';

const skipReason = sqsSkipReason;

if (skipReason && sqsRequired) {
  it('SQS is required (SQS_REQUIRED=1) but unavailable', () => {
    expect.fail(skipReason);
  });
}

let sqs: RunningSqs | null = null;
let client: SQSClient;
let queues = 0;

beforeAll(async () => {
  if (skipReason) return;
  sqs = await startSqs(30_000);
  client = sqs.client;
});

afterAll(async () => {
  await sqs?.close();
});

/** Receives until `expected` messages arrived (or a few empty polls), deleting what it read. */
async function receiveFrom(queueUrl: string, expected: number): Promise<FetchMessage[]> {
  const received: FetchMessage[] = [];
  let emptyPolls = 0;
  while (received.length < expected ? emptyPolls < 10 : emptyPolls < 1) {
    const result = await client.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 30 }));
    const messages = result.Messages ?? [];
    if (messages.length === 0) {
      emptyPolls += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    received.push(...messages.map((m) => JSON.parse(m.Body ?? 'null') as FetchMessage));
    await client.send(
      new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })) }),
    );
  }
  return received;
}

describeQueueContract(
  'SQS (ElasticMQ)',
  async () => {
    queues += 1;
    const created = await client.send(new CreateQueueCommand({ QueueName: `contract-${process.pid}-${queues}` }));
    const queueUrl = created.QueueUrl as string;
    return {
      queue: new SqsQueue<FetchMessage>({ client, queueUrl }),
      receive: (expected) => receiveFrom(queueUrl, expected),
      cleanup: async () => {
        await client.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
      },
    };
  },
  { skipReason },
);

describe.skipIf(skipReason !== null)('SqsQueue failure handling (ElasticMQ)', () => {
  const messages = (n: number, pad = 0): FetchMessage[] =>
    Array.from({ length: n }, (_, i) => ({ url: `https://news.example.org/${i}/${'p'.repeat(pad)}`, sourceId: null, correlationId: `c-${i}` }));

  async function newQueue(): Promise<string> {
    queues += 1;
    return (await client.send(new CreateQueueCommand({ QueueName: `failures-${process.pid}-${queues}` }))).QueueUrl as string;
  }

  it('throws StoreUnavailableError naming every message when the queue is gone', async () => {
    const queueUrl = await newQueue();
    await client.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
    const queue = new SqsQueue<FetchMessage>({ client, queueUrl, maxAttempts: 2, baseDelayMs: 1 });
    const error = await queue.send(messages(12)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/12 of 12 message\(s\) not sent/);
    for (let i = 0; i < 12; i += 1) expect((error as Error).message).toContain(`#${i} `);
  });

  it('sends what fits and rejects an oversized message with a ValidationError naming it', async () => {
    const queueUrl = await newQueue();
    const queue = new SqsQueue<FetchMessage>({ client, queueUrl, maxBatchBytes: 1_000 });
    const batch = [...messages(1), ...messages(1, 2_000).map((m) => ({ ...m, correlationId: 'too-big' })), ...messages(3).slice(1)];
    const error = await queue.send(batch).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(['messages[1]']);
    const delivered = await receiveFrom(queueUrl, 3);
    expect(delivered.map((m) => m.correlationId).sort()).toEqual(['c-0', 'c-1', 'c-2']);
    await client.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
  });

  it('splits batches by size as well as by count', async () => {
    const queueUrl = await newQueue();
    // ~320-byte bodies with a 700-byte batch cap: two per SendMessageBatch call.
    const queue = new SqsQueue<FetchMessage>({ client, queueUrl, maxBatchBytes: 700 });
    await queue.send(messages(7, 250));
    expect((await receiveFrom(queueUrl, 7)).map((m) => m.correlationId).sort()).toEqual(messages(7).map((m) => m.correlationId).sort());
    await client.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
  });
});
