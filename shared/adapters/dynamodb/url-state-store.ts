/**
 * UrlStateStore on the culture-index table: one item per URL (key: sha256 of the URL, so any
 * length and any characters are fine), listed and counted per status through the listing index.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../domain/errors.js';
import { URL_STATUSES, type UrlState, type UrlStatus } from '../../domain/model.js';
import type { Page } from '../../ports/article-store.js';
import type { UrlStateStore } from '../../ports/url-state-store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { callDynamo } from './errors.js';
import { countListing, idOfSortKey, MergedListing, type ListingSpec, type ShardPositions } from './sharded-listing.js';
import { ITEM_KIND, URL_STATE_SK, dateSortKey, urlHash, urlStatePk, urlStatusListing, urlStatusPk } from './table-design.js';

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
      GSI3PK: urlStatusPk(state.status, urlHash(state.url)),
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
   * Oldest update first within a status (merged across the status's shards). Without a status,
   * the statuses are walked one after the other; the cursor remembers the status and the
   * position in each of its shards.
   */
  async listUrlStates(query: { status?: UrlStatus; limit: number; cursor?: string | null }): Promise<Page<UrlState>> {
    if (!Number.isInteger(query.limit) || query.limit < 1) throw new ValidationError('limit must be a positive integer', [{ path: 'limit', message: String(query.limit) }]);
    if (query.status !== undefined && !isStatus(query.status)) throw new ValidationError(`unknown URL status ${String(query.status)}`, [{ path: 'status', message: String(query.status) }]);
    const cursor = decodeCursor(query.cursor);
    const statuses = query.status ? [query.status] : [...URL_STATUSES];
    let statusIndex = 0;
    let positions: ShardPositions | undefined;
    if (cursor) {
      statusIndex = statuses.indexOf(cursor['status'] as UrlStatus);
      positions = cursor['shards'] as ShardPositions | undefined;
      if (statusIndex < 0) throw new ValidationError('invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this store' }]);
    }
    const items: UrlState[] = [];
    while (statusIndex < statuses.length) {
      const status = statuses[statusIndex] as UrlStatus;
      const listing = new MergedListing(this.client, this.tableName, urlStatusListingSpec(status), query.limit, positions);
      for (let item = await listing.next(); item; item = await listing.next()) {
        items.push(toState(item));
        if (items.length === query.limit) {
          const after = listing.positions();
          if (after.every((position) => position === true) && statusIndex === statuses.length - 1) return { items, nextCursor: null };
          return { items, nextCursor: encodeCursor(after.every((position) => position === true) ? { status: statuses[statusIndex + 1] } : { status, shards: after }) };
        }
      }
      statusIndex += 1;
      positions = undefined;
    }
    return { items, nextCursor: null };
  }

  async countUrlStates(): Promise<Record<UrlStatus, number>> {
    const counts = await Promise.all(URL_STATUSES.map(async (status) => [status, await countListing(this.client, this.tableName, urlStatusListing(status))] as const));
    return Object.fromEntries(counts) as Record<UrlStatus, number>;
  }
}

/** A URL state's listing sort key is `<updatedAt>#<sha256(url)>`: its table key follows. */
function urlStatusListingSpec(status: UrlStatus): ListingSpec {
  return { base: urlStatusListing(status), tableKeyOf: (sortKey) => ({ PK: `URL#${idOfSortKey(sortKey)}`, SK: URL_STATE_SK }) };
}
