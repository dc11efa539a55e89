import { createServer } from 'node:net';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoArticleStore } from '../../../shared/adapters/dynamodb/article-store.js';
import { createTable } from '../../../shared/adapters/dynamodb/create-table.js';
import { ARTICLE_SK, articlePk, SORT_KEY } from '../../../shared/adapters/dynamodb/table-design.js';
import type { SqliteStore } from '../../../shared/adapters/sqlite/store.js';
import { buildDeps } from '../../../functions/config.js';
import { articleIdOfRecord, createIndexHandler, failedItems } from '../../../functions/index/handler.js';
import { StoreUnavailableError } from '../../../shared/domain/errors.js';
import { startDynalite, type RunningDynalite } from '../../support/dynalite.js';
import { deletePrefix, openSearchTarget, skipReason, testClient, uniqueIndexPrefix } from '../../support/opensearch.js';
import { makeRecord, withContent } from '../../support/records.js';
import { openTempSqliteStore } from '../../support/temp-sqlite.js';
import { lambdaContext, Recorder, streamEvent, streamRecord } from './lambda-events.js';

const TABLE = 'index-handler-test';
const target = await openSearchTarget();

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// The table's items come from the real DynamoDB adapter (dynalite has no Streams, so the stream
// records are built from scanned items in the exact Lambda shape). The index here is SQLite;
// the OpenSearch path is covered by tests/e2e/aws-handlers.test.ts.
describe('index handler (DynamoDB stream → SearchIndex)', () => {
  let ddb: RunningDynalite;
  let sqlite: { store: SqliteStore; cleanup(): Promise<void> };
  let store: DynamoArticleStore;

  beforeAll(async () => {
    [ddb, sqlite] = await Promise.all([startDynalite(), openTempSqliteStore()]);
    await createTable(ddb.rawClient, TABLE);
    store = new DynamoArticleStore({ client: ddb.client, tableName: TABLE });
  });

  afterAll(async () => {
    await Promise.all([ddb?.close(), sqlite?.cleanup()]);
  });

  async function itemsOf(articleId: string): Promise<Record<string, unknown>[]> {
    const scanned = await ddb.client.send(new ScanCommand({ TableName: TABLE }));
    return (scanned.Items ?? []).filter((item) => item['PK'] === articlePk(articleId) || String(item['GSI1SK'] ?? '').endsWith(articleId) || item['kind'] === 'entity');
  }

  it('indexes article items, ignores mention/entity items, and applies removals', async () => {
    const recorder = new Recorder();
    const handler = createIndexHandler(buildDeps({ TABLE_NAME: TABLE }, { dynamo: ddb.client, searchIndex: sqlite.store, log: recorder.log, metrics: recorder.metrics }));
    const record = makeRecord({ title: 'Opera house reopens', text: 'The opera house reopened after restoration.', mentions: [{ type: 'place', name: 'Opera House' }] });
    await store.putArticle(record);
    const items = await itemsOf(record.article.id);
    expect(items.length).toBeGreaterThan(1); // the article item and at least its mention

    const inserted = await handler(streamEvent(items.map((item) => streamRecord('INSERT', item))), lambdaContext('index'));
    expect(inserted).toEqual({ batchItemFailures: [] });
    const found = await sqlite.store.search({ text: 'opera', filters: {}, limit: 10, facetSize: 0 });
    expect(found.hits.map((hit) => hit.id)).toEqual([record.article.id]);
    expect(recorder.total('ArticlesIndexed')).toBe(1);

    // A MODIFY carries the new content; the index follows it.
    const changed = withContent(record, { title: 'Opera house reopens with a gala' });
    await store.putArticle(changed);
    const articleItem = (await itemsOf(record.article.id)).find((item) => item[SORT_KEY] === ARTICLE_SK)!;
    await handler(streamEvent([streamRecord('MODIFY', articleItem, items.find((item) => item[SORT_KEY] === ARTICLE_SK))]));
    expect((await sqlite.store.search({ text: 'gala', filters: {}, limit: 10, facetSize: 0 })).total).toBe(1);

    await handler(streamEvent([streamRecord('REMOVE', articleItem)]));
    expect((await sqlite.store.search({ text: 'opera', filters: {}, limit: 10, facetSize: 0 })).total).toBe(0);
  });

  it('does not call the index for batches without article changes', async () => {
    const recorder = new Recorder();
    const handler = createIndexHandler(buildDeps({ TABLE_NAME: TABLE }, { dynamo: ddb.client, searchIndex: sqlite.store, log: recorder.log, metrics: recorder.metrics }));
    const record = makeRecord({ mentions: [{ type: 'person', name: 'Leyla Example' }] });
    await store.putArticle(record);
    const others = (await itemsOf(record.article.id)).filter((item) => item[SORT_KEY] !== ARTICLE_SK);
    expect(others.length).toBeGreaterThan(0);
    expect(await handler(streamEvent(others.map((item) => streamRecord('INSERT', item))))).toEqual({ batchItemFailures: [] });
    expect(recorder.counts).toEqual([]);
  });

  it('throws when the cluster pointers cannot be read, so no document is indexed without its cluster', async () => {
    const recorder = new Recorder();
    // A table that does not exist: the cluster read fails, and the index is never written.
    const handler = createIndexHandler(buildDeps({ TABLE_NAME: 'no-such-table' }, { dynamo: ddb.client, searchIndex: sqlite.store, log: recorder.log, metrics: recorder.metrics }));
    const record = makeRecord({ title: 'Marionette festival without a cluster table' });
    await store.putArticle(record);
    const articleItem = (await itemsOf(record.article.id)).find((item) => item[SORT_KEY] === ARTICLE_SK)!;

    await expect(handler(streamEvent([streamRecord('INSERT', articleItem)]))).rejects.toThrow();
    expect(recorder.total('Failures', { Reason: 'index-unavailable' })).toBe(1);
    expect((await sqlite.store.search({ text: 'marionette', filters: {}, limit: 10, facetSize: 0 })).total).toBe(0);
  });

  it('reports the sequence numbers of every record of a rejected article', () => {
    const a = { PK: articlePk('a1'), SK: ARTICLE_SK };
    const b = { PK: articlePk('b2'), SK: ARTICLE_SK };
    const mention = { PK: articlePk('a1'), SK: 'MENTION#e1' };
    const records = [streamRecord('INSERT', a), streamRecord('INSERT', mention), streamRecord('INSERT', b), streamRecord('MODIFY', a)];
    expect(records.map(articleIdOfRecord)).toEqual(['a1', null, 'b2', 'a1']);
    expect(failedItems(records, new Set(['a1']))).toEqual([
      { itemIdentifier: records[0]!.dynamodb!.SequenceNumber },
      { itemIdentifier: records[3]!.dynamodb!.SequenceNumber },
    ]);
    expect(failedItems(records, new Set())).toEqual([]);
  });
});

