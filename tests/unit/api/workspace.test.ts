/**
 * The API additions the workspace reads: suggestions, sources, entity names and network, the
 * archived page and the entity timeline, over the shared SQLite corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVED_HTML, agency, festival, idOf, leyla, ministry, openApiFixture, type ApiFixture } from './corpus.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await openApiFixture();
});
afterAll(async () => {
  await fixture?.cleanup();
});

const get = (path: string, query: Record<string, string> = {}) => fixture.api.handle({ method: 'GET', path, query });

describe('GET /suggest', () => {
  it('suggests entities by the start of a name or alias, folded, most mentioned first', async () => {
    const byName = await fixture.api.suggest({ q: 'LEY' });
    expect(byName.entities.map((e) => e.id)).toEqual([idOf(leyla)]);
    expect(byName.entities[0]).toMatchObject({ name: leyla.name, type: 'person', articleCount: 2 });
    expect((await fixture.api.suggest({ q: 'afa' })).entities.map((e) => e.id)).toEqual([idOf(agency)]);
    expect((await fixture.api.suggest({ q: 'l. rəh' })).entities.map((e) => e.id)).toEqual([idOf(leyla)]);
    expect((await fixture.api.suggest({ q: 'ba' })).entities.map((e) => e.id)).toEqual([idOf(festival)]);
    expect((await fixture.api.suggest({ q: 'dubbing' })).entities).toEqual([]);
  });

  it('suggests sources by id or by the start of a word of their name, with article counts', async () => {
    const wire = await fixture.api.suggest({ q: 'culture' });
    expect(wire.sources).toEqual([{ id: 'outlet-b', name: 'Baku Culture Wire', collections: ['agencies'], articleCount: 1 }]);
    expect((await fixture.api.suggest({ q: 'ze' })).sources.map((s) => s.id)).toEqual(['outlet-z']);
    expect((await fixture.api.suggest({ q: 'outlet', limit: '2' })).sources).toHaveLength(2);
    expect((await fixture.api.suggest({ q: 'ulture' })).sources).toEqual([]);
  });

  it('refuses a missing or overlong q and a limit out of range with 400', async () => {
    expect((await get('/suggest')).status).toBe(400);
    expect((await get('/suggest', { q: 'x'.repeat(201) })).status).toBe(400);
    expect((await get('/suggest', { q: 'ley', limit: '21' })).status).toBe(400);
    expect((await get('/suggest', { q: 'ley', limit: '3' })).status).toBe(200);
  });
});

describe('GET /sources', () => {
  it('lists catalogue sources and unnamed outlets with article counts, and the collections by name', async () => {
    const listing = await fixture.api.listSources();
    expect(listing.sources).toEqual([
      { id: 'outlet-a', name: 'Alpha Daily', collections: ['en-language', 'newspapers'], articleCount: 1 },
      { id: 'outlet-b', name: 'Baku Culture Wire', collections: ['agencies'], articleCount: 1 },
      { id: 'outlet-c', name: 'outlet-c', collections: [], articleCount: 1 },
      { id: 'outlet-z', name: 'Zeta Review', collections: ['az-language'], articleCount: 0 },
    ]);
    expect(listing.collections).toEqual([
      { id: 'agencies', name: 'Agencies' },
      { id: 'az-language', name: 'Azerbaijani-language' },
      { id: 'en-language', name: 'English-language' },
      { id: 'newspapers', name: 'Newspapers' },
    ]);
  });
});

describe('GET /entities/{id}', () => {
  it('lists the names per article language, with the English name as en', async () => {
    const entity = await fixture.api.getEntity(idOf(leyla));
    expect(entity.names).toEqual(
      expect.arrayContaining([
        { name: 'Leyla Rəhimova', lang: 'en', count: 1 },
        { name: 'Leyla Rəhimova', lang: 'az', count: 1 },
        { name: 'L. Rəhimova', lang: 'az', count: 1 },
        { name: 'Leyla Rahimova', lang: 'en', count: 0 },
      ]),
    );
    expect(entity.names).toHaveLength(5);
    const english = await fixture.api.getEntity(idOf(ministry));
    expect(english.names).toEqual([{ name: 'Ministry of Culture', lang: 'en', count: 1 }]);
  });

  it('has a co-mention network: the entity first, its neighbours, and the pairs among them', async () => {
    const { network } = await fixture.api.getEntity(idOf(agency));
    expect(network.nodes[0]).toEqual({ id: idOf(agency), name: agency.name, type: 'organisation', articleCount: 2 });
    expect(network.nodes.slice(1).map((n) => n.name).sort()).toEqual([festival.name, leyla.name, ministry.name].sort());
    const weight = (a: string, b: string) => network.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))?.weight;
    expect(weight(idOf(agency), idOf(leyla))).toBe(1);
    expect(weight(idOf(festival), idOf(ministry))).toBe(1);
    expect(weight(idOf(leyla), idOf(ministry))).toBeUndefined();
    for (const edge of network.edges) expect(edge.source < edge.target).toBe(true);
  });

  it('bounds the network by nodes (0: none)', async () => {
    expect((await fixture.api.getEntity(idOf(agency), { nodes: '2' })).network.nodes).toHaveLength(2);
    expect((await fixture.api.getEntity(idOf(agency), { nodes: '0' })).network).toEqual({ nodes: [], edges: [] });
    expect((await get(`/entities/${idOf(agency)}`, { nodes: '51' })).status).toBe(400);
  });
});

describe('GET /articles/{id}/raw', () => {
  it('serves the archived bytes sandboxed, in their original content type', async () => {
    const res = await get(`/articles/${fixture.records[0]!.article.id}/raw`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=windows-1251');
    expect(res.headers['content-security-policy']).toBe('sandbox');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(res.body as Uint8Array).equals(Buffer.from(ARCHIVED_HTML, 'latin1'))).toBe(true);
  });

  it('answers 404 with a JSON error when the article or its page is missing', async () => {
    const noPage = await get(`/articles/${fixture.records[1]!.article.id}/raw`);
    expect(noPage.status).toBe(404);
    expect(noPage.body).toMatchObject({ error: { code: 'not_found', message: expect.stringContaining('No archived page') } });
    expect((await get('/articles/no-such-article/raw')).status).toBe(404);
    expect((await get(`/articles/${fixture.records[0]!.article.id}/raw`, { x: '1' })).status).toBe(400);
  });
});

describe('GET /stats/timeline?entity=', () => {
  it('counts the articles of one entity per bucket, by id or by name', async () => {
    const byId = await fixture.api.timeline({ entity: idOf(leyla), interval: 'year' });
    expect(byId.buckets.map((b) => [b.key, b.count])).toEqual([['2024-01-01', 1], ['2025-01-01', 1]]);
    const byName = await fixture.api.timeline({ entity: leyla.name, interval: 'year' });
    expect(byName.buckets).toEqual(byId.buckets);
  });
});
