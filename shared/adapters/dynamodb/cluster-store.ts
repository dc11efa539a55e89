/**
 * ClusterStore on the culture-index table. Items (see table-design.ts for the rest):
 *
 * | item            | PK                  | SK                  | holds                               |
 * |-----------------|---------------------|---------------------|-------------------------------------|
 * | cluster member  | CLUSTER#<clusterId> | MEMBER#<articleId>  | the member (getCluster: one Query)  |
 * | member pointer  | CLM#<articleId>     | CLUSTERMEMBER       | the member and its LSH keys         |
 * | LSH key         | LSH#<key>           | <articleId>         | — (candidates: one Query per key)   |
 *
 * Writes are plain batched puts and deletes (no transactions: dynalite has none, and a member
 * written twice is harmless — putMember replaces).
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describeCluster, LOOKUP } from '../../domain/clusters/assign.js';
import type { Cluster, ClusterMember } from '../../domain/clusters/model.js';
import type { ClusterStore } from '../../ports/cluster-store.js';
import { batchGet, batchWrite } from './batch.js';
import { callDynamo } from './errors.js';

export interface DynamoClusterStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** Partition-key prefix of the member pointers: the only items the index function reads (infra grants it). */
export const CLUSTER_POINTER_PK_PREFIX = 'CLM#';
const POINTER_SK = 'CLUSTERMEMBER';
const MEMBER_FIELDS = ['articleId', 'clusterId', 'outlet', 'sourceName', 'url', 'title', 'language', 'publishedAt', 'fetchedAt', 'signature', 'shingles', 'entityIds'] as const;

const pointerKey = (articleId: string) => ({ PK: `${CLUSTER_POINTER_PK_PREFIX}${articleId}`, SK: POINTER_SK });
const memberKey = (clusterId: string, articleId: string) => ({ PK: `CLUSTER#${clusterId}`, SK: `MEMBER#${articleId}` });
const lshKey = (key: string, articleId: string) => ({ PK: `LSH#${key}`, SK: articleId });

function toMember(item: Record<string, unknown>): ClusterMember {
  const member: Record<string, unknown> = {};
  for (const field of MEMBER_FIELDS) member[field] = item[field] ?? null;
  return { ...(member as unknown as ClusterMember), entityIds: (item['entityIds'] as string[] | undefined) ?? [] };
}

export class DynamoClusterStore implements ClusterStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: DynamoClusterStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
  }

  async candidates(keys: readonly string[], limit: number, keyMembers: number = LOOKUP.keyMembers): Promise<ClusterMember[]> {
    const shared = new Map<string, number>();
    const perKey = await Promise.all([...new Set(keys)].map((key) => this.keyMembersUpTo(key, keyMembers)));
    for (const items of perKey) for (const item of items) shared.set(String(item['SK']), (shared.get(String(item['SK'])) ?? 0) + 1);
    const best = [...shared.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
    if (best.length === 0) return [];
    const found = await batchGet(this.client, this.tableName, best.map(pointerKey));
    const byId = new Map(found.map((item) => [String(item['articleId']), toMember(item)]));
    return best.flatMap((id) => byId.get(id) ?? []);
  }

  async memberOf(articleId: string): Promise<ClusterMember | null> {
    const [item] = await batchGet(this.client, this.tableName, [pointerKey(articleId)]);
    return item ? toMember(item) : null;
  }

  async putMember(member: ClusterMember, keys: readonly string[]): Promise<void> {
    const data = Object.fromEntries(MEMBER_FIELDS.map((field) => [field, member[field]]));
    const unique = [...new Set(keys)];
    const fresh: Record<string, unknown>[] = [
      { ...pointerKey(member.articleId), kind: 'cluster-pointer', ...data, lshKeys: unique },
      { ...memberKey(member.clusterId, member.articleId), kind: 'cluster-member', ...data },
      ...unique.map((key) => ({ ...lshKey(key, member.articleId), kind: 'lsh-key' })),
    ];
    // A batch may not touch one key twice: only items the new version no longer has are deleted.
    const freshKeys = new Set(fresh.map((item) => `${String(item['PK'])}\u0000${String(item['SK'])}`));
    const previous = await this.pointer(member.articleId);
    const stale = previous ? this.itemsOf(previous).filter((key) => !freshKeys.has(`${key.PK}\u0000${key.SK}`)) : [];
    await batchWrite(this.client, this.tableName, [...stale.map((Key) => ({ DeleteRequest: { Key } })), ...fresh.map((Item) => ({ PutRequest: { Item } }))]);
  }

  async removeMember(articleId: string): Promise<void> {
    const previous = await this.pointer(articleId);
    if (!previous) return;
    await batchWrite(this.client, this.tableName, [...this.itemsOf(previous), pointerKey(articleId)].map((Key) => ({ DeleteRequest: { Key } })));
  }

  async getCluster(clusterId: string): Promise<Cluster | null> {
    return describeCluster(clusterId, (await this.queryAll(`CLUSTER#${clusterId}`)).map(toMember));
  }

  async clustersOf(articleIds: readonly string[]): Promise<ReadonlyMap<string, Cluster>> {
    const pointers = articleIds.length === 0 ? [] : await batchGet(this.client, this.tableName, [...new Set(articleIds)].map(pointerKey));
    const clusterIds = [...new Set(pointers.map((item) => String(item['clusterId'])))];
    const clusters = new Map((await Promise.all(clusterIds.map((id) => this.getCluster(id)))).flatMap((cluster) => (cluster ? [[cluster.id, cluster] as const] : [])));
    const result = new Map<string, Cluster>();
    for (const pointer of pointers) {
      const cluster = clusters.get(String(pointer['clusterId']));
      if (cluster) result.set(String(pointer['articleId']), cluster);
    }
    return result;
  }

  private async pointer(articleId: string): Promise<Record<string, unknown> | null> {
    const [item] = await batchGet(this.client, this.tableName, [pointerKey(articleId)]);
    return item ?? null;
  }

  /** The cluster-member and LSH-key items a pointer item stands for. */
  private itemsOf(pointer: Record<string, unknown>): { PK: string; SK: string }[] {
    const articleId = String(pointer['articleId']);
    return [memberKey(String(pointer['clusterId']), articleId), ...((pointer['lshKeys'] as string[] | undefined) ?? []).map((key) => lshKey(key, articleId))];
  }

  /** The article ids of an LSH key's items; none for a stop-key (more than `keyMembers` of them). */
  private async keyMembersUpTo(key: string, keyMembers: number): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      // Reads at most keyMembers + 1 items: enough to tell a stop-key, however large its bucket.
      const page = await callDynamo(`query LSH#${key}`, () =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `LSH#${key}` },
            ProjectionExpression: 'SK', Limit: Number.isFinite(keyMembers) ? Math.floor(keyMembers) + 1 - items.length : undefined, ExclusiveStartKey: start,
          }),
        ),
      );
      items.push(...((page.Items ?? []) as Record<string, unknown>[]));
      start = page.LastEvaluatedKey;
    } while (start && items.length <= keyMembers);
    return items.length > keyMembers ? [] : items;
  }

  private async queryAll(pk: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await callDynamo(`query ${pk}`, () =>
        this.client.send(new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk }, ExclusiveStartKey: start })),
      );
      items.push(...((page.Items ?? []) as Record<string, unknown>[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
