/**
 * Single-table design for culture-index on DynamoDB. The CDK stack imports the key and index
 * constants below so the deployed table and the test table (createTable) cannot drift apart.
 *
 * Table keys: PK (S) + SK (S). Three overloaded global secondary indexes, all projecting ALL.
 *
 * | item            | PK                  | SK                     | GSI keys                                                     |
 * |-----------------|---------------------|------------------------|--------------------------------------------------------------|
 * | article         | ART#<articleId>     | ARTICLE                | GSI2 OUTLET#<outlet> / <publishedAt|0000>#<id>                |
 * |                 |                     |                        | GSI3 ARTICLES#<nn> / <fetchedAt>#<id>                         |
 * | mention         | ENT#<entityId>      | MENTION#<articleId>    | GSI1 ENT#<entityId> / <publishedAt|0000>#<articleId>          |
 * | entity          | ENT#<entityId>      | ENTITY                 | GSI3 ENTITIES#<nn> / <9999999999 − articleCount>#<entityId>   |
 * | entity name     | NAME#<name key>     | ENT#<type>#<entityId>  | —  (one per name key of the name and each alias)              |
 * | name prefix     | NAMEPREFIX#<2 chars>| <name key>#ENT#<id>    | —  (the same name keys, grouped by their first two letters)   |
 * | URL fetch state | URL#<sha256(url)>   | URLSTATE               | GSI3 URLSTATUS#<status>#<nn> / <updatedAt>#<sha256(url)>      |
 * | entity snapshot | ENTITYSNAPSHOT#<id> | CHUNK#<nnnnnn>         | —  (/entities order, 1,000 (id, count) pairs; TTL expiresAt)  |
 *
 * Access patterns:
 * - article by id: GetItem ART#id/ARTICLE. The item holds `article` and `mentions` as maps, so
 *   one DynamoDB Streams record carries the whole record for the indexer.
 * - articles of an entity, newest first: Query GSI1 (entity-articles) on ENT#id, descending.
 *   Mention items carry title/outlet/publishedAt/role/affiliation so the entity page needs no
 *   further reads. Mention items live in their entity's partition so that an entity's article
 *   count is a strongly consistent Query (Select COUNT) on ENT#id begins_with MENTION# — a GSI
 *   count could miss a mention written a moment ago.
 * - articles of an outlet by date: Query GSI2 (outlet-articles).
 * - all articles by fetch time (listArticles, fetchedSince): Query GSI3 on ARTICLES.
 * - entity by normalised name or alias: Query NAME#<key> for each of nameKeys(name) — foldName,
 *   plus an ə→a variant (shared/domain/text/name-keys.ts) — with begins_with ENT#<type># when a type is given.
 * - suggestions as you type: Query NAMEPREFIX#<first two letters of the typed key> with
 *   begins_with(SK, <typed key>), for each of nameKeys(typed); the entities found are read
 *   (BatchGet) and ranked by article count. Name-prefix items are written with the name items,
 *   so articles stored before they existed are suggested once reprocessed.
 * - entities by article count: Query GSI3 on ENTITIES, ascending = most mentioned first, ties
 *   by id (type / name filters applied while reading). The first /entities page stores the whole
 *   order as snapshot chunks; later pages BatchGet the one or two chunks they need, then the
 *   page's entity items (shared/domain/entity-cursor.ts).
 * - URL state by URL: GetItem; by status (list and count): Query GSI3 on URLSTATUS#<status>.
 *
 * Dates in sort keys are normalised to UTC ISO so that string order is time order; articles
 * without a publishedAt sort as "0000" (last when newest-first).
 *
 * Write sharding of the listing index: a listing (ARTICLES, ENTITIES, URLSTATUS#<status>) would
 * otherwise be one GSI partition taking every write of its kind, and a GSI partition absorbs
 * about 1,000 WCU/s before it throttles — and a throttled GSI throttles the table's writes. Each
 * listing is therefore split into LISTING_SHARDS partitions, `<listing>#00` … `#31`; an item's
 * shard is sha256(its id) mod LISTING_SHARDS, so a re-put lands in the same shard and never
 * leaves a duplicate. Sustained ingest of 1,000 articles/s writes about 10 KB per article item
 * (text and paragraphs, projected ALL), i.e. ~10,000 WCU/s into ARTICLES, ~300 WCU/s per shard;
 * entity recounts (~20 small writes per article) and URL-state moves spread the same way. Reads
 * merge the shards by sort key (sharded-listing.ts): a query per shard, in parallel, and a cursor
 * that remembers the last sort key per shard. The shard count may only grow (items keep the
 * shard they were written to; readers read shards 0 … LISTING_SHARDS − 1). OUTLET#<outlet>
 * (GSI2) is not sharded: one outlet is a small share of the ingest.
 *
 * Item size: DynamoDB caps an item at 400 KB. Article items whose JSON would exceed
 * MAX_ARTICLE_ITEM_BYTES keep the first part of the text (paragraph by paragraph) and end with
 * the paragraph TRUNCATION_MARKER; `textTruncated` records it. contentHash stays the hash of the
 * full text, so re-delivering the same page is still 'unchanged'. Truncation (rather than body
 * chunks in extra items) keeps every article in one item, so one Streams record carries it. The
 * raw page stays whole in the raw archive, so nothing is lost for re-parsing; search sees the
 * first ~170 KB of text (text and paragraphs each hold a copy), which is plenty for news.
 */
