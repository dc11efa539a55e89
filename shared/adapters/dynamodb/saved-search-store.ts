/**
 * SavedSearchStore on the culture-index table.
 *
 * | item          | PK            | SK                   | GSI keys                                                           |
 * |---------------|---------------|----------------------|--------------------------------------------------------------------|
 * | saved search  | SAVED#<id>    | SEARCH               | GSI3 SAVEDSEARCHES / <createdAt>#<id>                              |
 * | ledger row    | SAVED#<id>    | DELIVERY#<articleId> | GSI1 ALERTFEED#<id> / <matchedAt>#<articleId>;                      |
 * |               |               |                      | GSI2 WEBHOOK#<id> / <nextAttemptAt|0000>#<matchedAt>#<articleId>    |
 *
 * A ledger row is written with attribute_not_exists(PK): the key is taken once, ever (no
 * transactions needed). GSI2 keys exist only while the webhook call is pending, so the index is
 * sparse and lists exactly the work left. The stream consumer ignores these items (its filter
 * takes SK = ARTICLE only).
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertArticle, Delivery, SavedSearch, WebhookState } from '../../domain/alerts/saved-search.js';
import { MAX_SAVED_SEARCHES, type SavedSearchStore } from '../../ports/saved-search-store.js';
import { batchWrite } from './batch.js';
import { callDynamo, isConditionalCheckFailed } from './errors.js';
import { ENTITY_ARTICLES_INDEX, LISTING_INDEX, OUTLET_ARTICLES_INDEX } from './table-design.js';

const SEARCH_SK = 'SEARCH';
const DELIVERY_SK_PREFIX = 'DELIVERY#';
const SAVED_SEARCHES_LISTING = 'SAVEDSEARCHES';
/** Every saved-search item's partition key starts so: IAM conditions (dynamodb:LeadingKeys) scope writes to them. */
export const SAVED_SEARCH_PK_PREFIX = 'SAVED#';
const savedPk = (id: string): string => `${SAVED_SEARCH_PK_PREFIX}${id}`;
const feedPk = (id: string): string => `ALERTFEED#${id}`;
const webhookPk = (id: string): string => `WEBHOOK#${id}`;
const webhookSk = (nextAttemptAt: string | null, matchedAt: string, articleId: string): string => `${nextAttemptAt ?? '0000'}#${matchedAt}#${articleId}`;

type Item = Record<string, unknown>;

export interface DynamoSavedSearchStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

function searchFromItem(item: Item): SavedSearch {
  return { ...(item['definition'] as SavedSearch), watermark: item['watermark'] as string };
}

function deliveryFromItem(item: Item): Delivery {
  const status = item['webhookStatus'] as WebhookState['status'] | undefined;
  return {
    savedSearchId: item['savedSearchId'] as string,
    article: item['article'] as AlertArticle,
    matchedAt: item['matchedAt'] as string,
    webhook:
      status === undefined
        ? null
        : {
            status,
            attempts: (item['webhookAttempts'] as number | undefined) ?? 0,
            nextAttemptAt: (item['webhookNextAttemptAt'] as string | undefined) ?? null,
            lastError: (item['webhookLastError'] as string | undefined) ?? null,
            sentAt: (item['webhookSentAt'] as string | undefined) ?? null,
          },
  };
}

function webhookAttributes(savedSearchId: string, matchedAt: string, articleId: string, state: WebhookState | null): Item {
  if (state === null) return {};
  return {
    webhookStatus: state.status,
    webhookAttempts: state.attempts,
    ...(state.nextAttemptAt !== null ? { webhookNextAttemptAt: state.nextAttemptAt } : {}),
    ...(state.lastError !== null ? { webhookLastError: state.lastError } : {}),
    ...(state.sentAt !== null ? { webhookSentAt: state.sentAt } : {}),
    ...(state.status === 'pending' ? { GSI2PK: webhookPk(savedSearchId), GSI2SK: webhookSk(state.nextAttemptAt, matchedAt, articleId) } : {}),
  };
}

