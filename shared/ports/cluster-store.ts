import type { Cluster, ClusterMember } from '../domain/clusters/model.js';

export type { Cluster, ClusterMember };

/**
 * The syndication table: every clustered article with its LSH keys (band keys of its MinHash
 * signature, entity-pair keys across languages). Clustering is incremental: a new article looks
 * up the members sharing a key, the domain decides which cluster it joins, and it is stored.
 */
export interface ClusterStore {
  /**
   * Members sharing at least one of `keys`, at most `limit` of them (most shared keys first). Keys
   * with more than `keyMembers` members (default LOOKUP.keyMembers) are stop-keys and are skipped.
   */
  candidates(keys: readonly string[], limit: number, keyMembers?: number): Promise<ClusterMember[]>;
  memberOf(articleId: string): Promise<ClusterMember | null>;
  /** Inserts or replaces the member and its keys (the previous keys of the article are dropped). */
  putMember(member: ClusterMember, keys: readonly string[]): Promise<void>;
  removeMember(articleId: string): Promise<void>;
  /** The cluster with its first publisher; null when no article has that cluster id. */
  getCluster(clusterId: string): Promise<Cluster | null>;
  /** The cluster of each of the articles that has one (keyed by article id). */
  clustersOf(articleIds: readonly string[]): Promise<ReadonlyMap<string, Cluster>>;
}
