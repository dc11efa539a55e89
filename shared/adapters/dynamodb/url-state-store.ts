/**
 * UrlStateStore on the culture-index table: one item per URL (key: sha256 of the URL, so any
 * length and any characters are fine), listed and counted per status through the listing index.
 */
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../domain/errors.js';
import { URL_STATUSES, type UrlState, type UrlStatus } from '../../domain/model.js';
import type { Page } from '../../ports/article-store.js';
import type { UrlStateStore } from '../../ports/url-state-store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { callDynamo } from './errors.js';
import { ITEM_KIND, LISTING_INDEX, URL_STATE_SK, dateSortKey, urlHash, urlStatePk, urlStatusPk } from './table-design.js';

export interface DynamoUrlStateStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

const STATE_FIELDS = ['url', 'status', 'reason', 'articleId', 'etag', 'lastModified', 'contentHash', 'attempts', 'updatedAt', 'sourceId', 'lastError', 'nextAttemptAt'] as const;

function toState(item: Record<string, unknown>): UrlState {
  const state: Record<string, unknown> = {};
  for (const field of STATE_FIELDS) state[field] = item[field] ?? null;
  return state as unknown as UrlState;
}

function isStatus(value: unknown): value is UrlStatus {
  return typeof value === 'string' && (URL_STATUSES as readonly string[]).includes(value);
}

export class DynamoUrlStateStore implements UrlStateStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: DynamoUrlStateStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
  }

  async putUrlState(state: UrlState): Promise<void> {
    if (!isStatus(state.status)) throw new ValidationError(`unknown URL status ${String(state.status)}`, [{ path: 'status', message: String(state.status) }]);
    const item = {
      PK: urlStatePk(state.url),
      SK: URL_STATE_SK,
      kind: ITEM_KIND.urlState,
      ...Object.fromEntries(STATE_FIELDS.map((field) => [field, state[field]])),
      GSI3PK: urlStatusPk(state.status),
      GSI3SK: dateSortKey(state.updatedAt, urlHash(state.url)),
    };
    await callDynamo(`putUrlState ${state.url}`, () => this.client.send(new PutCommand({ TableName: this.tableName, Item: item })));
  }

  async getUrlState(url: string): Promise<UrlState | null> {
    const result = await callDynamo(`getUrlState ${url}`, () =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: { PK: urlStatePk(url), SK: URL_STATE_SK }, ConsistentRead: true })),
    );
    return result.Item ? toState(result.Item) : null;
  }

  /**
   * Oldest update first within a status. Without a status, the statuses are walked one after
   * the other; the cursor remembers which status it is in.
   */
  async listUrlStates(query: { status?: UrlStatus; limit: number; cursor?: string | null }): Promise<Page<UrlState>> {
    if (!Number.isInteger(query.limit) || query.limit < 1) throw new ValidationError('limit must be a positive integer', [{ path: 'limit', message: String(query.limit) }]);
    if (query.status !== undefined && !isStatus(query.status)) throw new ValidationError(`unknown URL status ${String(query.status)}`, [{ path: 'status', message: String(query.status) }]);
    const cursor = decodeCursor(query.cursor);
    const statuses = query.status ? [query.status] : [...URL_STATUSES];
    let statusIndex = 0;
    let startKey: Record<string, unknown> | undefined;
    if (cursor) {
      statusIndex = statuses.indexOf(cursor['status'] as UrlStatus);
      startKey = cursor['key'] as Record<string, unknown> | undefined;
      if (statusIndex < 0 || (startKey !== undefined && (typeof startKey !== 'object' || startKey === null))) {
        throw new ValidationError('invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this store' }]);
      }
    }
    const items: UrlState[] = [];
    while (statusIndex < statuses.length && items.length < query.limit) {
      const status = statuses[statusIndex] as UrlStatus;
      const result = await this.queryStatus('listUrlStates', status, { Limit: query.limit - items.length, ExclusiveStartKey: startKey });
      items.push(...(result.Items ?? []).map(toState));
      if (result.LastEvaluatedKey) {
        startKey = result.LastEvaluatedKey;
        if (items.length >= query.limit) return { items, nextCursor: encodeCursor({ status, key: startKey }) };
      } else {
        statusIndex += 1;
        startKey = undefined;
      }
    }
    const more = statusIndex < statuses.length;
    return { items, nextCursor: more ? encodeCursor({ status: statuses[statusIndex] }) : null };
  }

  async countUrlStates(): Promise<Record<UrlStatus, number>> {
    const counts = Object.fromEntries(URL_STATUSES.map((status) => [status, 0])) as Record<UrlStatus, number>;
    for (const status of URL_STATUSES) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await this.queryStatus('countUrlStates', status, { Select: 'COUNT', ExclusiveStartKey: startKey });
        counts[status] += page.Count ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }
    return counts;
  }

  /** One page of the listing-index partition that holds the URL states of one status. */
  private queryStatus(
    operation: string,
    status: UrlStatus,
    page: { Limit?: number; Select?: 'COUNT'; ExclusiveStartKey: Record<string, unknown> | undefined },
  ): Promise<QueryCommandOutput> {
    return callDynamo(operation, () =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: LISTING_INDEX.indexName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': LISTING_INDEX.partitionKey },
          ExpressionAttributeValues: { ':pk': urlStatusPk(status) },
          ...page,
        }),
      ),
    );
  }
}