import type { AttributeDefinition, GlobalSecondaryIndex, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import { sha256Hex } from '../../domain/hash.js';
import { SUGGEST_MIN_PREFIX } from '../../domain/entity-names.js';
import type { EntityType, UrlStatus } from '../../domain/model.js';

export const PARTITION_KEY = 'PK';
export const SORT_KEY = 'SK';

export interface IndexDesign {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

/** Mention items by entity: the articles of an entity, by publication date. */
export const ENTITY_ARTICLES_INDEX: IndexDesign = { indexName: 'entity-articles', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' };
/** Article items by outlet, by publication date. */
export const OUTLET_ARTICLES_INDEX: IndexDesign = { indexName: 'outlet-articles', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' };
/** Overloaded, write-sharded listing index: all articles by fetch time, entities by count, URL states by status. */
export const LISTING_INDEX: IndexDesign = { indexName: 'listing', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' };

export const GLOBAL_INDEXES: readonly IndexDesign[] = [ENTITY_ARTICLES_INDEX, OUTLET_ARTICLES_INDEX, LISTING_INDEX];

/** Key schema of the table, in the shape CreateTable (and CDK's CfnTable) take. */
export const TABLE_KEY_SCHEMA: readonly KeySchemaElement[] = [
  { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
  { AttributeName: SORT_KEY, KeyType: 'RANGE' },
];

/** Every key attribute (table and indexes) is a string. */
export const TABLE_ATTRIBUTE_DEFINITIONS: readonly AttributeDefinition[] = [PARTITION_KEY, SORT_KEY, ...GLOBAL_INDEXES.flatMap((index) => [index.partitionKey, index.sortKey])].map(
  (name) => ({ AttributeName: name, AttributeType: 'S' as const }),
);

export const TABLE_GLOBAL_SECONDARY_INDEXES: readonly GlobalSecondaryIndex[] = GLOBAL_INDEXES.map((index) => ({
  IndexName: index.indexName,
  KeySchema: [
    { AttributeName: index.partitionKey, KeyType: 'HASH' },
    { AttributeName: index.sortKey, KeyType: 'RANGE' },
  ],
  Projection: { ProjectionType: 'ALL' },
}));

/** Item kinds, stored in the `kind` attribute so stream consumers and scans can tell them apart. */
export const ITEM_KIND = {
  article: 'article',
  mention: 'mention',
  entity: 'entity',
  entityName: 'entity-name',
  namePrefix: 'name-prefix',
  urlState: 'url-state',
  entitySnapshot: 'entity-snapshot',
} as const;

export const ARTICLE_SK = 'ARTICLE';
export const ENTITY_SK = 'ENTITY';
export const URL_STATE_SK = 'URLSTATE';
export const MENTION_SK_PREFIX = 'MENTION#';
/** Base names of the sharded listings (partitions are `<base>#<nn>`). */
export const ARTICLES_LISTING_PK = 'ARTICLES';
export const ENTITIES_LISTING_PK = 'ENTITIES';

/** JSON size budget for an article item; DynamoDB's hard cap is 400 KB including names. */
export const MAX_ARTICLE_ITEM_BYTES = 350_000;
/** Last paragraph of a truncated article (so text stays the paragraphs joined by blank lines). */
export const TRUNCATION_MARKER = '[… text truncated for storage; the raw page holds the full text]';

const NO_DATE = '0000';

export const articlePk = (articleId: string): string => `ART#${articleId}`;
export const mentionSk = (entityId: string): string => `${MENTION_SK_PREFIX}${entityId}`;
export const entityPk = (entityId: string): string => `ENT#${entityId}`;
export const outletPk = (outlet: string): string => `OUTLET#${outlet}`;
export const entityNamePk = (foldedName: string): string => `NAME#${foldedName}`;
export const entityNameSk = (type: EntityType, entityId: string): string => `ENT#${type}#${entityId}`;
/** Letters of a name key that pick its name-prefix partition: the shortest prefix suggested from. */
export const NAME_PREFIX_LENGTH = SUGGEST_MIN_PREFIX;
export const namePrefixPk = (foldedName: string): string => `NAMEPREFIX#${foldedName.slice(0, NAME_PREFIX_LENGTH)}`;
export const namePrefixSk = (foldedName: string, entityId: string): string => `${foldedName}#ENT#${entityId}`;
export const entityNameSkPrefix = (type?: EntityType): string => (type ? `ENT#${type}#` : 'ENT#');
export const urlHash = (url: string): string => sha256Hex(url);
export const urlStatePk = (url: string): string => `URL#${urlHash(url)}`;
/** Number of write shards per listing; may grow, never shrink (see the comment above). */
export const LISTING_SHARDS = 32;
/** The shard of an item in a listing: stable per id, spread evenly by sha256. */
export const listingShard = (id: string): number => Number.parseInt(sha256Hex(id).slice(0, 8), 16) % LISTING_SHARDS;
export const listingPartition = (base: string, shard: number): string => `${base}#${String(shard).padStart(2, '0')}`;
export const articlesListingPk = (articleId: string): string => listingPartition(ARTICLES_LISTING_PK, listingShard(articleId));
export const entitiesListingPk = (entityId: string): string => listingPartition(ENTITIES_LISTING_PK, listingShard(entityId));
export const urlStatusListing = (status: UrlStatus): string => `URLSTATUS#${status}`;
export const urlStatusPk = (status: UrlStatus, hashOfUrl: string): string => listingPartition(urlStatusListing(status), listingShard(hashOfUrl));

/** An ISO instant as UTC ISO (string order = time order); unparseable or null → "0000". */
export function sortableDate(iso: string | null | undefined): string {
  if (!iso) return NO_DATE;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? NO_DATE : new Date(time).toISOString();
}

export const dateSortKey = (iso: string | null | undefined, id: string): string => `${sortableDate(iso)}#${id}`;

const COUNT_CEILING = 9_999_999_999;

/**
 * Ascending order of this key = most mentioned first, then entity id ascending (the SQLite
 * adapter's order): the count is stored as ceiling − count, zero-padded.
 */
export const entityCountSortKey = (articleCount: number, entityId: string): string =>
  `${String(COUNT_CEILING - Math.min(COUNT_CEILING, Math.max(0, Math.trunc(articleCount)))).padStart(10, '0')}#${entityId}`;

/** The article id of an article item's keys, or null for any other item. */
export function articleIdFromKeys(keys: Record<string, unknown>): string | null {
  const pk = keys[PARTITION_KEY];
  const sk = keys[SORT_KEY];
  if (typeof pk !== 'string' || sk !== ARTICLE_SK || !pk.startsWith('ART#')) return null;
  return pk.slice('ART#'.length);
}

/** The table's TTL attribute (epoch seconds): DynamoDB deletes an item some time after it passes. */
export const EXPIRES_AT_ATTRIBUTE = 'expiresAt';
/** One chunk of an /entities snapshot (shared/domain/entity-cursor.ts). */
export const entitySnapshotPk = (snapshotId: string): string => `ENTITYSNAPSHOT#${snapshotId}`;
export const entitySnapshotSk = (chunk: number): string => `CHUNK#${String(chunk).padStart(6, '0')}`;
