/**
 * The write-sharded listing index on dynalite: items of one listing land in many partitions
 * (no hot key), an item keeps its shard when re-put, and reading merges the shards in sort-key
 * order (fetch time for articles, update time for URL states) across page boundaries.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoArticleStore } from '../../../shared/adapters/dynamodb/article-store.js';
import { LISTING_SHARDS, listingShard } from '../../../shared/adapters/dynamodb/table-design.js';
import { DynamoUrlStateStore } from '../../../shared/adapters/dynamodb/url-state-store.js';
import type { ArticleRecord, UrlState } from '../../../shared/domain/model.js';
import { makeRecord, makeUrlState, withContent } from '../../support/records.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function listingPartitions(tableName: string, prefix: string): Promise<Map<string, number>> {
  const partitions = new Map<string, number>();
  for (const raw of await harness.scanRaw(tableName)) {
    const item = unmarshall(raw);
    const pk = item['GSI3PK'];
    if (typeof pk === 'string' && pk.startsWith(prefix)) partitions.set(pk, (partitions.get(pk) ?? 0) + 1);
  }
  return partitions;
}

describe('write-sharded listings (DynamoDB)', () => {
  it('spreads sha256(id) evenly over the shards', () => {
    const counts = new Array<number>(LISTING_SHARDS).fill(0);
    for (let i = 0; i < 32_000; i += 1) counts[listingShard(`id-${i}`)]! += 1;
    // 1,000 expected per shard; a hot shard would be far off.
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('spreads articles and entities over many partitions and lists articles in fetch order across them', async () => {
    const tableName = await harness.newTable();
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName });
    const records: ArticleRecord[] = Array.from({ length: 40 }, (_, i) =>
      makeRecord({ title: `Sharded ${i}`, fetchedAt: new Date(Date.UTC(2024, 4, 1, 0, 40 - i)).toISOString(), mentions: [{ type: 'place', name: `Sharded Place ${i}` }] }),
    );
    for (const record of records) await store.putArticle(record);
    // Re-putting changed content keeps each article in its shard: still one listing item each.
    expect(await store.putArticle(withContent(records[0]!, { text: 'Changed text of the first sharded article.' }))).toBe('updated');

    const articles = await listingPartitions(tableName, 'ARTICLES#');
    expect([...articles.values()].reduce((a, b) => a + b, 0)).toBe(40);
    expect(articles.size).toBeGreaterThan(15);
    expect((await listingPartitions(tableName, 'ENTITIES#')).size).toBeGreaterThan(15);

    const listed: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.listArticles({ limit: 7, cursor });
      listed.push(...page.items.map((record) => record.article.fetchedAt));
      cursor = page.nextCursor;
    } while (cursor);
    expect(listed).toHaveLength(40);
    expect(listed).toEqual([...listed].sort());

    const since = records[9]!.article.fetchedAt;
    const recent = await store.listArticles({ fetchedSince: since, limit: 100 });
    expect(recent.items.map((record) => record.article.fetchedAt)).toEqual(records.slice(0, 10).map((record) => record.article.fetchedAt).sort());
  });

  it('moves a URL state between status listings and lists each status oldest first across shards', async () => {
    const tableName = await harness.newTable();
    const store = new DynamoUrlStateStore({ client: harness.dynamo.client, tableName });
    const states: UrlState[] = Array.from({ length: 40 }, (_, i) => makeUrlState({ status: 'pending', updatedAt: new Date(Date.UTC(2024, 4, 1, 0, 40 - i)).toISOString() }));
    for (const state of states) await store.putUrlState(state);
    await store.putUrlState({ ...states[0]!, status: 'stored', updatedAt: '2024-05-02T00:00:00.000Z' });

    expect((await listingPartitions(tableName, 'URLSTATUS#pending#')).size).toBeGreaterThan(15);
    const pending: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.listUrlStates({ status: 'pending', limit: 6, cursor });
      pending.push(...page.items.map((state) => state.updatedAt));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pending).toHaveLength(39);
    expect(pending).toEqual([...pending].sort());
    expect(await store.countUrlStates()).toMatchObject({ pending: 39, stored: 1 });
  });
});
