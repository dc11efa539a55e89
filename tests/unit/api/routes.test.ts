import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityResponse, SearchResponse, TimelineResponse } from '../../../shared/api/api.js';
import type { ErrorBody } from '../../../shared/api/http-types.js';
import type { ArticleRecord, EntitySummary } from '../../../shared/domain/model.js';
import type { Page } from '../../../shared/ports/article-store.js';
import type { FacetCount } from '../../../shared/ports/search-index.js';
import { agency, festival, idOf, leyla, ministry, openApiFixture, type ApiFixture } from './corpus.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await openApiFixture();
});
afterAll(async () => {
  await fixture.cleanup();
});

const get = (path: string, query: Record<string, string | string[]> = {}) => fixture.api.handle({ method: 'GET', path, query });

describe('GET /search', () => {
  it('finds articles by words, diacritics ignored, with CORS and JSON headers', async () => {
    const res = await get('/search', { q: 'Rahimova' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.body as SearchResponse;
    expect(body.hits.map((h) => h.title).sort()).toEqual(['Dublyaj festivalı', 'Film agency talks dubbing']);
    expect(body.hits.every((h) => h.snippet.includes('<mark>'))).toBe(true);
    expect(body.facets).toBeNull();
  });

  it('returns facets when asked', async () => {
    const body = (await get('/search', { q: 'dubbing', facets: 'true' })).body as SearchResponse;
    expect(body.facets!.entities.organisation.map((f) => f.label)).toContain(agency.name);
    expect(body.facets!.outlets.length).toBeGreaterThan(0);
  });

  it('filters by entity name (resolved through the store) or id', async () => {
    const byName = (await get('/search', { entity: 'LEYLA RAHIMOVA' })).body as SearchResponse;
    expect(byName.entities).toEqual([{ input: 'LEYLA RAHIMOVA', id: idOf(leyla), name: leyla.name }]);
    expect(byName.total).toBe(2);
    const byId = (await get('/search', { entity: [idOf(leyla), idOf(festival)] })).body as SearchResponse;
    expect(byId.hits.map((h) => h.title)).toEqual(['Dublyaj festivalı']);
    const unknown = (await get('/search', { entity: 'Nobody Known' })).body as SearchResponse;
    expect(unknown.total).toBe(0);
    expect(unknown.entities[0]!.name).toBeNull();
  });

  it('filters by type, outlet, language and dates; repeated or comma-separated', async () => {
    const total = async (query: Record<string, string | string[]>) => ((await get('/search', query)).body as SearchResponse).total;
    expect(await total({})).toBe(3);
    expect(await total({ type: 'event' })).toBe(2);
    expect(await total({ outlet: 'outlet-a,outlet-c' })).toBe(2);
    expect(await total({ outlet: ['outlet-a', 'outlet-b'] })).toBe(2);
    expect(await total({ lang: 'az' })).toBe(1);
    expect(await total({ from: '2024-05-20', to: '2024-12-31' })).toBe(1);
    expect(await total({ to: '2024-05-20' })).toBe(2);
  });

  it('pages with limit and cursor', async () => {
    const first = (await get('/search', { limit: '2' })).body as SearchResponse;
    expect(first.hits).toHaveLength(2);
    const second = (await get('/search', { limit: '2', cursor: first.nextCursor! })).body as SearchResponse;
    expect(second.hits).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(3);
  });
});

describe('GET /articles/{id}', () => {
  it('returns the stored record', async () => {
    const record = fixture.records[0]!;
    const res = await get(`/articles/${encodeURIComponent(record.article.id)}`);
    expect(res.status).toBe(200);
    expect((res.body as ArticleRecord).article).toEqual(record.article);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await get('/articles/nope');
    expect(res.status).toBe(404);
    expect((res.body as ErrorBody).error.code).toBe('not_found');
  });
});

describe('GET /entities and /entities/{id}', () => {
  it('lists entities most mentioned first, by type and name part', async () => {
    const all = (await get('/entities')).body as Page<EntitySummary>;
    expect(all.items[0]!.articleCount).toBeGreaterThanOrEqual(all.items.at(-1)!.articleCount);
    const orgs = (await get('/entities', { type: 'organisation' })).body as Page<EntitySummary>;
    expect(orgs.items.map((e) => e.name)).toEqual([agency.name, ministry.name]);
    const named = (await get('/entities', { q: 'rəhim' })).body as Page<EntitySummary>;
    expect(named.items.map((e) => e.name)).toEqual([leyla.name]);
    const paged = (await get('/entities', { limit: '1' })).body as Page<EntitySummary>;
    expect(paged.items).toHaveLength(1);
    expect(paged.nextCursor).not.toBeNull();
  });

  it('returns aliases, roles over time (oldest first), co-mentioned entities and recent articles', async () => {
    const res = await get(`/entities/${idOf(leyla)}`);
    expect(res.status).toBe(200);
    const entity = res.body as EntityResponse;
    expect(entity.name).toBe(leyla.name);
    expect(entity.aliases).toContain('L. Rəhimova');
    expect(entity.roles.map((r) => r.role)).toEqual(['director', 'head of dubbing']);
    expect(entity.articles.map((a) => a.title)).toEqual(['Dublyaj festivalı', 'Film agency talks dubbing']);
    expect(entity.coMentioned.map((c) => c.value).sort()).toEqual([idOf(agency), idOf(festival)].sort());
    expect(entity.coMentioned.some((c) => c.value === idOf(leyla))).toBe(false);
  });

  it('accepts a name instead of an id', async () => {
    const res = await get(`/entities/${encodeURIComponent('afa')}`);
    expect((res.body as EntityResponse).id).toBe(idOf(agency));
  });

  it('answers 404 for an unknown entity', async () => {
    expect((await get('/entities/nobody')).status).toBe(404);
  });
});

describe('GET /stats', () => {
  it('counts articles per interval, with empty buckets between the first and the last', async () => {
    const body = (await get('/stats/timeline', { interval: 'year' })).body as TimelineResponse;
    const all = [{ key: '2024-01-01', count: 2, total: 2, share: 1 }, { key: '2025-01-01', count: 1, total: 1, share: 1 }];
    expect(body).toEqual({ interval: 'year', buckets: all, series: [{ q: '', total: 3, buckets: all }] });
    const month = (await get('/stats/timeline', { q: 'dubbing', lang: 'en' })).body as TimelineResponse;
    expect(month.buckets.map(({ key, count }) => ({ key, count }))).toEqual([
      { key: '2024-02-01', count: 1 },
      { key: '2024-03-01', count: 0 },
      { key: '2024-04-01', count: 0 },
      { key: '2024-05-01', count: 1 },
    ]);
  });

  it('normalises each bucket by all articles of the same outlets, languages and dates, and compares several queries', async () => {
    // 2024: two English articles; "talks" is in one of them, "festival" in the other and in the 2025 Azerbaijani one.
    const body = (await get('/stats/timeline', { q: ['talks', 'festival'], interval: 'year' })).body as TimelineResponse;
    expect(body.series.map((s) => s.q)).toEqual(['talks', 'festival']);
    expect(body.series[0]!.buckets).toEqual([
      { key: '2024-01-01', count: 1, total: 2, share: 0.5 },
      { key: '2025-01-01', count: 0, total: 1, share: 0 },
    ]);
    expect(body.series[1]!.buckets).toEqual([
      { key: '2024-01-01', count: 1, total: 2, share: 0.5 },
      { key: '2025-01-01', count: 1, total: 1, share: 1 },
    ]);
    expect(body.buckets).toEqual(body.series[0]!.buckets);
    // An entity filter narrows what is counted, not the articles it is compared with.
    const withEntity = (await get('/stats/timeline', { entity: leyla.name, interval: 'year' })).body as TimelineResponse;
    expect(withEntity.buckets).toEqual([
      { key: '2024-01-01', count: 1, total: 2, share: 0.5 },
      { key: '2025-01-01', count: 1, total: 1, share: 1 },
    ]);
    // A language filter narrows both.
    const english = (await get('/stats/timeline', { q: 'festival', lang: 'en', interval: 'year' })).body as TimelineResponse;
    expect(english.buckets).toEqual([{ key: '2024-01-01', count: 1, total: 2, share: 0.5 }]);
    const tooMany = await get('/stats/timeline', { q: Array.from({ length: 11 }, (_, i) => `word${i}`) });
    expect(tooMany.status).toBe(400);
  });

  it('returns top entities, optionally of one type', async () => {
    const top = (await get('/stats/top-entities', { size: '2' })).body as { entities: FacetCount[] };
    expect(top.entities.map((e) => e.count)).toEqual([2, 2]);
    const people = (await get('/stats/top-entities', { type: 'person' })).body as { entities: FacetCount[] };
    expect(people.entities).toEqual([{ value: idOf(leyla), count: 2, label: leyla.name }]);
  });

  it('counts URL states', async () => {
    const body = (await get('/stats/url-states')).body as { counts: Record<string, number> };
    expect(body.counts).toEqual({ pending: 0, stored: 1, unchanged: 0, skipped: 0, failed: 1 });
  });
});

describe('routing and error mapping', () => {
  it('answers /health and ignores a trailing slash', async () => {
    expect(await get('/health/')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('answers 404 for unknown routes', async () => {
    const res = await get('/nope');
    expect(res.status).toBe(404);
    expect((res.body as ErrorBody).error.code).toBe('not_found');
  });

  it('answers 405 to writes and 204 to CORS pre-flight', async () => {
    const post = await fixture.api.handle({ method: 'POST', path: '/search', query: {} });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toContain('GET');
    const options = await fixture.api.handle({ method: 'OPTIONS', path: '/search', query: {} });
    expect(options.status).toBe(204);
    expect(options.headers['access-control-allow-methods']).toContain('GET');
  });

  it('answers 503 when the database is gone, without internals in the body', async () => {
    const { openApiFixture: open } = await import('./corpus.js');
    const broken = await open();
    await broken.store.close();
    const res = await broken.api.handle({ method: 'GET', path: '/search', query: { q: 'dubbing' } });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect((res.body as ErrorBody).error.code).toBe('unavailable');
    expect(JSON.stringify(res.body)).not.toMatch(/sqlite|database connection/i);
    await broken.cleanup();
  });
});
