import type Database from 'better-sqlite3';
import { describeCluster, LOOKUP } from '../../domain/clusters/assign.js';
import type { Cluster, ClusterMember } from '../../domain/clusters/model.js';
import type { ClusterStore } from '../../ports/cluster-store.js';
import { guarded } from './errors.js';

interface MemberRow {
  article_id: string;
  cluster_id: string;
  outlet: string;
  source_name: string;
  url: string;
  title: string;
  language: string;
  published_at: string | null;
  fetched_at: string;
  signature: string | null;
  shingles: number;
  entity_ids: string;
}

function memberFromRow(row: MemberRow): ClusterMember {
  return {
    articleId: row.article_id,
    clusterId: row.cluster_id,
    outlet: row.outlet,
    sourceName: row.source_name,
    url: row.url,
    title: row.title,
    language: row.language,
    publishedAt: row.published_at,
    fetchedAt: row.fetched_at,
    signature: row.signature,
    shingles: row.shingles,
    entityIds: JSON.parse(row.entity_ids) as string[],
  };
}

/** The syndication table on the embedded database (tables cluster_members and cluster_keys). */
export class SqliteClusterStore implements ClusterStore {
  /** Prepared once: compiling these per article cost more than running them. */
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      // A key's members are counted up to keyMembers + 1 only, so a stop-key costs the same however
      // large its bucket grows; the rest are grouped by article (most shared keys first).
      candidates: db.prepare<{ keys: string; limit: number; probe: number }, MemberRow>(
        `WITH usable(key) AS (
           SELECT w.value FROM json_each(@keys) w
           WHERE @probe < 0 OR (SELECT count(*) FROM (SELECT 1 FROM cluster_keys c WHERE c.key = w.value LIMIT @probe)) < @probe)
         SELECT m.* FROM (SELECT article_id, count(*) AS shared FROM cluster_keys WHERE key IN (SELECT key FROM usable) GROUP BY article_id) k
         JOIN cluster_members m ON m.article_id = k.article_id ORDER BY k.shared DESC, m.article_id LIMIT @limit`,
      ),
      putMember: db.prepare(
        `INSERT OR REPLACE INTO cluster_members (article_id, cluster_id, outlet, source_name, url, title, language, published_at, fetched_at, signature, shingles, entity_ids)
         VALUES (@articleId, @clusterId, @outlet, @sourceName, @url, @title, @language, @publishedAt, @fetchedAt, @signature, @shingles, @entityIds)`,
      ),
      dropKeys: db.prepare<[string]>('DELETE FROM cluster_keys WHERE article_id = ?'),
      putKey: db.prepare<[string, string]>('INSERT OR IGNORE INTO cluster_keys (key, article_id) VALUES (?, ?)'),
    };
  }

  async candidates(keys: readonly string[], limit: number, keyMembers: number = LOOKUP.keyMembers): Promise<ClusterMember[]> {
    if (keys.length === 0) return [];
    return guarded('find cluster candidates', () =>
      // probe: members counted per key to tell a stop-key (-1: no bound, SQLite's LIMIT wants an integer).
      this.statements.candidates.all({ keys: JSON.stringify([...new Set(keys)]), limit, probe: Number.isFinite(keyMembers) ? Math.max(0, Math.floor(keyMembers)) + 1 : -1 }).map(memberFromRow),
    );
  }

  async memberOf(articleId: string): Promise<ClusterMember | null> {
    return guarded('read a cluster member', () => {
      const row = this.db.prepare<[string], MemberRow>('SELECT * FROM cluster_members WHERE article_id = ?').get(articleId);
      return row ? memberFromRow(row) : null;
    });
  }

  async putMember(member: ClusterMember, keys: readonly string[]): Promise<void> {
    const { putMember, dropKeys, putKey } = this.statements;
    guarded('store a cluster member', () =>
      this.db
        .transaction(() => {
          putMember.run({ ...member, entityIds: JSON.stringify(member.entityIds) });
          dropKeys.run(member.articleId);
          for (const key of keys) putKey.run(key, member.articleId);
        })
        .immediate(),
    );
  }

  async removeMember(articleId: string): Promise<void> {
    guarded('remove a cluster member', () =>
      this.db
        .transaction(() => {
          this.db.prepare('DELETE FROM cluster_keys WHERE article_id = ?').run(articleId);
          this.db.prepare('DELETE FROM cluster_members WHERE article_id = ?').run(articleId);
        })
        .immediate(),
    );
  }

  async getCluster(clusterId: string): Promise<Cluster | null> {
    return guarded('read a cluster', () => describeCluster(clusterId, this.membersOf(clusterId)));
  }

  private membersOf(clusterId: string): ClusterMember[] {
    return this.db.prepare<[string], MemberRow>('SELECT * FROM cluster_members WHERE cluster_id = ?').all(clusterId).map(memberFromRow);
  }

  async clustersOf(articleIds: readonly string[]): Promise<ReadonlyMap<string, Cluster>> {
    return guarded('read clusters', () => {
      const rows = this.db
        .prepare<{ ids: string }, { article_id: string; cluster_id: string }>(
          'SELECT article_id, cluster_id FROM cluster_members WHERE article_id IN (SELECT value FROM json_each(@ids))',
        )
        .all({ ids: JSON.stringify(articleIds) });
      const clusters = new Map<string, Cluster | null>();
      const result = new Map<string, Cluster>();
      for (const row of rows) {
        if (!clusters.has(row.cluster_id)) clusters.set(row.cluster_id, describeCluster(row.cluster_id, this.membersOf(row.cluster_id)));
        const cluster = clusters.get(row.cluster_id);
        if (cluster) result.set(row.article_id, cluster);
      }
      return result;
    });
  }
}
