import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/api/http-types.js';
import { bindCursor } from '../../../shared/api/bound-cursor.js';
import { encodeEntityCursor } from '../../../shared/domain/entity-cursor.js';
import { openApiFixture, type ApiFixture } from './corpus.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await openApiFixture();
});
afterAll(async () => {
  await fixture.cleanup();
});

const get = (path: string, query: Record<string, string | string[]> = {}) => fixture.api.handle({ method: 'GET', path, query });

describe('API input validation', () => {
  const badInputs: [string, Record<string, string | string[]>][] = [
    ['/search', { limit: '-1' }],
    ['/search', { limit: 'abc' }],
    ['/search', { limit: '0' }],
    ['/search', { limit: '101' }],
    ['/search', { limit: '1.5' }],
    ['/search', { from: 'not-a-date' }],
    ['/search', { from: '2024-02-31' }],
    ['/search', { to: '2024-13-01' }],
    ['/search', { from: '2024-03-01T10:00:00' }],
    ['/search', { from: '2024-05-01', to: '2024-04-01' }],
    ['/search', { type: 'unknown' }],
    ['/search', { type: ['person', 'robot'] }],
    ['/search', { q: 'x'.repeat(501) }],
    ['/search', { cursor: 'garbage' }],
    ['/search', { cursor: '%%%' }],
    ['/search', { cursor: 'eyJvIjotNX0' }],
    ['/search', { facets: 'maybe' }],
    ['/search', { sort: 'random' }],
    ['/search', { q: 'film festival OR museum' }],
    ['/search', { q: '"unclosed' }],
    ['/stats/timeline', { q: 'author:x' }],
    ['/stats/top-entities', { q: 'a OR' }],
    ['/search', { unknownParam: '1' }],
    ['/search', { entity: Array.from({ length: 21 }, (_, i) => `e${i}`) }],
    ['/entities', { limit: '1000' }],
    ['/entities', { type: 'planet' }],
    ['/entities', { cursor: 'not-a-cursor' }],
    ['/entities/x', { related: '-3' }],
    ['/stats/timeline', { interval: 'decade' }],
    ['/stats/timeline', { from: 'yesterday' }],
    ['/stats/top-entities', { size: '0' }],
    ['/stats/top-entities', { type: 'alien' }],
    ['/health', { verbose: '1' }],
    // A value longer than an item may be is one too-long item, not a list to cut at its commas.
    ['/search', { lang: `${'x'.repeat(20)},${'y'.repeat(20)}` }],
    ['/search', { outlet: `${'a'.repeat(150)},${'b'.repeat(150)}` }],
    ['/search', { collection: `${'c'.repeat(150)},${'d'.repeat(150)}` }],
    ['/articles/%E0%A4%A', {}],
  ];

  for (const [path, query] of badInputs) {
    it(`answers 400 with issues for ${path} ${JSON.stringify(query).slice(0, 80)}`, async () => {
      const res = await get(path, query);
      expect(res.status).toBe(400);
      const body = res.body as ErrorBody;
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toEqual(expect.any(String));
      expect(Array.isArray(body.error.issues)).toBe(true);
      expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    });
  }

  it('still splits a short comma-joined list into its values', async () => {
    const res = await get('/search', { lang: 'en,az', outlet: 'azernews,report' });
    expect(res.status).toBe(200);
  });

  it('names the offending parameters in the issues', async () => {
    const res = await get('/search', { limit: 'abc', from: 'nope' });
    const paths = (res.body as ErrorBody).error.issues!.map((i) => i.path).sort();
    expect(paths).toEqual(['from', 'limit']);
  });

  it('never answers 500 to hostile text', async () => {
    const hostile = ['"*', 'NEAR(', 'NEAR(a, b', 'a AND', 'OR OR', "'; DROP TABLE articles; --", '" OR 1=1 --', '((((', '*', '-', '^', 'title:x', '\u0000', '💥', '<script>alert(1)</script>', '%', '_', '\\', '{"$gt": ""}', 'a'.repeat(500)];
    for (const text of hostile) {
      for (const [path, query] of [
        ['/search', { q: text }],
        ['/search', { entity: text }],
        ['/search', { outlet: text, lang: text.slice(0, 35) }],
        ['/entities', { q: text.slice(0, 200) }],
        [`/entities/${encodeURIComponent(text)}`, {}],
        [`/articles/${encodeURIComponent(text)}`, {}],
        ['/stats/timeline', { q: text }],
        ['/stats/top-entities', { q: text }],
        ['/search', { cursor: text }],
      ] as const) {
        const res = await get(path, query);
        expect([200, 400, 404], `${path} ${JSON.stringify(query).slice(0, 60)}`).toContain(res.status);
      }
    }
  });

  it('answers an invalid query with 400, the position in q and a hint', async () => {
    const res = await get('/search', { q: 'dubbing (museum OR film' });
    expect(res.status).toBe(400);
    const error = (res.body as ErrorBody).error;
    expect(error).toMatchObject({ code: 'bad_request', position: 8, hint: expect.stringContaining(')') });
    expect(error.message).toContain('character 9');
    expect(error.issues).toEqual([{ path: 'q', message: expect.stringContaining('Unclosed (') }]);
  });

  it('refuses a cursor of another query on /search and /entities', async () => {
    const first = (await get('/search', { q: 'dubbing', limit: '1' })).body as { nextCursor: string | null };
    expect(first.nextCursor).not.toBeNull();
    expect((await get('/search', { q: 'dubbing', limit: '1', cursor: first.nextCursor! })).status).toBe(200);
    expect((await get('/search', { q: 'festival', limit: '1', cursor: first.nextCursor! })).status).toBe(400);
    expect((await get('/search', { q: 'dubbing', sort: 'oldest', limit: '1', cursor: first.nextCursor! })).status).toBe(400);

    const entities = (await get('/entities', { limit: '1' })).body as { nextCursor: string | null; total: number; items: unknown[] };
    expect(entities.total).toBeGreaterThan(1);
    expect(entities.nextCursor).not.toBeNull();
    const next = await get('/entities', { limit: '1', cursor: entities.nextCursor! });
    expect(next.status).toBe(200);
    expect((next.body as { total: number }).total).toBe(entities.total);
    const other = await get('/entities', { limit: '1', type: 'person', cursor: entities.nextCursor! });
    expect(other.status).toBe(400);
    expect(JSON.stringify(other.body)).toContain('another query');
    expect((await get('/entities', { limit: '1', q: 'a', cursor: entities.nextCursor! })).status).toBe(400);
    const named = (await get('/entities', { limit: '1', q: 'a' })).body as { nextCursor: string | null };
    expect(named.nextCursor).not.toBeNull();
    expect((await get('/entities', { limit: '1', q: 'e', cursor: named.nextCursor! })).status).toBe(400);
    expect((await get('/entities', { limit: '1', cursor: named.nextCursor! })).status).toBe(400);
  });

  it('answers a /entities cursor whose snapshot is unknown or expired with a 400 and a JSON error', async () => {
    const unknown = bindCursor(encodeEntityCursor({ snapshotId: 'no-such-snapshot', offset: 1 }), { type: null, q: null });
    const response = await get('/entities', { limit: '1', cursor: unknown });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'bad_request', issues: [{ path: 'cursor', message: expect.stringContaining('start again') }] } });
  });

  it('pages /entities to the end with the first page\'s total, each entity once, most mentioned first', async () => {
    const first = (await get('/entities', { limit: '2' })).body as { nextCursor: string | null; total: number; items: { id: string; articleCount: number }[] };
    const items = [...first.items];
    for (let cursor = first.nextCursor; cursor !== null; ) {
      const page = (await get('/entities', { limit: '2', cursor })).body as typeof first;
      expect(page.total).toBe(first.total);
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(items).toHaveLength(first.total);
    expect(new Set(items.map((item) => item.id)).size).toBe(first.total);
    expect(items.every((item, i) => i === 0 || items[i - 1]!.articleCount >= item.articleCount)).toBe(true);
  });

  it('sorts /search by newest and oldest on request', async () => {
    const dates = async (sort: string) => ((await get('/search', { q: 'dubbing OR dublyaj', sort })).body as { hits: { publishedAt: string | null }[] }).hits.map((h) => h.publishedAt);
    const newest = await dates('newest');
    expect(newest.length).toBeGreaterThan(1);
    expect([...newest].sort().reverse()).toEqual(newest);
    expect(await dates('oldest')).toEqual([...newest].reverse());
  });

  it('takes the first value of a single-valued parameter given twice', async () => {
    const res = await get('/search', { limit: ['1', '50'] });
    expect(res.status).toBe(200);
    expect((res.body as { hits: unknown[] }).hits).toHaveLength(1);
  });
});
