/**
 * The ClusterStore contract: one suite, run against every adapter. Each test gets a fresh store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterMember, ClusterStore } from '../../shared/ports/cluster-store.js';
import { assignCluster } from '../../shared/pipeline/cluster-step.js';
import { makeRecord } from '../support/records.js';
import { ORIGINAL_STORY, REPRINTED_STORY, SAME_TOPIC_STORY } from '../support/syndication.js';

export interface ClusterStoreFixture {
  readonly store: ClusterStore;
  cleanup(): Promise<void>;
}

function member(articleId: string, clusterId: string, spec: Partial<ClusterMember> = {}): ClusterMember {
  return {
    articleId, clusterId, outlet: 'azernews', sourceName: 'Azernews', url: `https://example.org/${articleId}`, title: `Story ${articleId}`,
    language: 'en', publishedAt: '2026-07-03T09:00:00Z', fetchedAt: '2026-07-03T10:00:00Z', signature: null, shingles: 0, entityIds: ['e1', 'e2'], ...spec,
  };
}

export function describeClusterStoreContract(name: string, open: () => Promise<ClusterStoreFixture>): void {
  describe(`ClusterStore contract: ${name}`, () => {
    let fixture: ClusterStoreFixture;
    let store: ClusterStore;
    beforeEach(async () => {
      fixture = await open();
      store = fixture.store;
    });
    afterEach(async () => fixture.cleanup());

    it('keeps a member as given and finds it by any of its keys', async () => {
      const stored = member('a', 'a', { entityIds: ['x', 'y'], shingles: 12, signature: 'c2ln' });
      await store.putMember(stored, ['k1', 'k2']);
      expect(await store.memberOf('a')).toEqual(stored);
      expect((await store.candidates(['k2', 'nothing'], 10)).map((m) => m.articleId)).toEqual(['a']);
      expect(await store.candidates(['nothing'], 10)).toEqual([]);
      expect(await store.candidates([], 10)).toEqual([]);
      expect(await store.memberOf('missing')).toBeNull();
    });

    it('returns the members sharing most keys first, at most `limit`', async () => {
      await store.putMember(member('one', 'one'), ['k1']);
      await store.putMember(member('three', 'three'), ['k1', 'k2', 'k3']);
      await store.putMember(member('two', 'two'), ['k1', 'k2']);
      expect((await store.candidates(['k1', 'k2', 'k3'], 10)).map((m) => m.articleId)).toEqual(['three', 'two', 'one']);
      expect((await store.candidates(['k1', 'k2', 'k3'], 2)).map((m) => m.articleId)).toEqual(['three', 'two']);
    });

    it('skips a stop-key shared by more than keyMembers members, and still finds members by their other keys', async () => {
      for (const id of ['p', 'q', 'r']) await store.putMember(member(id, id), ['common', `own-${id}`]);
      expect((await store.candidates(['common'], 10, 3)).map((m) => m.articleId).sort()).toEqual(['p', 'q', 'r']);
      expect(await store.candidates(['common'], 10, 2)).toEqual([]);
      expect(await store.candidates(['common'], 10, Number.POSITIVE_INFINITY)).toHaveLength(3);
      expect((await store.candidates(['common', 'own-q'], 10, 2)).map((m) => m.articleId)).toEqual(['q']);
      await store.removeMember('r');
      expect((await store.candidates(['common'], 10, 2)).map((m) => m.articleId).sort()).toEqual(['p', 'q']);
    });

    it('replaces the keys of a member put again, and forgets a removed one', async () => {
      await store.putMember(member('a', 'a'), ['old']);
      await store.putMember(member('a', 'a', { title: 'Changed' }), ['new']);
      expect(await store.candidates(['old'], 10)).toEqual([]);
      expect((await store.candidates(['new'], 10))[0]?.title).toBe('Changed');
      await store.removeMember('a');
      expect(await store.memberOf('a')).toBeNull();
      expect(await store.candidates(['new'], 10)).toEqual([]);
      expect(await store.getCluster('a')).toBeNull();
    });

    it('describes a cluster with its earliest publisher first, and the cluster of each article', async () => {
      await store.putMember(member('reprint', 'c1', { outlet: 'menafn', publishedAt: '2026-07-03T15:00:00Z' }), []);
      await store.putMember(member('original', 'c1', { outlet: 'azernews', publishedAt: '2026-07-03T09:00:00+04:00' }), []);
      await store.putMember(member('undated', 'c1', { outlet: 'today-az', publishedAt: null }), []);
      await store.putMember(member('alone', 'c2'), []);
      const cluster = await store.getCluster('c1');
      expect(cluster?.size).toBe(3);
      expect(cluster?.firstPublisher.articleId).toBe('original');
      expect(cluster?.alsoPublishedBy.map((p) => p.outlet)).toEqual(['menafn', 'today-az']);
      const byArticle = await store.clustersOf(['reprint', 'alone', 'unknown']);
      expect([...byArticle.keys()].sort()).toEqual(['alone', 'reprint']);
      expect(byArticle.get('reprint')?.id).toBe('c1');
      expect(byArticle.get('alone')?.size).toBe(1);
      expect(await store.getCluster('unknown')).toBeNull();
    });

    it('clusters articles incrementally: a reprint joins the original, a same-topic story does not, ids stay', async () => {
      const original = makeRecord({ id: 'original', outlet: 'azernews', text: ORIGINAL_STORY, publishedAt: '2026-07-03T09:00:00Z' });
      const reprint = makeRecord({ id: 'reprint', outlet: 'menafn', text: REPRINTED_STORY, publishedAt: '2026-07-03T14:00:00Z' });
      const other = makeRecord({ id: 'other', outlet: 'trend', text: SAME_TOPIC_STORY, publishedAt: '2026-07-03T10:00:00Z' });
      // The reprint arrives first: it founds the cluster, the original joins it and is still named first publisher.
      expect(await assignCluster(store, reprint)).toBe('reprint');
      expect(await assignCluster(store, other)).toBe('other');
      expect(await assignCluster(store, original)).toBe('reprint');
      expect(await assignCluster(store, original)).toBe('reprint');
      const cluster = await store.getCluster('reprint');
      expect(cluster?.size).toBe(2);
      expect(cluster?.firstPublisher).toMatchObject({ articleId: 'original', outlet: 'azernews' });
      expect(cluster?.alsoPublishedBy.map((p) => p.articleId)).toEqual(['reprint']);
    });
  });
}