describe('index handler failure paths (real OpenSearch client)', () => {
  let ddb: RunningDynalite;
  let store: DynamoArticleStore;

  beforeAll(async () => {
    ddb = await startDynalite();
    await createTable(ddb.rawClient, TABLE);
    store = new DynamoArticleStore({ client: ddb.client, tableName: TABLE });
  });

  afterAll(async () => {
    await ddb?.close();
  });

  async function articleRecordOf(record: ReturnType<typeof makeRecord>) {
    await store.putArticle(record);
    const scanned = await ddb.client.send(new ScanCommand({ TableName: TABLE }));
    const item = (scanned.Items ?? []).find((candidate) => candidate['PK'] === articlePk(record.article.id) && candidate[SORT_KEY] === ARTICLE_SK)!;
    return streamRecord('INSERT', item);
  }

  it('throws when OpenSearch is unreachable, so the event source bisects the batch and retries it', async () => {
    const recorder = new Recorder();
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const handler = createIndexHandler(buildDeps({ TABLE_NAME: TABLE, OPENSEARCH_ENDPOINT: endpoint, OPENSEARCH_INDEX_PREFIX: uniqueIndexPrefix('down') }, { dynamo: ddb.client, log: recorder.log, metrics: recorder.metrics }));
    const record = await articleRecordOf(makeRecord({ title: 'Unreachable index' }));

    await expect(handler(streamEvent([record]))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(recorder.total('Failures', { Reason: 'index-unavailable' })).toBe(1);
    expect(recorder.flushes).toBe(1);
  });

  it.skipIf(target === null)(`reports the records of documents OpenSearch rejects and indexes the rest${target === null ? ` (SKIPPED: ${skipReason()})` : ''}`, async () => {
    const prefix = uniqueIndexPrefix('index-handler');
    const client = testClient(target!);
    try {
      const handler = createIndexHandler(
        buildDeps({ TABLE_NAME: TABLE, OPENSEARCH_ENDPOINT: target!.url, OPENSEARCH_INDEX_PREFIX: prefix, OPENSEARCH_REPLICAS: '0' }, { dynamo: ddb.client, log: new Recorder().log, metrics: new Recorder().metrics }),
      );
      const good = await articleRecordOf(makeRecord({ title: 'Carpet museum opens a new wing' }));
      // A date OpenSearch's date mapping cannot parse: the bulk write rejects this one document.
      const bad = await articleRecordOf(makeRecord({ title: 'Undated concert', publishedAt: 'sometime in spring' }));

      const response = await handler(streamEvent([good, bad]));

      expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: bad.dynamodb!.SequenceNumber }] });
      await client.indices.refresh({ index: `${prefix}-*` });
      const count = await client.count({ index: `${prefix}-*` });
      expect((count.body as { count: number }).count).toBe(1);
    } finally {
      await deletePrefix(client, prefix);
    }
  });
});
