/**
 * ArticleStore on one DynamoDB table (layout in table-design.ts), without transactions.
 *
 * A put is a sequence of idempotent steps ending with the article item, which acts as the
 * commit marker: until it is written with the new content hash, a retry redoes every step.
 *  1. read the article item; same contentHash + extractorVersion → 'unchanged', nothing written;
 *  2. record the write intent: ADD the new entity ids to the item's `mentionEntityIds` set (so a
 *     crash after step 3 still lets the next put find the mention items to clean up);
 *  3. upsert entities (aliases ADDed to a string set — a set union, safe to repeat), their name
 *     items and the mention items (BatchWriteItem, unprocessed items retried with backoff);
 *  4. delete mention items of entities no longer mentioned;
 *  5. recompute each touched entity's articleCount by counting its mention items (consistent
 *     Query, Select COUNT) — never a blind ADD, so a re-delivered message cannot double count.
 *     Entities the stored version already mentioned are recounted too: a crashed earlier put
 *     may have deleted and recounted their mention before this put rewrites it;
 *  6. put the article item, conditioned on the content hash read in step 1 (ConflictError if a
 *     concurrent writer stored something else meanwhile).
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord, EntityDetail, EntitySummary, EntityType, Mention, RoleStatement } from '../../domain/model.js';
import { storesAlike } from '../../domain/article.js';
import type { ArticleStore, EntityNameForm, EntityPage, ListArticlesQuery, ListEntitiesQuery, Page, PutOutcome, SuggestEntitiesQuery } from '../../ports/article-store.js';
import { countNameForms } from '../../domain/entity-names.js';
import { distinctNameKeys as nameKeys } from '../../domain/text/name-keys.js';
import { ValidationError } from '../../domain/errors.js';
import { batchGet, batchWrite, DEFAULT_RETRY, type RetryOptions, type WriteRequest } from './batch.js';
import { ENTITY_SNAPSHOT_TTL_MS, pageEntities, type EntityFilter, type EntitySnapshotStorage, type SnapshotChunk, type SnapshotEntry } from '../../domain/entity-cursor.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { idOfSortKey, MergedListing, type ListingSpec, type ShardPositions } from './sharded-listing.js';
import { callDynamo, isConditionalCheckFailed, mapDynamoError } from './errors.js';
import { distinctMentions, fromArticleItem, mentionKey, toArticleItem, toMentionItem, type MentionItem } from './article-items.js';
import {
  ARTICLE_SK,
  ARTICLES_LISTING_PK,
  ENTITIES_LISTING_PK,
  ENTITY_ARTICLES_INDEX,
  ENTITY_SK,
  EXPIRES_AT_ATTRIBUTE,
  ITEM_KIND,
  MENTION_SK_PREFIX,
  articlePk,
  entityCountSortKey,
  entitiesListingPk,
  entityNamePk,
  entityNameSk,
  entityNameSkPrefix,
  entityPk,
  entitySnapshotPk,
  entitySnapshotSk,
  NAME_PREFIX_LENGTH,
  namePrefixPk,
  namePrefixSk,
  sortableDate,
  type IndexDesign,
} from './table-design.js';

export interface DynamoArticleStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly retry?: RetryOptions;
  /** Parallel entity updates per put; keeps Lambda fast without bursting one partition. */
  readonly concurrency?: number;
  /** The clock entity snapshots expire by (injectable for tests). */
  readonly now?: () => number;
}

/** The entity page lists this many most recent articles (and roles from them). */
export const ENTITY_DETAIL_ARTICLE_LIMIT = 200;
/** Name-prefix items read per suggestion (in key order) before ranking by article count. */
export const SUGGEST_SCAN_LIMIT = 300;
/** Most recent mentions whose forms entityNameForms counts. */
export const NAME_FORMS_MENTION_LIMIT = 1_000;
/** Folded names are key material; DynamoDB keys stop at 2 KB. */
const MAX_FOLDED_NAME_LENGTH = 500;

