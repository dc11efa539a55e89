/**
 * Write-path guarantees of the DynamoDB ArticleStore that the port contract cannot see: exact
 * item sets after re-puts and updates, counts after re-delivery and after a crashed put, and
 * conflict detection between concurrent writers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { DynamoArticleStore } from '../../../shared/adapters/dynamodb/article-store.js';
import { ConflictError, StoreUnavailableError } from '../../../shared/domain/errors.js';
import { entityIdFor, makeRecord, withContent } from '../../support/records.js';
import { describeCommand, interceptingClient, keysOf, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const person = { type: 'person', name: 'Leyla Rahimova', aliases: ['Rahimova'] } as const;
const agency = { type: 'organisation', name: 'National Film Agency', aliases: ['NFA'] } as const;
const theatre = { type: 'organisation', name: 'State Drama Theatre' } as const;

async function newStore(): Promise<{ store: DynamoArticleStore; table: string }> {
  const table = await harness.newTable();
  return { store: new DynamoArticleStore({ client: harness.dynamo.client, tableName: table }), table };
}

describe('DynamoArticleStore writes', () => {
  it('leaves exactly one item set when the same record is put again', async () => {
    const { store, table } = await newStore();
    const record = makeRecord({ mentions: [person, agency] });
    await store.putArticle(record);
    const first = keysOf(await harness.scanRaw(table));
    // 1 article + 2 entities + 2 mentions + name items (2 forms each) + as many name-prefix items = 13
    expect(first).toHaveLength(13);
    expect(await store.putArticle(record)).toBe('unchanged');
    const reExtracted = { ...record, article: { ...record.article, extractorVersion: 'x-2' } };
    expect(await store.putArticle(reExtracted)).toBe('updated');
    expect(await store.putArticle(reExtracted)).toBe('unchanged');
    expect(keysOf(await harness.scanRaw(table))).toEqual(first);
  });

  it('deletes the mention items of entities an update no longer mentions', async () => {
    const { store, table } = await newStore();
    const record = makeRecord({ mentions: [person, agency] });
    await store.putArticle(record);
    await store.putArticle(withContent(record, { title: 'v2', mentions: [person, theatre] }));
    const mentions = (await harness.scanRaw(table)).map((item) => unmarshall(item)).filter((item) => item['kind'] === 'mention');
    expect(mentions.map((m) => m['entityId']).sort()).toEqual([entityIdFor('person', person.name), entityIdFor('organisation', theatre.name)].sort());
    const article = (await harness.scanRaw(table)).map((item) => unmarshall(item)).find((item) => item['kind'] === 'article');
    expect([...(article?.['mentionEntityIds'] as Set<string>)].sort()).toEqual(mentions.map((m) => m['entityId']).sort());
  });

  it('keeps articleCount right when a message is re-delivered many times', async () => {
    const { store } = await newStore();
    const a = makeRecord({ mentions: [person] });
    const b = makeRecord({ mentions: [person, agency] });
    for (let delivery = 0; delivery < 3; delivery += 1) {
      await store.putArticle(a);
      await store.putArticle(b);
      await store.putArticle({ ...b, article: { ...b.article, extractorVersion: `x-${delivery}` } });
    }
    expect((await store.getEntity(entityIdFor('person', person.name)))?.articleCount).toBe(2);
    expect((await store.getEntity(entityIdFor('organisation', agency.name)))?.articleCount).toBe(1);
  });

  it('recovers from a put that crashed before its article item: no orphan mention, right counts', async () => {
    const table = await harness.newTable();
    let crash = true;
    const crashing = interceptingClient(harness.dynamo.client, async (command, next) => {
      const { name, input } = describeCommand(command);
      if (crash && name === 'PutCommand' && (input['Item'] as Record<string, unknown>)['kind'] === 'article') {
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      }
      return next(command);
    });
    const record = makeRecord({ mentions: [person, agency] });
    await expect(new DynamoArticleStore({ client: crashing, tableName: table }).putArticle(record)).rejects.toBeInstanceOf(StoreUnavailableError);
    crash = false;

    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    expect(await store.getArticle(record.article.id)).toBeNull(); // the crashed put is invisible
    // The next delivery brings a re-extracted version that no longer mentions the agency.
    const changed = withContent(record, { title: 'after crash', mentions: [person] });
    expect(await store.putArticle(changed)).toBe('created');
    const items = (await harness.scanRaw(table)).map((item) => unmarshall(item));
    expect(items.filter((item) => item['kind'] === 'mention').map((m) => m['entityId'])).toEqual([entityIdFor('person', person.name)]);
    expect((await store.getEntity(entityIdFor('person', person.name)))?.articleCount).toBe(1);
    expect((await store.getEntity(entityIdFor('organisation', agency.name)))?.articleCount ?? 0).toBe(0);
  });

  it('recounts an entity a crashed update had dropped when the next version mentions it again', async () => {
    const table = await harness.newTable();
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const v1 = makeRecord({ title: 'v1', mentions: [person, agency] });
    await store.putArticle(v1);
    const crashing = interceptingClient(harness.dynamo.client, async (command, next) => {
      const { name, input } = describeCommand(command);
      if (name === 'PutCommand' && (input['Item'] as Record<string, unknown>)['kind'] === 'article') throw Object.assign(new Error('timeout'), { name: 'TimeoutError' });
      return next(command);
    });
    // v2 drops the agency: its mention is deleted and recounted to 0, then the put dies.
    await expect(new DynamoArticleStore({ client: crashing, tableName: table }).putArticle(withContent(v1, { title: 'v2', mentions: [person] }))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect((await store.getArticle(v1.article.id))?.article.title).toBe('v1');
    expect(await store.putArticle(withContent(v1, { title: 'v3', mentions: [person, agency] }))).toBe('updated');
    expect((await store.getEntity(entityIdFor('organisation', agency.name)))?.articleCount).toBe(1);
    expect((await store.getEntity(entityIdFor('person', person.name)))?.articleCount).toBe(1);
  });

  it('refuses to overwrite a version a concurrent writer stored meanwhile (ConflictError)', async () => {
    const table = await harness.newTable();
    const record = makeRecord({ mentions: [person] });
    const plain = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    await plain.putArticle(record);
    const rival = withContent(record, { title: 'rival version', mentions: [person] });
    let raced = false;
    const racing = interceptingClient(harness.dynamo.client, async (command, next) => {
      const { name, input } = describeCommand(command);
      if (!raced && name === 'PutCommand' && (input['Item'] as Record<string, unknown>)['kind'] === 'article') {
        raced = true;
        await plain.putArticle(rival); // lands between our read and our write
      }
      return next(command);
    });
    const mine = withContent(record, { title: 'my version', mentions: [person] });
    await expect(new DynamoArticleStore({ client: racing, tableName: table }).putArticle(mine)).rejects.toBeInstanceOf(ConflictError);
    expect((await plain.getArticle(record.article.id))?.article.title).toBe('rival version');
  });

  it('answers "unchanged" when a concurrent writer stored the very same content', async () => {
    const table = await harness.newTable();
    const plain = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const record = makeRecord({ mentions: [person] });
    let raced = false;
    const racing = interceptingClient(harness.dynamo.client, async (command, next) => {
      const { name, input } = describeCommand(command);
      if (!raced && name === 'PutCommand' && (input['Item'] as Record<string, unknown>)['kind'] === 'article') {
        raced = true;
        await plain.putArticle(record);
      }
      return next(command);
    });
    expect(await new DynamoArticleStore({ client: racing, tableName: table }).putArticle(record)).toBe('unchanged');
    expect((await plain.getEntity(entityIdFor('person', person.name)))?.articleCount).toBe(1);
  });
});
