import { chooseCluster, fingerprint, LOOKUP } from '../domain/clusters/assign.js';
import type { ArticleRecord } from '../domain/model.js';
import type { ClusterStore } from '../ports/cluster-store.js';

/** Entity ids of a record, most mentioned first (ties by id, so keys are deterministic). */
export function entityIdsByMentions(record: ArticleRecord): string[] {
  const counts = new Map<string, number>();
  for (const mention of record.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + mention.count);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}

/**
 * Puts an article into its syndication cluster and returns the cluster id. An article keeps the
 * cluster it was given first (ids are stable, so the search index may hold them); its signature
 * and keys are refreshed when it changed.
 */
export async function assignCluster(clusters: ClusterStore, record: ArticleRecord): Promise<string> {
  const print = fingerprint({ article: record.article, entityIds: entityIdsByMentions(record) });
  const existing = await clusters.memberOf(record.article.id);
  const clusterId = existing?.clusterId ?? chooseCluster(print.member, await clusters.candidates(print.lookupKeys, LOOKUP.candidates));
  await clusters.putMember({ ...print.member, clusterId }, print.keys);
  return clusterId;
}