interface EntityItem {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases?: ReadonlySet<string>;
  readonly articleCount?: number;
  readonly PK: string;
  readonly SK: string;
  readonly GSI3PK?: string;
  readonly GSI3SK?: string;
}

type Key = Record<string, unknown>;

async function forEachLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await task(item);
    }
  });
  await Promise.all(workers);
}

function toSummary(item: EntityItem): EntitySummary {
  return {
    id: item.id,
    type: item.type,
    name: item.name,
    aliases: [...(item.aliases ?? [])].filter((alias) => alias !== item.name).sort(),
    articleCount: item.articleCount ?? 0,
  };
}

/** A snapshot chunk as an item; the TTL attribute lets DynamoDB remove it after it expires. */
function toSnapshotItem(chunk: SnapshotChunk): Record<string, unknown> {
  return {
    ...chunk,
    PK: entitySnapshotPk(chunk.snapshotId),
    SK: entitySnapshotSk(chunk.chunk),
    kind: ITEM_KIND.entitySnapshot,
    [EXPIRES_AT_ATTRIBUTE]: Math.ceil((chunk.createdMs + ENTITY_SNAPSHOT_TTL_MS) / 1000),
  };
}

function foldedForms(mention: Mention): string[] {
  return [...new Set([mention.name, ...mention.aliases].flatMap((form) => nameKeys(form).map((key) => key.slice(0, MAX_FOLDED_NAME_LENGTH))))];
}

function shardPositions(cursor: string | null | undefined): ShardPositions | undefined {
  const state = decodeCursor(cursor);
  if (state === undefined) return undefined;
  if (!Array.isArray(state['shards'])) throw new ValidationError('invalid cursor', [{ path: 'cursor', message: 'not a cursor returned by this store' }]);
  return state['shards'] as ShardPositions;
}

function cursorAfter(listing: MergedListing): string | null {
  return encodeCursor({ shards: listing.positions() });
}

/** Entities by article count, most mentioned first, ties by id. */
const ENTITIES_LISTING: ListingSpec = { base: ENTITIES_LISTING_PK, tableKeyOf: (sortKey) => ({ PK: entityPk(idOfSortKey(sortKey)), SK: ENTITY_SK }) };

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) throw new ValidationError('limit must be a positive integer', [{ path: 'limit', message: String(limit) }]);
}

