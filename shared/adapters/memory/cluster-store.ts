/**
 * In-memory ClusterStore for evaluations, benchmarks and tests: the same behaviour as the
 * stored tables, kept in maps.
 */
import { describeCluster, LOOKUP } from '../../domain/clusters/assign.js';
import type { Cluster, ClusterMember } from '../../domain/clusters/model.js';
import type { ClusterStore } from '../../ports/cluster-store.js';

export class MemoryClusterStore implements ClusterStore {
  private readonly members = new Map<string, ClusterMember>();
  private readonly keysOf = new Map<string, readonly string[]>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byCluster = new Map<string, Set<string>>();

  async candidates(keys: readonly string[], limit: number, keyMembers: number = LOOKUP.keyMembers): Promise<ClusterMember[]> {
    const shared = new Map<string, number>();
    for (const key of new Set(keys)) {
      const ids = this.byKey.get(key) ?? new Set<string>();
      if (ids.size <= keyMembers) for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .flatMap(([id]) => this.members.get(id) ?? []);
  }

  async memberOf(articleId: string): Promise<ClusterMember | null> {
    return this.members.get(articleId) ?? null;
  }

  async putMember(member: ClusterMember, keys: readonly string[]): Promise<void> {
    await this.removeMember(member.articleId);
    this.members.set(member.articleId, member);
    this.keysOf.set(member.articleId, [...keys]);
    for (const key of keys) addTo(this.byKey, key, member.articleId);
    addTo(this.byCluster, member.clusterId, member.articleId);
  }

  async removeMember(articleId: string): Promise<void> {
    const member = this.members.get(articleId);
    if (!member) return;
    for (const key of this.keysOf.get(articleId) ?? []) this.byKey.get(key)?.delete(articleId);
    this.byCluster.get(member.clusterId)?.delete(articleId);
    this.members.delete(articleId);
    this.keysOf.delete(articleId);
  }

  async getCluster(clusterId: string): Promise<Cluster | null> {
    const ids = [...(this.byCluster.get(clusterId) ?? [])];
    return describeCluster(clusterId, ids.flatMap((id) => this.members.get(id) ?? []));
  }

  async clustersOf(articleIds: readonly string[]): Promise<ReadonlyMap<string, Cluster>> {
    const result = new Map<string, Cluster>();
    for (const id of articleIds) {
      const member = this.members.get(id);
      const cluster = member ? await this.getCluster(member.clusterId) : null;
      if (cluster) result.set(id, cluster);
    }
    return result;
  }

  /** Cluster id of every member (for evaluations). */
  assignments(): ReadonlyMap<string, string> {
    return new Map([...this.members.values()].map((m) => [m.articleId, m.clusterId]));
  }
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}
