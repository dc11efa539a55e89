/**
 * decodeArticleStreamRecords on real-shaped DynamoDB Streams records: the images are the items
 * the adapter really wrote, read back from dynalite with a raw Scan (AttributeValue JSON), then
 * wrapped the way Lambda delivers stream records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { DynamoArticleStore } from '../../../shared/adapters/dynamodb/article-store.js';
import { decodeArticleStreamRecords } from '../../../shared/adapters/dynamodb/stream-records.js';
import { DynamoUrlStateStore } from '../../../shared/adapters/dynamodb/url-state-store.js';
import type { ArticleRecord } from '../../../shared/domain/model.js';
import { makeRecord, makeUrlState, sortedMentions, withContent } from '../../support/records.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

type Image = Record<string, AttributeValue>;
let sequence = 0;

/** A stream record as Lambda receives it (StreamViewType NEW_AND_OLD_IMAGES). */
function streamRecord(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', images: { newImage?: Image; oldImage?: Image }): DynamoDBRecord {
  const image = (images.newImage ?? images.oldImage) as Image;
  sequence += 1;
  return {
    eventID: `event-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    eventSourceARN: 'arn:aws:dynamodb:us-east-1:123456789012:table/culture-index/stream/2024-03-07T08:00:00.000',
    dynamodb: {
      ApproximateCreationDateTime: 1709798400,
      Keys: { PK: image['PK'], SK: image['SK'] } as NonNullable<DynamoDBRecord['dynamodb']>['Keys'],
      ...(images.newImage ? { NewImage: images.newImage as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'] } : {}),
      ...(images.oldImage ? { OldImage: images.oldImage as NonNullable<DynamoDBRecord['dynamodb']>['OldImage'] } : {}),
      SequenceNumber: String(100 + sequence),
      SizeBytes: 1024,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

const normalised = (record: ArticleRecord) => ({ article: record.article, mentions: sortedMentions(record) });

describe('decodeArticleStreamRecords', () => {
  it('turns INSERTs of article items into upserts and ignores every other item kind', async () => {
    const table = await harness.newTable();
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const a = makeRecord({ mentions: [{ type: 'person', name: 'Leyla Rahimova', aliases: ['Rahimova'], role: 'director' }] });
    const b = makeRecord({ publishedAt: null, mentions: [] });
    await store.putArticle(a);
    await store.putArticle(b);
    await new DynamoUrlStateStore({ client: harness.dynamo.client, tableName: table }).putUrlState(makeUrlState({ status: 'stored' }));

    const items = await harness.scanRaw(table);
    const kinds = new Set(items.map((item) => item['kind']?.S));
    expect(kinds).toEqual(new Set(['article', 'mention', 'entity', 'entity-name', 'name-prefix', 'url-state']));
    const changes = decodeArticleStreamRecords(items.map((item) => streamRecord('INSERT', { newImage: item })));
    expect(changes.removals).toEqual([]);
    expect(changes.upserts.map(normalised).sort((x, y) => x.article.id.localeCompare(y.article.id))).toEqual(
      [a, b].map(normalised).sort((x, y) => x.article.id.localeCompare(y.article.id)),
    );
  });

  it('reads MODIFY as the new version and REMOVE as a removal, last change per article winning', async () => {
    const table = await harness.newTable();
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const record = makeRecord({ title: 'v1', mentions: [{ type: 'organisation', name: 'Opera House' }] });
    await store.putArticle(record);
    const articleImage = async () => (await harness.scanRaw(table)).find((item) => item['kind']?.S === 'article') as Image;
    const v1 = await articleImage();
    const changed = withContent(record, { title: 'v2' });
    await store.putArticle(changed);
    const v2 = await articleImage();
    const other = makeRecord({ title: 'other' });
    await store.putArticle(other);
    const otherImage = (await harness.scanRaw(table)).find((item) => item['PK']?.S === `ART#${other.article.id}`) as Image;

    const modified = decodeArticleStreamRecords([streamRecord('INSERT', { newImage: v1 }), streamRecord('MODIFY', { newImage: v2, oldImage: v1 })]);
    expect(modified.upserts.map((r) => r.article.title)).toEqual(['v2']);

    const removed = decodeArticleStreamRecords([
      streamRecord('MODIFY', { newImage: v2, oldImage: v1 }),
      streamRecord('INSERT', { newImage: otherImage }),
      streamRecord('REMOVE', { oldImage: v2 }),
    ]);
    expect(removed.removals).toEqual([record.article.id]);
    expect(removed.upserts.map((r) => r.article.id)).toEqual([other.article.id]);
  });

  it('takes the article id of a REMOVE from the keys when the stream carries no old image', async () => {
    const table = await harness.newTable();
    const store = new DynamoArticleStore({ client: harness.dynamo.client, tableName: table });
    const record = makeRecord();
    await store.putArticle(record);
    const image = (await harness.scanRaw(table)).find((item) => item['kind']?.S === 'article') as Image;
    const keysOnly = streamRecord('REMOVE', { oldImage: image });
    delete keysOnly.dynamodb!.OldImage;
    expect(decodeArticleStreamRecords([keysOnly])).toEqual({ upserts: [], removals: [record.article.id] });
  });

  it('ignores the write-intent image of a put in progress (no article yet)', () => {
    const intent: Image = { PK: { S: 'ART#abc' }, SK: { S: 'ARTICLE' }, kind: { S: 'article' }, mentionEntityIds: { SS: ['e1'] } };
    expect(decodeArticleStreamRecords([streamRecord('INSERT', { newImage: intent })])).toEqual({ upserts: [], removals: [] });
  });
});
