/**
 * Item-size handling (truncation under DynamoDB's 400 KB item cap, which dynalite enforces),
 * BatchWriteItem retries of unprocessed items, and the mapping of SDK errors to domain errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoArticleStore } from '../../../shared/adapters/dynamodb/article-store.js';
import { batchWrite, type WriteRequest } from '../../../shared/adapters/dynamodb/batch.js';
import { mapDynamoError } from '../../../shared/adapters/dynamodb/errors.js';
import { TRUNCATION_MARKER } from '../../../shared/adapters/dynamodb/table-design.js';
import { DynamoUrlStateStore } from '../../../shared/adapters/dynamodb/url-state-store.js';
import { ConflictError, StoreUnavailableError, ValidationError } from '../../../shared/domain/errors.js';
import { dynamoClientFor } from '../../support/dynalite.js';
import { makeRecord, makeUrlState } from '../../support/records.js';
import { describeCommand, interceptingClient, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('huge articles', () => {
  it('stores a 1.5 MB article truncated with a marker, and re-delivery is "unchanged"', async () => {
    const table = await harness.newTable();
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const paragraph = 'Mədəniyyət nazirliyi yeni layihəni təqdim etdi. '.repeat(40);
    const text = Array.from({ length: 800 }, (_, i) => `${i}: ${paragraph}`).join('\n\n');
    const record = makeRecord({ text, mentions: [{ type: 'organisation', name: 'Ministry of Culture' }] });
    expect(Buffer.byteLength(record.article.text)).toBeGreaterThan(1_500_000);

    expect(await store.putArticle(record)).toBe('created');
    const back = await store.getArticle(record.article.id);
    expect(back).not.toBeNull();
    const stored = back!.article;
    expect(stored.paragraphs.at(-1)).toBe(TRUNCATION_MARKER);
    expect(stored.text).toBe(stored.paragraphs.join('\n\n'));
    expect(record.article.text.startsWith(stored.paragraphs.slice(0, -1).join('\n\n'))).toBe(true);
    expect(stored.text.length).toBeGreaterThan(100_000);
    expect(stored.contentHash).toBe(record.article.contentHash);
    expect({ ...stored, text: '', paragraphs: [] }).toEqual({ ...record.article, text: '', paragraphs: [] });
    expect(await store.putArticle(record)).toBe('unchanged');
    // Without truncation DynamoDB (and dynalite) would refuse the item outright.
    const whole = await caught(harness.dynamo.client.send(new PutCommand({ TableName: table, Item: { PK: 'big', SK: 'big', article: record.article } })));
    expect((whole as Error).name).toBe('ValidationException');
  });

  it('cuts a single giant paragraph without breaking a surrogate pair', async () => {
    const table = await harness.newTable();
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const record = makeRecord({ text: '\u{1F3AD}'.repeat(300_000) });
    await store.putArticle(record);
    const stored = (await store.getArticle(record.article.id))!.article;
    expect(stored.paragraphs).toHaveLength(2);
    expect(stored.paragraphs[0]).toMatch(/^(\u{1F3AD})+$/u);
  });

  it('rejects with a ValidationError a record whose mentions alone exceed an item', async () => {
    const table = await harness.newTable();
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const mentions = Array.from({ length: 400 }, (_, i) => ({ type: 'person' as const, name: `Person ${i}`, context: 'x'.repeat(1_000) }));
    const error = await caught(store.putArticle(makeRecord({ mentions })));
    expect(error).toBeInstanceOf(ValidationError);
    expect(await harness.scanRaw(table)).toHaveLength(0); // refused before writing anything
  });
});

describe('BatchWriteItem retries', () => {
  const items = (n: number): WriteRequest[] => Array.from({ length: n }, (_, i) => ({ PutRequest: { Item: { PK: `T#${i}`, SK: 'X' } } }));

  it('re-sends unprocessed items until all are written', async () => {
    const table = await harness.newTable();
    let calls = 0;
    // Throttling as DynamoDB does it: write only half of each batch, hand back the rest.
    const throttled = interceptingClient(harness.dynamo.client, async (command, next) => {
      const { name, input } = describeCommand(command);
      if (name !== 'BatchWriteCommand') return next(command);
      calls += 1;
      const requests = (input['RequestItems'] as Record<string, WriteRequest[]>)[table] ?? [];
      const half = Math.ceil(requests.length / 2);
      await next(new BatchWriteCommand({ RequestItems: { [table]: requests.slice(0, half) } }));
      const rest = requests.slice(half);
      return { UnprocessedItems: rest.length > 0 ? { [table]: rest } : {} };
    });
    await batchWrite(throttled, table, items(40), { maxAttempts: 10, baseDelayMs: 1 });
    expect(await harness.scanRaw(table)).toHaveLength(40);
    expect(calls).toBeGreaterThan(2);
  });

  it('gives up with StoreUnavailableError when items stay unprocessed', async () => {
    const table = await harness.newTable();
    const stuck = interceptingClient(harness.dynamo.client, async (command) => {
      const requests = (describeCommand(command).input['RequestItems'] as Record<string, WriteRequest[]>)[table];
      return { UnprocessedItems: { [table]: requests } };
    });
    const error = await caught(batchWrite(stuck, table, items(3), { maxAttempts: 3, baseDelayMs: 1 }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(String((error as Error).message)).toMatch(/3 item\(s\) still unprocessed after 3 attempts/);
  });
});

describe('error mapping', () => {
  it('maps a refused connection to StoreUnavailableError', async () => {
    const raw = dynamoClientFor('http://127.0.0.1:9'); // discard port: nothing listens
    const client = DynamoDBDocumentClient.from(raw);
    const store = new DynamoUrlStateStore({ client, tableName: 'anything' });
    expect(await caught(store.getUrlState('https://example.org/'))).toBeInstanceOf(StoreUnavailableError);
    raw.destroy();
  });

  it('maps a missing table to StoreUnavailableError', async () => {
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: 'no-such-table' });
    const error = await caught(store.getArticle('a'));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/ResourceNotFoundException/);
  });

  it('maps a ValidationException from DynamoDB to ValidationError', async () => {
    const table = await harness.newTable();
    const error = await caught(harness.dynamo.rawClient.send(new GetItemCommand({ TableName: table, Key: { PK: { S: '' }, SK: { S: 'x' } } })));
    expect((error as Error).name).toBe('ValidationException');
    expect(mapDynamoError(error, 'getItem')).toBeInstanceOf(ValidationError);
    // and through the adapter: a cursor that decodes but is not a key of this index
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const bogus = Buffer.from(JSON.stringify({ PK: 'x' })).toString('base64url');
    expect(await caught(store.listArticles({ limit: 1, cursor: bogus }))).toBeInstanceOf(ValidationError);
  });

  it('maps ConditionalCheckFailedException to ConflictError', async () => {
    const table = await harness.newTable();
    await harness.dynamo.client.send(new PutCommand({ TableName: table, Item: { PK: 'a', SK: 'b' } }));
    const error = await caught(
      harness.dynamo.rawClient.send(new PutItemCommand({ TableName: table, Item: { PK: { S: 'a' }, SK: { S: 'b' } }, ConditionExpression: 'attribute_not_exists(PK)' })),
    );
    expect(mapDynamoError(error, 'put')).toBeInstanceOf(ConflictError);
  });

  it('maps throttling and service errors (by SDK error name) to StoreUnavailableError', () => {
    for (const name of ['ProvisionedThroughputExceededException', 'ThrottlingException', 'ServiceUnavailable', 'InternalServerError', 'RequestLimitExceeded']) {
      const sdkError = Object.assign(new Error('rate exceeded'), { name });
      expect(mapDynamoError(sdkError, 'op')).toBeInstanceOf(StoreUnavailableError);
    }
  });

  it('rejects an unparseable URL-state cursor with ValidationError', async () => {
    const table = await harness.newTable();
    const store = new DynamoUrlStateStore({ client: harness.dynamo.client, tableName: table });
    await store.putUrlState(makeUrlState());
    const wrongStatus = Buffer.from(JSON.stringify({ status: 'nope' })).toString('base64url');
    expect(await caught(store.listUrlStates({ limit: 1, cursor: wrongStatus }))).toBeInstanceOf(ValidationError);
  });
});