export class DynamoSavedSearchStore implements SavedSearchStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: DynamoSavedSearchStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
  }

  async putSavedSearch(search: SavedSearch): Promise<void> {
    const item = {
      PK: savedPk(search.id),
      SK: SEARCH_SK,
      kind: 'saved-search',
      definition: search,
      watermark: search.watermark,
      GSI3PK: SAVED_SEARCHES_LISTING,
      GSI3SK: `${search.createdAt}#${search.id}`,
    };
    await callDynamo(`putSavedSearch ${search.id}`, () => this.client.send(new PutCommand({ TableName: this.tableName, Item: item })));
  }

  async getSavedSearch(id: string): Promise<SavedSearch | null> {
    const result = await callDynamo(`getSavedSearch ${id}`, () =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: { PK: savedPk(id), SK: SEARCH_SK }, ConsistentRead: true })),
    );
    return result.Item ? searchFromItem(result.Item) : null;
  }

  async listSavedSearches(): Promise<SavedSearch[]> {
    const items = await this.queryAll({ IndexName: LISTING_INDEX.indexName, KeyConditionExpression: 'GSI3PK = :pk', ExpressionAttributeValues: { ':pk': SAVED_SEARCHES_LISTING } }, MAX_SAVED_SEARCHES);
    return items.map(searchFromItem);
  }

  async deleteSavedSearch(id: string): Promise<boolean> {
    const rows = await this.queryAll({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': savedPk(id) }, ProjectionExpression: 'PK, SK' }, Number.POSITIVE_INFINITY);
    if (!rows.some((row) => row['SK'] === SEARCH_SK)) return false;
    // The search first: a half-finished delete leaves orphan ledger rows, never a search without its ledger.
    await callDynamo(`deleteSavedSearch ${id}`, () => this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { PK: savedPk(id), SK: SEARCH_SK } })));
    const ledger = rows.filter((row) => row['SK'] !== SEARCH_SK);
    await batchWrite(this.client, this.tableName, ledger.map((row) => ({ DeleteRequest: { Key: { PK: row['PK'], SK: row['SK'] } } })));
    return true;
  }

  async advanceWatermark(id: string, watermark: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: savedPk(id), SK: SEARCH_SK },
          UpdateExpression: 'SET watermark = :w',
          ConditionExpression: 'attribute_exists(PK) AND watermark < :w',
          ExpressionAttributeValues: { ':w': watermark },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) await callDynamo(`advanceWatermark ${id}`, () => Promise.reject(error));
    }
  }

  async recordDeliveries(deliveries: readonly Delivery[]): Promise<Delivery[]> {
    const recorded: Delivery[] = [];
    for (const delivery of deliveries) {
      const id = delivery.article.id;
      const item = {
        PK: savedPk(delivery.savedSearchId),
        SK: `${DELIVERY_SK_PREFIX}${id}`,
        kind: 'alert-delivery',
        savedSearchId: delivery.savedSearchId,
        article: delivery.article,
        matchedAt: delivery.matchedAt,
        GSI1PK: feedPk(delivery.savedSearchId),
        GSI1SK: `${delivery.matchedAt}#${id}`,
        ...webhookAttributes(delivery.savedSearchId, delivery.matchedAt, id, delivery.webhook),
      };
      try {
        await this.client.send(new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
        recorded.push(delivery);
      } catch (error) {
        if (!isConditionalCheckFailed(error)) await callDynamo(`recordDelivery ${delivery.savedSearchId}/${id}`, () => Promise.reject(error));
      }
    }
    return recorded;
  }

  async listDeliveries(savedSearchId: string, limit: number): Promise<Delivery[]> {
    const items = await this.queryAll(
      { IndexName: ENTITY_ARTICLES_INDEX.indexName, KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': feedPk(savedSearchId) }, ScanIndexForward: false },
      limit,
    );
    return items.map(deliveryFromItem);
  }

  async pendingWebhookDeliveries(savedSearchId: string, now: string, limit: number): Promise<Delivery[]> {
    const items = await this.queryAll(
      {
        IndexName: OUTLET_ARTICLES_INDEX.indexName,
        KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK <= :due',
        ExpressionAttributeValues: { ':pk': webhookPk(savedSearchId), ':due': `${now}#\uffff` },
      },
      Number.POSITIVE_INFINITY,
    );
    return items
      .map(deliveryFromItem)
      .sort((a, b) => a.matchedAt.localeCompare(b.matchedAt) || a.article.id.localeCompare(b.article.id))
      .slice(0, limit);
  }

  async updateWebhookState(savedSearchId: string, articleIds: readonly string[], state: WebhookState): Promise<void> {
    for (const articleId of articleIds) {
      const key = { PK: savedPk(savedSearchId), SK: `${DELIVERY_SK_PREFIX}${articleId}` };
      const current = await callDynamo(`getDelivery ${savedSearchId}/${articleId}`, () => this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true })));
      if (!current.Item) continue;
      const matchedAt = current.Item['matchedAt'] as string;
      const { webhookStatus, webhookAttempts, webhookNextAttemptAt, webhookLastError, webhookSentAt, GSI2PK, GSI2SK, ...rest } = current.Item;
      void [webhookStatus, webhookAttempts, webhookNextAttemptAt, webhookLastError, webhookSentAt, GSI2PK, GSI2SK];
      const item = { ...rest, ...webhookAttributes(savedSearchId, matchedAt, articleId, state) };
      await callDynamo(`updateWebhookState ${savedSearchId}/${articleId}`, () => this.client.send(new PutCommand({ TableName: this.tableName, Item: item })));
    }
  }

  async close(): Promise<void> {
    // The client is shared and owned by whoever built it.
  }

  private async queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>, limit: number): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await callDynamo('query saved searches', () =>
        this.client.send(new QueryCommand({ ...input, TableName: this.tableName, ...(start ? { ExclusiveStartKey: start } : {}) })),
      );
      items.push(...((page.Items ?? []) as Item[]));
      start = page.LastEvaluatedKey;
    } while (start !== undefined && items.length < limit);
    return items.slice(0, limit);
  }
}
