import { describe, expect, it } from 'vitest';
import { chooseCluster, describeCluster, fingerprint, sameStory } from '../../../shared/domain/clusters/assign.js';
import type { ClusterMember } from '../../../shared/domain/clusters/model.js';
import { makeRecord } from '../../support/records.js';
import { ORIGINAL_STORY, REPRINTED_STORY, SAME_TOPIC_STORY } from '../../support/syndication.js';

function member(spec: Parameters<typeof makeRecord>[0] & { entityIds?: string[] }, clusterId?: string): ClusterMember {
  const print = fingerprint({ article: makeRecord(spec).article, entityIds: spec.entityIds ?? [] });
  return { ...print.member, clusterId: clusterId ?? print.member.articleId };
}

const ENTITIES = ['gabala-music-festival', 'state-philharmonic', 'aysel-mammadova', 'gabala'];

describe('syndication clusters', () => {
  const original = member({ id: 'original', outlet: 'azernews', text: ORIGINAL_STORY, publishedAt: '2026-07-03T09:00:00Z' });
  const reprint = member({ id: 'reprint', outlet: 'menafn', text: REPRINTED_STORY, publishedAt: '2026-07-03T15:30:00Z' });
  const sameTopic = member({ id: 'same-topic', outlet: 'trend', text: SAME_TOPIC_STORY, publishedAt: '2026-07-03T10:00:00Z' });

  it('puts a reprint with boilerplate and a trimmed tail into the original’s cluster', () => {
    expect(sameStory(reprint, original)).toBeGreaterThan(0);
    expect(chooseCluster(reprint, [sameTopic, original])).toBe('original');
  });

  it('keeps an article on the same festival and person apart', () => {
    expect(sameStory(sameTopic, original)).toBe(0);
    expect(chooseCluster(sameTopic, [original, reprint])).toBe('same-topic');
  });

  it('does not compare wording across languages', () => {
    const azCopy = member({ id: 'az-copy', text: ORIGINAL_STORY, language: 'az' });
    expect(sameStory(azCopy, original)).toBe(0);
  });

  it('matches a translation by shared entities within two days, not a week later', () => {
    const en = member({ id: 'en', text: ORIGINAL_STORY, publishedAt: '2026-07-03T09:00:00Z', entityIds: ENTITIES });
    const ru = member({ id: 'ru', language: 'ru', text: 'Габалинский музыкальный фестиваль открылся в пятницу.', publishedAt: '2026-07-03T20:00:00Z', entityIds: ENTITIES });
    const late = member({ id: 'late', language: 'ru', text: 'Габалинский музыкальный фестиваль открылся в пятницу.', publishedAt: '2026-07-10T20:00:00Z', entityIds: ENTITIES });
    const fewShared = member({ id: 'few', language: 'ru', text: 'Другая новость.', publishedAt: '2026-07-03T20:00:00Z', entityIds: ['gabala', 'aysel-mammadova', 'x', 'y', 'z'] });
    expect(sameStory(ru, en)).toBeGreaterThan(0);
    expect(sameStory(late, en)).toBe(0);
    expect(sameStory(fewShared, en)).toBe(0);
  });

  it('prefers a same-language copy to a cross-language match', () => {
    const ru = member({ id: 'ru', language: 'ru', text: 'Текст.', publishedAt: '2026-07-03T09:30:00Z', entityIds: ENTITIES }, 'cluster-ru');
    const subject = member({ id: 'subject', text: REPRINTED_STORY, publishedAt: '2026-07-03T12:00:00Z', entityIds: ENTITIES });
    const copy = member({ id: 'copy', text: ORIGINAL_STORY, publishedAt: '2026-07-03T09:00:00Z', entityIds: ENTITIES }, 'cluster-en');
    expect(chooseCluster(subject, [ru, copy])).toBe('cluster-en');
  });

  it('gives a cluster id that does not depend on arrival order of equal candidates', () => {
    const a = { ...original, articleId: 'a', clusterId: 'b-cluster' };
    const b = { ...original, articleId: 'b', clusterId: 'a-cluster' };
    expect(chooseCluster(reprint, [a, b])).toBe(chooseCluster(reprint, [b, a]));
  });

  it('names the earliest dated copy first publisher, undated copies last', () => {
    const undated = { ...member({ id: 'undated', outlet: 'today-az', text: REPRINTED_STORY, publishedAt: null }), clusterId: 'original' };
    const cluster = describeCluster('original', [undated, { ...reprint, clusterId: 'original' }, original]);
    expect(cluster?.size).toBe(3);
    expect(cluster?.firstPublisher).toMatchObject({ articleId: 'original', outlet: 'azernews', publishedAt: '2026-07-03T09:00:00Z' });
    expect(cluster?.alsoPublishedBy.map((p) => p.outlet)).toEqual(['menafn', 'today-az']);
    expect(describeCluster('none', [])).toBeNull();
  });

  it('makes entity keys only for dated articles, and looks up neighbouring days', () => {
    const dated = fingerprint({ article: makeRecord({ text: ORIGINAL_STORY }).article, entityIds: ENTITIES });
    const undated = fingerprint({ article: makeRecord({ text: ORIGINAL_STORY, publishedAt: null }).article, entityIds: ENTITIES });
    const entityKeys = (keys: readonly string[]) => keys.filter((k) => k.startsWith('x:'));
    // Triples of the 4 entities: 4 per day, looked up on the day before and after too.
    expect(entityKeys(dated.keys)).toHaveLength(4);
    expect(entityKeys(dated.lookupKeys)).toHaveLength(12);
    expect(entityKeys(undated.keys)).toEqual([]);
  });
});
