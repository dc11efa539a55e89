/**
 * Reads one write-sharded listing of the listing index (see table-design.ts: ARTICLES#nn,
 * ENTITIES#nn, URLSTATUS#<status>#nn) as if it were one partition: a query per shard, merged by
 * sort key, so callers see one ascending sequence. The position is the last sort key consumed
 * per shard; the table keys of a position are derived from it (each listing's sort key ends with
 * the item's id), so a cursor holds one short string per shard instead of four keys.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../domain/errors.js';
import { callDynamo } from './errors.js';
import { LISTING_INDEX, LISTING_SHARDS, listingPartition } from './table-design.js';

type Item = Record<string, unknown>;

export interface ListingSpec {
  /** The listing's base partition, e.g. "ARTICLES" or "URLSTATUS#stored". */
  readonly base: string;
  /** The item's table keys from its listing sort key. */
  tableKeyOf(sortKey: string): { PK: string; SK: string };
  /** Only sort keys ≥ this (e.g. fetchedSince). */
  readonly sortKeyFrom?: string;
}

/** Per shard: null = not started, a sort key = consumed up to it, true = exhausted. */
export type ShardPositions = (string | null | true)[];

interface ShardState {
  readonly partition: string;
  buffer: Item[];
  /** Where the next query starts (a LastEvaluatedKey, or the position's key). */
  startKey: Item | undefined;
  exhausted: boolean;
  consumed: string | null;
}

export class MergedListing {
  private readonly shards: ShardState[];

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly spec: ListingSpec,
    private readonly pageSize: number,
    positions?: ShardPositions,
  ) {
    if (positions !== undefined && (!Array.isArray(positions) || positions.length !== LISTING_SHARDS || !positions.every((p) => p === null || p === true || typeof p === 'string'))) {
      throw new ValidationError('invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this store' }]);
    }
    this.shards = Array.from({ length: LISTING_SHARDS }, (_, shard) => {
      const position = positions?.[shard] ?? null;
      const partition = listingPartition(spec.base, shard);
      return {
        partition,
        buffer: [],
        startKey: typeof position === 'string' ? this.indexKey(partition, position) : undefined,
        exhausted: position === true,
        consumed: typeof position === 'string' ? position : null,
      };
    });
  }

  /** The next item in sort-key order across all shards, or null at the end. */
  async next(): Promise<Item | null> {
    await Promise.all(this.shards.filter((shard) => shard.buffer.length === 0 && !shard.exhausted).map((shard) => this.fill(shard)));
    let best: ShardState | undefined;
    for (const shard of this.shards) {
      const head = shard.buffer[0];
      if (head && (!best || sortKeyOf(head) < sortKeyOf(best.buffer[0]!))) best = shard;
    }
    if (!best) return null;
    const item = best.buffer.shift()!;
    best.consumed = sortKeyOf(item);
    return item;
  }

  /** Where a later listing resumes: just after every item consumed so far. */
  positions(): ShardPositions {
    return this.shards.map((shard) => (shard.exhausted && shard.buffer.length === 0 ? true : shard.consumed));
  }

  private async fill(shard: ShardState): Promise<void> {
    const from = this.spec.sortKeyFrom;
    const page = await callDynamo('list', () =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: LISTING_INDEX.indexName,
          KeyConditionExpression: from ? '#pk = :pk AND #sk >= :from' : '#pk = :pk',
          ExpressionAttributeNames: { '#pk': LISTING_INDEX.partitionKey, ...(from ? { '#sk': LISTING_INDEX.sortKey } : {}) },
          ExpressionAttributeValues: { ':pk': shard.partition, ...(from ? { ':from': from } : {}) },
          Limit: this.pageSize,
          ExclusiveStartKey: shard.startKey,
        }),
      ),
    );
    shard.buffer.push(...(page.Items ?? []));
    shard.startKey = page.LastEvaluatedKey;
    if (!page.LastEvaluatedKey) shard.exhausted = true;
  }

  private indexKey(partition: string, sortKey: string): Item {
    return { ...this.spec.tableKeyOf(sortKey), [LISTING_INDEX.partitionKey]: partition, [LISTING_INDEX.sortKey]: sortKey };
  }
}

function sortKeyOf(item: Item): string {
  return String(item[LISTING_INDEX.sortKey]);
}

/** Counts a sharded listing: one COUNT query per shard, in parallel. */
export async function countListing(client: DynamoDBDocumentClient, tableName: string, base: string): Promise<number> {
  const counts = await Promise.all(
    Array.from({ length: LISTING_SHARDS }, async (_, shard) => {
      let count = 0;
      let startKey: Item | undefined;
      do {
        const page = await callDynamo('count', () =>
          client.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: LISTING_INDEX.indexName,
              KeyConditionExpression: '#pk = :pk',
              ExpressionAttributeNames: { '#pk': LISTING_INDEX.partitionKey },
              ExpressionAttributeValues: { ':pk': listingPartition(base, shard) },
              Select: 'COUNT',
              ExclusiveStartKey: startKey,
            }),
          ),
        );
        count += page.Count ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return count;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The id at the end of a listing sort key (`<prefix>#<id>`; ids never contain "#"). */
export function idOfSortKey(sortKey: string): string {
  return sortKey.slice(sortKey.lastIndexOf('#') + 1);
}
