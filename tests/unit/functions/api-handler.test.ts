import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../../shared/adapters/sqlite/store.js';
import { toIndexDoc } from '../../../shared/domain/index-doc.js';
import { buildDeps } from '../../../functions/config.js';
import { createApiHandler, toApiRequest, toProxyResult } from '../../../functions/api/handler.js';
import { makeRecord, makeUrlState } from '../../support/records.js';
import { openTempSqliteStore } from '../../support/temp-sqlite.js';
import { apiEvent, lambdaContext, Recorder } from './lambda-events.js';

// The Lambda wires DynamoDB + OpenSearch (see tests/e2e/aws-handlers.test.ts); here a real
// SQLite store stands in for both so the event mapping is tested without servers.
describe('api handler (API Gateway HTTP API v2 → shared/api)', () => {
  let sqlite: { store: SqliteStore; cleanup(): Promise<void> };
  let recorder: Recorder;
  let handler: ReturnType<typeof createApiHandler>;
  const record = makeRecord({
    title: 'Puppet theatre festival opens in Baku',
    text: 'The puppet theatre festival opened with a premiere by the State Puppet Theatre.\n\nDirector Aida Karimova spoke about dubbing.',
    publishedAt: '2026-03-10T09:00:00.000Z',
    mentions: [
      { type: 'organisation', name: 'State Puppet Theatre' },
      { type: 'person', name: 'Aida Karimova', role: 'director', affiliation: 'State Puppet Theatre' },
    ],
  });

  beforeAll(async () => {
    sqlite = await openTempSqliteStore();
    await sqlite.store.putArticle(record);
    await sqlite.store.index([toIndexDoc(record)]);
    await sqlite.store.putUrlState(makeUrlState({ url: record.article.url, status: 'stored', articleId: record.article.id }));
    recorder = new Recorder();
    handler = createApiHandler(buildDeps({}, { store: sqlite.store, urlStates: sqlite.store, searchIndex: sqlite.store, log: recorder.log, metrics: recorder.metrics }));
  });

  afterAll(async () => {
    await sqlite?.cleanup();
  });

  const json = (body: string | undefined): Record<string, unknown> => JSON.parse(body ?? 'null') as Record<string, unknown>;

  it('answers a search with a JSON body, the API headers and a 200', async () => {
    const result = await handler(apiEvent('GET', '/search', 'q=puppet&limit=5'), lambdaContext('api'));
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toBe('application/json; charset=utf-8');
    expect(result.isBase64Encoded).toBe(false);
    const body = json(result.body);
    expect(body['total']).toBe(1);
    expect((body['hits'] as { id: string }[])[0]!.id).toBe(record.article.id);
    expect(recorder.lines.find((line) => line.message === 'request')?.extra).toMatchObject({ path: '/search', status: 200, correlationId: expect.any(String) });
  });

  it('passes repeated query parameters through as arrays and decodes path segments', async () => {
    const entity = record.mentions.find((mention) => mention.type === 'person')!;
    const search = await handler(apiEvent('GET', '/search', `entity=${encodeURIComponent('Aida Karimova')}&entity=${encodeURIComponent('State Puppet Theatre')}`));
    expect((json(search.body)['hits'] as unknown[]).length).toBe(1);

    const detail = await handler(apiEvent('GET', `/entities/${encodeURIComponent(entity.entityId)}`));
    expect(detail.statusCode).toBe(200);
    expect(json(detail.body)).toMatchObject({ id: entity.entityId, name: 'Aida Karimova' });

    const timeline = await handler(apiEvent('GET', '/stats/timeline', 'q=puppet&interval=month'));
    expect(json(timeline.body)).toMatchObject({ interval: 'month', buckets: [{ key: '2026-03-01', count: 1 }] });
  });

  it('maps errors to status codes with JSON error bodies, and HEAD to an empty body', async () => {
    const missing = await handler(apiEvent('GET', '/articles/does-not-exist'));
    expect(missing.statusCode).toBe(404);
    expect(json(missing.body)).toMatchObject({ error: { code: 'not_found' } });

    const bad = await handler(apiEvent('GET', '/search', 'limit=100000'));
    expect(bad.statusCode).toBe(400);

    const head = await handler(apiEvent('HEAD', '/health'));
    expect(head).toMatchObject({ statusCode: 200, body: '' });

    const counts = await handler(apiEvent('GET', '/stats/url-states'));
    expect(json(counts.body)).toMatchObject({ counts: { stored: 1 } });
  });

  it('builds the API request from rawPath and rawQueryString (commas inside values survive)', () => {
    const event = apiEvent('GET', '/search', 'entity=Smith%2C+John&entity=Doe&q=a+b');
    expect(event.queryStringParameters?.['entity']).toBe('Smith, John,Doe');
    expect(toApiRequest(event)).toEqual({ method: 'GET', path: '/search', query: { entity: ['Smith, John', 'Doe'], q: 'a b' }, headers: event.headers });
    expect(toProxyResult({ status: 204, headers: { a: 'b' }, body: null }, 'OPTIONS')).toEqual({ statusCode: 204, headers: { a: 'b' }, body: '', isBase64Encoded: false });
  });

  it('sends an archived page (bytes in any charset) base64-encoded, byte for byte', () => {
    const page = Buffer.from([0x3c, 0x70, 0x3e, 0xc4, 0xf3, 0xe1, 0x3c, 0x2f, 0x70, 0x3e]);
    const result = toProxyResult({ status: 200, headers: { 'content-type': 'text/html; charset=windows-1251' }, body: new Uint8Array(page) }, 'GET');
    expect(result.isBase64Encoded).toBe(true);
    expect(Buffer.from(String(result.body), 'base64').equals(page)).toBe(true);
  });
});