export class DynamoArticleStore implements ArticleStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly retry: RetryOptions;
  private readonly concurrency: number;
  private readonly now: () => number;

  constructor(options: DynamoArticleStoreOptions) {
    this.now = options.now ?? Date.now;
    this.client = options.client;
    this.tableName = options.tableName;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.concurrency = options.concurrency ?? 8;
  }

  async putArticle(record: ArticleRecord): Promise<PutOutcome> {
    const { article } = record;
    const articleItem = toArticleItem(record); // validates size before anything is written
    const existingItem = await this.getArticleItem(article.id);
    const existing = fromArticleItem(existingItem);
    if (existing && storesAlike(existing.article, article)) {
      return 'unchanged';
    }

    const mentions = distinctMentions(record.mentions);
    const newIds = new Set(mentions.map((mention) => mention.entityId));
    const priorIds = new Set<string>([...this.intentIds(existingItem), ...(existing?.mentions ?? []).map((mention) => mention.entityId)]);
    const unseen = [...newIds].filter((id) => !priorIds.has(id));
    if (unseen.length > 0) await this.recordIntent(article.id, unseen);

    await forEachLimit(mentions, this.concurrency, (mention) => this.upsertEntity(mention));
    const writes: WriteRequest[] = [
      ...mentions.map((mention): WriteRequest => ({ PutRequest: { Item: { ...toMentionItem(article, mention) } } })),
      ...this.nameItems(mentions),
    ];
    const stale = [...priorIds].filter((id) => !newIds.has(id));
    writes.push(...stale.map((entityId): WriteRequest => ({ DeleteRequest: { Key: mentionKey(entityId, article.id) } })));
    await batchWrite(this.client, this.tableName, writes, this.retry);
    await forEachLimit([...new Set([...newIds, ...stale])], this.concurrency, (entityId) => this.recountEntity(entityId));

    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...articleItem },
          ConditionExpression: existing ? 'contentHash = :seenHash AND extractorVersion = :seenVersion' : 'attribute_not_exists(article)',
          ExpressionAttributeValues: existing ? { ':seenHash': existing.article.contentHash, ':seenVersion': existing.article.extractorVersion } : undefined,
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw mapDynamoError(error, `putArticle ${article.id}`);
      // A concurrent writer got there first; if it stored this very content, all is well.
      const now = fromArticleItem(await this.getArticleItem(article.id));
      if (now && storesAlike(now.article, article)) return 'unchanged';
      throw mapDynamoError(error, `putArticle ${article.id}`);
    }
    return existing ? 'updated' : 'created';
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    return fromArticleItem(await this.getArticleItem(id));
  }

  /** By fetch time, merged across the ARTICLES shards; the cursor holds a position per shard. */
  async listArticles(query: ListArticlesQuery): Promise<Page<ArticleRecord>> {
    checkLimit(query.limit);
    const since = query.fetchedSince === undefined ? undefined : sortableDate(query.fetchedSince);
    if (since === '0000') throw new ValidationError('fetchedSince is not an ISO instant', [{ path: 'fetchedSince', message: String(query.fetchedSince) }]);
    const spec: ListingSpec = { base: ARTICLES_LISTING_PK, tableKeyOf: (sortKey) => ({ PK: articlePk(idOfSortKey(sortKey)), SK: ARTICLE_SK }), ...(since ? { sortKeyFrom: since } : {}) };
    const listing = new MergedListing(this.client, this.tableName, spec, query.limit, shardPositions(query.cursor));
    const items: ArticleRecord[] = [];
    while (items.length < query.limit) {
      const item = await listing.next();
      if (!item) return { items, nextCursor: null };
      const record = fromArticleItem(item);
      if (record) items.push(record);
    }
    return { items, nextCursor: cursorAfter(listing) };
  }

  async deleteArticle(id: string): Promise<void> {
    const item = await this.getArticleItem(id);
    if (!item) return;
    const record = fromArticleItem(item);
    const entityIds = [...new Set([...this.intentIds(item), ...(record?.mentions ?? []).map((mention) => mention.entityId)])];
    // Mentions first, the article item last: a crash in between leaves the item to find them by.
    await batchWrite(
      this.client,
      this.tableName,
      entityIds.map((entityId): WriteRequest => ({ DeleteRequest: { Key: mentionKey(entityId, id) } })),
      this.retry,
    );
    await forEachLimit(entityIds, this.concurrency, (entityId) => this.recountEntity(entityId));
    await callDynamo(`deleteArticle ${id}`, () => this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { PK: articlePk(id), SK: ARTICLE_SK } })));
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const item = await this.getEntityItem(id);
    if (!item) return null;
    const result = await callDynamo(`getEntity ${id}`, () =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: ENTITY_ARTICLES_INDEX.indexName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': ENTITY_ARTICLES_INDEX.partitionKey },
          ExpressionAttributeValues: { ':pk': entityPk(id) },
          ScanIndexForward: false,
          Limit: ENTITY_DETAIL_ARTICLE_LIMIT,
        }),
      ),
    );
    const mentions = (result.Items ?? []) as MentionItem[];
    const roles: RoleStatement[] = mentions
      .filter((mention) => mention.role !== null || mention.affiliation !== null)
      .map((mention) => ({ role: mention.role, affiliation: mention.affiliation, articleId: mention.articleId, publishedAt: mention.publishedAt }));
    const articles = mentions.map((mention) => ({ id: mention.articleId, title: mention.title, publishedAt: mention.publishedAt, outlet: mention.outlet }));
    return { ...toSummary(item), roles, articles };
  }

  async findEntityByName(name: string, type?: EntityType): Promise<EntitySummary | null> {
    const keys = nameKeys(name).map((key) => key.slice(0, MAX_FOLDED_NAME_LENGTH));
    if (keys.length === 0) return null;
    const pages = await Promise.all(
      keys.map((key) =>
        callDynamo('findEntityByName', () =>
          this.client.send(
            new QueryCommand({
              TableName: this.tableName,
              KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
              ExpressionAttributeValues: { ':pk': entityNamePk(key), ':prefix': entityNameSkPrefix(type) },
            }),
          ),
        ),
      ),
    );
    const result = { Items: pages.flatMap((page) => page.Items ?? []) };
    const ids = [...new Set((result.Items ?? []).map((item) => String(item['entityId'])))];
    if (ids.length === 0) return null;
    const entities = (await batchGet(this.client, this.tableName, ids.map((id) => ({ PK: entityPk(id), SK: ENTITY_SK })), this.retry)) as unknown as EntityItem[];
    // Several entities can share a name; the most mentioned one is the likeliest meant.
    const best = entities
      .map(toSummary)
      .filter((entity) => entity.articleCount > 0 && (type === undefined || entity.type === type))
      .sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id))[0];
    return best ?? null;
  }

  /** Pages of a snapshot of the matching order, taken by the first page (shared/domain/entity-cursor.ts). */
  async listEntities(query: ListEntitiesQuery): Promise<EntityPage> {
    return pageEntities(this.entitySnapshots, query);
  }

  private readonly entitySnapshots: EntitySnapshotStorage = {
    listMatching: (filter) => this.matchingEntities(filter),
    saveChunks: (chunks) =>
      batchWrite(this.client, this.tableName, chunks.map((chunk) => ({ PutRequest: { Item: toSnapshotItem(chunk) } })), this.retry),
    readChunks: async (snapshotId, chunks) => {
      const items = await batchGet(this.client, this.tableName, chunks.map((chunk) => ({ PK: entitySnapshotPk(snapshotId), SK: entitySnapshotSk(chunk) })), this.retry);
      return items.map((item) => item as unknown as SnapshotChunk);
    },
    summaries: async (ids) => {
      const items = await batchGet(this.client, this.tableName, ids.map((id) => ({ PK: entityPk(id), SK: ENTITY_SK })), this.retry);
      return (items as unknown as EntityItem[]).map(toSummary);
    },
    now: () => this.now(),
  };

  /**
   * Walks the ENTITIES shards merged by their sort key — most mentioned first, ties by id — in
   * full (entities are few), filtering by type and folded name in code.
   */
  private async matchingEntities(filter: EntityFilter): Promise<SnapshotEntry[]> {
    const needles = filter.nameContains ? nameKeys(filter.nameContains) : [];
    const matches = (item: EntityItem): boolean => {
      if ((item.articleCount ?? 0) <= 0) return false;
      if (filter.type && item.type !== filter.type) return false;
      if (needles.length === 0) return true;
      const forms = [item.name, ...(item.aliases ?? [])].flatMap(nameKeys);
      return forms.some((form) => needles.some((needle) => form.includes(needle)));
    };
    const listing = new MergedListing(this.client, this.tableName, ENTITIES_LISTING, 500, undefined);
    const entries: SnapshotEntry[] = [];
    for (let next = await listing.next(); next; next = await listing.next()) {
      const item = next as unknown as EntityItem;
      if (matches(item)) entries.push({ id: item.id, count: item.articleCount ?? 0 });
    }
    return entries;
  }

  /**
   * Name-prefix items of the typed keys (one Query each, at most SUGGEST_SCAN_LIMIT items in key
   * order), then the entities they point to, ranked by article count.
   */
  async suggestEntities(query: SuggestEntitiesQuery): Promise<EntitySummary[]> {
    checkLimit(query.limit);
    const keys = nameKeys(query.prefix)
      .map((key) => key.slice(0, MAX_FOLDED_NAME_LENGTH))
      .filter((key) => key.length >= NAME_PREFIX_LENGTH);
    const pages = await Promise.all(keys.map((key) => this.queryAll('suggestEntities', { pk: namePrefixPk(key), skPrefix: key }, SUGGEST_SCAN_LIMIT)));
    const ids = [...new Set(pages.flat().map((item) => String(item['entityId'])))];
    if (ids.length === 0) return [];
    const entities = (await batchGet(this.client, this.tableName, ids.map((id) => ({ PK: entityPk(id), SK: ENTITY_SK })), this.retry)) as unknown as EntityItem[];
    return entities
      .map(toSummary)
      .filter((entity) => entity.articleCount > 0)
      .sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id))
      .slice(0, query.limit);
  }

  /** Counted over the entity's NAME_FORMS_MENTION_LIMIT most recent mention items. */
  async entityNameForms(id: string): Promise<EntityNameForm[]> {
    const items = await this.queryAll(`entityNameForms ${id}`, { pk: entityPk(id), index: ENTITY_ARTICLES_INDEX, newestFirst: true }, NAME_FORMS_MENTION_LIMIT);
    return countNameForms(
      (items as unknown as MentionItem[]).map((item) => ({ name: item.name, aliases: item.aliases ?? [], lang: item.language ?? null })),
    );
  }

  /** Items of one partition (of the table or an index), optionally by sort-key prefix, up to `max`. */
  private async queryAll(
    what: string,
    where: { pk: string; skPrefix?: string; index?: IndexDesign; newestFirst?: boolean },
    max: number,
  ): Promise<Record<string, unknown>[]> {
    const names = { '#pk': where.index?.partitionKey ?? 'PK', ...(where.skPrefix !== undefined ? { '#sk': where.index?.sortKey ?? 'SK' } : {}) };
    const items: Record<string, unknown>[] = [];
    let startKey: Key | undefined;
    do {
      const page = await callDynamo(what, () =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            ...(where.index ? { IndexName: where.index.indexName } : {}),
            KeyConditionExpression: where.skPrefix !== undefined ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: { ':pk': where.pk, ...(where.skPrefix !== undefined ? { ':prefix': where.skPrefix } : {}) },
            ScanIndexForward: !where.newestFirst,
            Limit: max - items.length,
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey && items.length < max);
    return items;
  }

  async close(): Promise<void> {
    // The client is injected and shared (one per Lambda cold start); its owner destroys it.
  }

  private intentIds(item: Record<string, unknown> | undefined): string[] {
    const ids = item?.['mentionEntityIds'];
    return ids instanceof Set ? [...ids].map(String) : [];
  }

  private async getArticleItem(id: string): Promise<Record<string, unknown> | undefined> {
    const result = await callDynamo(`getArticle ${id}`, () =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: { PK: articlePk(id), SK: ARTICLE_SK }, ConsistentRead: true })),
    );
    return result.Item;
  }

  private async getEntityItem(id: string): Promise<EntityItem | null> {
    const result = await callDynamo(`getEntity ${id}`, () =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: { PK: entityPk(id), SK: ENTITY_SK }, ConsistentRead: true })),
    );
    return (result.Item as EntityItem | undefined) ?? null;
  }

  private async recordIntent(articleId: string, entityIds: readonly string[]): Promise<void> {
    await callDynamo(`putArticle ${articleId} (intent)`, () =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: articlePk(articleId), SK: ARTICLE_SK },
          UpdateExpression: 'SET #kind = :kind ADD mentionEntityIds :ids',
          ExpressionAttributeNames: { '#kind': 'kind' },
          ExpressionAttributeValues: { ':kind': ITEM_KIND.article, ':ids': new Set(entityIds) },
        }),
      ),
    );
  }

  /** Creates the entity on first sight (first name and type win) and unions its name forms. */
  private async upsertEntity(mention: Mention): Promise<void> {
    const forms = new Set([mention.name, ...mention.aliases].filter((form) => form !== ''));
    await callDynamo(`upsertEntity ${mention.entityId}`, () =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: entityPk(mention.entityId), SK: ENTITY_SK },
          UpdateExpression:
            'SET #kind = :kind, #id = :id, #type = if_not_exists(#type, :type), #name = if_not_exists(#name, :name), ' +
            'articleCount = if_not_exists(articleCount, :zero), GSI3PK = :listing, GSI3SK = if_not_exists(GSI3SK, :sortKey)' +
            // A DynamoDB set cannot be empty, so ADD only when there is a form to add.
            (forms.size > 0 ? ' ADD aliases :forms' : ''),
          ExpressionAttributeNames: { '#kind': 'kind', '#id': 'id', '#type': 'type', '#name': 'name' },
          ExpressionAttributeValues: {
            ':kind': ITEM_KIND.entity,
            ':id': mention.entityId,
            ':type': mention.type,
            ':name': mention.name,
            ':zero': 0,
            ':listing': entitiesListingPk(mention.entityId),
            ':sortKey': entityCountSortKey(0, mention.entityId),
            ...(forms.size > 0 ? { ':forms': forms } : {}),
          },
        }),
      ),
    );
  }

  private nameItems(mentions: readonly Mention[]): WriteRequest[] {
    const byKey = new Map<string, WriteRequest>();
    for (const mention of mentions) {
      for (const folded of foldedForms(mention)) {
        const item = { PK: entityNamePk(folded), SK: entityNameSk(mention.type, mention.entityId), kind: ITEM_KIND.entityName, entityId: mention.entityId };
        byKey.set(`${item.PK}\u0000${item.SK}`, { PutRequest: { Item: item } });
        const prefixItem = { PK: namePrefixPk(folded), SK: namePrefixSk(folded, mention.entityId), kind: ITEM_KIND.namePrefix, entityId: mention.entityId };
        byKey.set(`${prefixItem.PK}\u0000${prefixItem.SK}`, { PutRequest: { Item: prefixItem } });
      }
    }
    return [...byKey.values()];
  }

  /**
   * articleCount := number of mention items in the entity's partition (strongly consistent), and
   * the display name := the form most of those mentions use (ties: longest, then alphabetical),
   * so it follows an analyst's rename once reprocessing has applied it everywhere.
   */
  private async recountEntity(entityId: string): Promise<void> {
    const names = new Map<string, number>();
    let count = 0;
    let startKey: Key | undefined;
    do {
      const page = await callDynamo(`countMentions ${entityId}`, () =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
            ExpressionAttributeValues: { ':pk': entityPk(entityId), ':prefix': MENTION_SK_PREFIX },
            ProjectionExpression: '#name',
            ExpressionAttributeNames: { '#name': 'name' },
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      for (const item of page.Items ?? []) {
        const name = typeof item['name'] === 'string' ? item['name'] : '';
        if (name) names.set(name, (names.get(name) ?? 0) + 1);
      }
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    const displayName = mostUsedName(names);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: entityPk(entityId), SK: ENTITY_SK },
          UpdateExpression: `SET articleCount = :count, GSI3SK = :sortKey${displayName ? ', #name = :name' : ''}`,
          ConditionExpression: 'attribute_exists(PK)',
          ...(displayName ? { ExpressionAttributeNames: { '#name': 'name' } } : {}),
          ExpressionAttributeValues: { ':count': count, ':sortKey': entityCountSortKey(count, entityId), ...(displayName ? { ':name': displayName } : {}) },
        }),
      );
    } catch (error) {
      // No entity item (never created, e.g. a stale id from a crashed put): nothing to count.
      if (!isConditionalCheckFailed(error)) throw mapDynamoError(error, `recountEntity ${entityId}`);
    }
  }
}

/** The most used name; ties go to the longest, then the alphabetically first (same rule as SQLite). */
function mostUsedName(names: ReadonlyMap<string, number>): string | null {
  let best: [string, number] | null = null;
  for (const [name, uses] of names) {
    if (!best || uses > best[1] || (uses === best[1] && (name.length > best[0].length || (name.length === best[0].length && name < best[0])))) best = [name, uses];
  }
  return best?.[0] ?? null;
}
