/**
 * Decoding of DynamoDB Streams records (the Lambda event shape) into article changes for the
 * indexer. Only article items count: mention, entity, name and URL-state items are ignored, and
 * so is an article item that holds only a put's write intent (no `article` yet).
 *
 * A put that records its intent on an existing article (see article-store.ts) produces one
 * extra MODIFY whose image still holds the previous version; re-indexing it is harmless, as the
 * final put's MODIFY follows. A REMOVE is reported even for an item that was only an intent:
 * removing an id the index never had is a no-op for the indexer.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { ArticleRecord } from '../../domain/model.js';
import { fromArticleItem } from './article-items.js';
import { articleIdFromKeys } from './table-design.js';

export interface ArticleStreamChanges {
  readonly upserts: ArticleRecord[];
  /** Ids of articles whose item was deleted. */
  readonly removals: string[];
}

type Image = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

// The Lambda typings and the SDK describe the same AttributeValue JSON with different types.
const decode = (image: Image): Record<string, unknown> => unmarshall(image as unknown as Record<string, AttributeValue>);

/**
 * Records are applied in order, and only the last change per article is returned, so an
 * INSERT followed by a REMOVE of the same article in one batch ends as a removal.
 */
export function decodeArticleStreamRecords(records: readonly DynamoDBRecord[]): ArticleStreamChanges {
  const last = new Map<string, { kind: 'upsert'; record: ArticleRecord } | { kind: 'remove' }>();
  for (const record of records) {
    const change = record.dynamodb;
    if (!change?.Keys) continue;
    const id = articleIdFromKeys(decode(change.Keys));
    if (id === null) continue;
    if (record.eventName === 'REMOVE') {
      last.delete(id);
      last.set(id, { kind: 'remove' });
      continue;
    }
    if (record.eventName !== 'INSERT' && record.eventName !== 'MODIFY') continue;
    const article = change.NewImage ? fromArticleItem(decode(change.NewImage)) : null;
    if (!article) continue; // write intent only, or a stream without new images
    last.delete(id);
    last.set(id, { kind: 'upsert', record: article });
  }
  const upserts: ArticleRecord[] = [];
  const removals: string[] = [];
  for (const [id, change] of last) {
    if (change.kind === 'upsert') upserts.push(change.record);
    else removals.push(id);
  }
  return { upserts, removals };
}
