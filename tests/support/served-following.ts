/**
 * The API fixture with what following coverage needs, behind a real loopback server with the web
 * page: saved searches (writes need WRITE_TOKEN), a reprint of the fixture's first article by
 * another outlet in the same syndication cluster, and source-health rows in which one source has
 * gone silent. Written for the browser test; the stories are the fixture's own.
 */
import { createApi } from '../../shared/api/api.js';
import type { ClusterMember } from '../../shared/domain/clusters/model.js';
import { toIndexDoc } from '../../shared/domain/index-doc.js';
import type { Article } from '../../shared/domain/model.js';
import type { HealthTally } from '../../shared/domain/source-health.js';
import { agency, catalogue, leyla, type ApiFixture } from '../unit/api/corpus.js';
import { makeRecord } from './records.js';
import { serveApiFixture, type ServedApi } from './served-api.js';

export const WRITE_TOKEN = 'browser-test-write-token-0123456789abcdef';
export const REPRINT_OUTLET = 'Reprint Wire';

const member = (article: Article, clusterId: string): ClusterMember => ({
  articleId: article.id,
  clusterId,
  outlet: article.outlet,
  sourceName: article.sourceName,
  url: article.url,
  title: article.title,
  language: article.language,
  publishedAt: article.publishedAt,
  fetchedAt: article.fetchedAt,
  signature: null,
  shingles: 0,
  entityIds: [],
});

const tally = (partial: Partial<HealthTally>): HealthTally => ({ fetched: 0, stored: 0, unchanged: 0, emptyBodies: 0, missingDates: 0, zeroEntities: 0, failed: {}, ...partial });
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

/** Adds the reprint (stored, indexed and clustered with the first article) and the health rows. */
async function addFollowingData(fixture: ApiFixture): Promise<void> {
  const original = fixture.records[0]!.article;
  const reprint = makeRecord({
    title: 'Agency official discusses dubbing of foreign films',
    text: `${REPRINT_OUTLET} — ${original.text} Distributed by the wire service.`,
    outlet: 'reprint-wire', sourceName: REPRINT_OUTLET, language: 'en', publishedAt: '2024-02-10T15:00:00.000Z',
    mentions: [leyla, agency],
  });
  await fixture.store.putArticle(reprint);
  await fixture.store.index([{ ...toIndexDoc(fixture.records[0]!), clusterId: original.id }, { ...toIndexDoc(reprint), clusterId: original.id }]);
  await fixture.store.clusters.putMember(member(original, original.id), []);
  await fixture.store.clusters.putMember(member(reprint.article, original.id), []);
  const health = fixture.store.health;
  await health.record('outlet-a', daysAgo(0), tally({ fetched: 3, stored: 2, failed: { 'http-404': 1 }, missingDates: 1 }));
  // outlet-b stored earlier in the window and nothing since: silent.
  await health.record('outlet-b', daysAgo(8), tally({ fetched: 1, stored: 1 }));
  await health.record('outlet-b', daysAgo(1), tally({ fetched: 2, failed: { 'http-500': 2 } }));
}

export function serveFollowingFixture(): ServedApi {
  return serveApiFixture(async (fixture) => {
    await addFollowingData(fixture);
    const { store } = fixture;
    return createApi({
      store, index: store, urlStates: store, raw: fixture.archive, sources: catalogue, onError: () => {},
      savedSearches: store.savedSearches, clusters: store.clusters, sourceHealth: store.health, writeToken: WRITE_TOKEN,
    });
  });
}
