import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/api/http-types.js';
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

  it('takes the first value of a single-valued parameter given twice', async () => {
    const res = await get('/search', { limit: ['1', '50'] });
    expect(res.status).toBe(200);
    expect((res.body as { hits: unknown[] }).hits).toHaveLength(1);
  });
});
