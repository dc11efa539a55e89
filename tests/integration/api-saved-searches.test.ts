/**
 * /saved-searches over a real loopback server on SQLite: writes need the bearer token (401 with
 * WWW-Authenticate otherwise), bodies and queries are validated, secrets never come back, the
 * feed is Atom that the project's feed reader reads, and answers match the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../shared/api/api.js';
import { startServer, type RunningServer } from '../../shared/api/node-server.js';
import { openApiDocument } from '../../shared/api/openapi.js';
import type { SqliteStore } from '../../shared/adapters/sqlite/store.js';
import { parseFeed } from '../../shared/domain/discover/feed.js';
import { responseValidator } from '../support/openapi-validator.js';
import { makeAlertArticle } from '../support/alerts.js';
import { openTempSqliteStore } from '../support/temp-sqlite.js';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuv';
const validator = responseValidator(openApiDocument);
let db: SqliteStore;
let cleanup: () => Promise<void>;
let server: RunningServer;

beforeAll(async () => {
  const opened = await openTempSqliteStore();
  db = opened.store;
  cleanup = opened.cleanup;
  server = await startServer({ api: createApi({ store: db, index: db, savedSearches: db.savedSearches, writeToken: TOKEN, webhookLoopbackPorts: [4999] }), port: 0 });
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const post = (body: unknown, headers: Record<string, string> = auth) => fetch(`${server.url}/saved-searches`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('saved searches over HTTP', () => {
  it('refuses writes without the token, or with a wrong one, with 401 and WWW-Authenticate; reads stay open', async () => {
    for (const headers of [{ 'content-type': 'application/json' }, { ...auth, authorization: 'Bearer wrong' }, { ...auth, authorization: `Basic ${TOKEN}` }, { ...auth, authorization: `Bearer ${TOKEN}x` }]) {
      const res = await post({ name: 'x', query: 'dubbing' }, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="culture-index"/);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
    const del = await fetch(`${server.url}/saved-searches/anything`, { method: 'DELETE' });
    expect(del.status).toBe(401);
    expect((await fetch(`${server.url}/saved-searches`)).status).toBe(200);
    expect(await db.savedSearches.listSavedSearches()).toEqual([]);
  });

  it('creates (201 + Location), lists and reads back without the webhook secret', async () => {
    const res = await post({ name: 'Dubbing', owner: 'film-desk', query: 'dubbing OR "voice acting"', filters: { lang: ['en'], from: '2026-01-01' }, webhook: { url: 'http://127.0.0.1:4999/hook', secret: 'sixteen-chars-or-more' }, digest: 'weekly' });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; feed: string };
    expect(res.headers.get('location')).toBe(`/saved-searches/${created.id}`);
    expect(validator.componentErrors('SavedSearch', created)).toEqual([]);
    expect(JSON.stringify(created)).not.toContain('sixteen-chars-or-more');
    expect(created).toMatchObject({ name: 'Dubbing', query: 'dubbing OR "voice acting"', filters: { lang: ['en'], from: '2026-01-01' }, webhook: { url: 'http://127.0.0.1:4999/hook' }, digest: 'weekly', feed: `/saved-searches/${created.id}/feed.atom` });

    const list = await (await fetch(`${server.url}/saved-searches`)).json();
    expect(validator.errors('/saved-searches', 200, list)).toEqual([]);
    expect((list as { items: { id: string }[] }).items.map((s) => s.id)).toContain(created.id);
    const one = await fetch(`${server.url}/saved-searches/${created.id}`);
    const detail = await one.json();
    expect(validator.errors('/saved-searches/{id}', 200, detail)).toEqual([]);
    expect(JSON.stringify(detail)).not.toContain('sixteen-chars-or-more');
  });

  it('answers invalid bodies with 400: bad JSON, unknown fields, blank names, bad query syntax with its position', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ name: 'x', query: 'a', colour: 'red' })).status).toBe(400);
    expect((await post({ name: '   ', query: 'a' })).status).toBe(400);
    expect((await post({ name: 'everything' })).status).toBe(400);
    const syntax = await post({ name: 'broken', query: 'dubbing AND (museum' });
    expect(syntax.status).toBe(400);
    const body = (await syntax.json()) as { error: { position?: number; hint?: string } };
    expect(typeof body.error.position).toBe('number');
    expect(typeof body.error.hint).toBe('string');
  });

  it('refuses webhook targets the SSRF guard forbids, each with its reason', async () => {
    for (const [url, reason] of [
      ['http://hooks.example.org/x', 'https-required'],
      ['https://10.0.0.7/hook', 'forbidden-address'],
      ['https://169.254.169.254/latest/meta-data', 'forbidden-address'],
      ['https://[::1]/hook', 'forbidden-address'],
      ['http://127.0.0.1:5000/hook', 'https-required'],
    ] as const) {
      const res = await post({ name: 'hook', query: 'dubbing', webhook: { url, secret: 'sixteen-chars-or-more' } });
      expect(res.status, url).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message, url).toContain(reason);
    }
  });

  it('refuses a body over 64 KB with 413', async () => {
    const res = await post({ name: 'x'.repeat(70_000), query: 'a' });
    expect(res.status).toBe(413);
  });

  it('serves the feed as Atom, read back by the feed reader, and deletes (204, then 404)', async () => {
    const created = (await (await post({ name: 'Feed me', query: 'dubbing' })).json()) as { id: string };
    await db.savedSearches.recordDeliveries([{ savedSearchId: created.id, article: makeAlertArticle('f1'), matchedAt: '2026-03-02T10:00:00.000Z', webhook: null }]);
    const feed = await fetch(`${server.url}/saved-searches/${created.id}/feed.atom`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const parsed = parseFeed(await feed.text(), server.url);
    expect(parsed.format).toBe('atom');
    expect(parsed.entries.map((e) => e.url)).toEqual(['https://news.example.org/f1']);
    const del = await fetch(`${server.url}/saved-searches/${created.id}`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(204);
    expect((await fetch(`${server.url}/saved-searches/${created.id}`)).status).toBe(404);
    expect((await fetch(`${server.url}/saved-searches/${created.id}/feed.atom`)).status).toBe(404);
    expect((await fetch(`${server.url}/saved-searches/${created.id}`, { method: 'DELETE', headers: auth })).status).toBe(404);
  });

  it('answers other methods with 405 naming the ones served', async () => {
    const res = await fetch(`${server.url}/saved-searches`, { method: 'PUT', headers: auth, body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    const search = await fetch(`${server.url}/search`, { method: 'POST', headers: auth, body: '{}' });
    expect(search.status).toBe(405);
    expect(search.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});
