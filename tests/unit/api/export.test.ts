import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectStream, LAMBDA_EXPORT_MAX_BYTES, toProxyResult } from '../../../functions/api/handler.js';
import { createApi } from '../../../shared/api/api.js';
import { CSV_COLUMNS, UTF8_BOM } from '../../../shared/api/export-format.js';
import type { ApiResponse } from '../../../shared/api/http-types.js';
import { parseCsv } from '../../support/csv.js';
import { openApiFixture, type ApiFixture } from './corpus.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await openApiFixture();
});
afterAll(async () => {
  await fixture.cleanup();
});

const exportOf = (query: Record<string, string | string[]>, api = fixture.api) => api.handle({ method: 'GET', path: '/export', query });

async function text(response: ApiResponse): Promise<string> {
  let out = '';
  for await (const chunk of response.stream ?? []) out += chunk;
  return out;
}

describe('GET /export', () => {
  it('streams every matching article as CSV with a download name and the match count', async () => {
    const res = await exportOf({ q: 'dubbing', lang: 'en' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="culture-index-export.csv"');
    expect(res.headers['x-total-count']).toBe('2');
    expect(res.headers['x-export-truncated']).toBeUndefined();
    const rows = parseCsv(await text(res));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    // Newest first.
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('title')])).toEqual(['Dubbing festival announced', 'Film agency talks dubbing']);
  });

  it('exports JSONL, a BOM for spreadsheets, and says when the limit cut the export short', async () => {
    const jsonl = await exportOf({ format: 'jsonl', limit: '2' });
    expect(jsonl.headers['content-type']).toMatch(/^application\/jsonl/);
    expect(jsonl.headers['x-total-count']).toBe('3');
    expect(jsonl.headers['x-export-rows']).toBe('2');
    expect(jsonl.headers['x-export-truncated']).toBe('true');
    expect((await text(jsonl)).trim().split('\n')).toHaveLength(2);
    const bom = await text(await exportOf({ bom: 'true' }));
    expect(bom.startsWith(UTF8_BOM)).toBe(true);
  });

  it('rejects a bad format or a limit above the cap with 400', async () => {
    expect((await exportOf({ format: 'xlsx' })).status).toBe(400);
    expect((await exportOf({ limit: '100001' })).status).toBe(400);
  });

  it('answers HEAD with the headers and no stream', async () => {
    const head = await fixture.api.handle({ method: 'HEAD', path: '/export', query: {} });
    expect(head.status).toBe(200);
    expect(head.stream).toBeUndefined();
    expect(head.headers['x-total-count']).toBe('3');
  });

  it('answers 429 with Retry-After while too many exports run, and frees the slot when one ends or is abandoned', async () => {
    const api = createApi({ store: fixture.store, index: fixture.store, maxConcurrentExports: 1, onError: () => {} });
    const first = await exportOf({}, api);
    const refused = await exportOf({}, api);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Abandoned before reading a byte (a client gone at once): the slot comes back.
    await first.stream![Symbol.asyncIterator]().return?.();
    const second = await exportOf({}, api);
    expect(second.status).toBe(200);
    await text(second);
    expect((await exportOf({}, api)).status).toBe(200);
  });
});

describe('API Gateway results', () => {
  it('are compressed in base64 when accepted, and 304 for a current ETag', async () => {
    const search = await fixture.api.handle({ method: 'GET', path: '/search', query: { facets: 'true' } });
    const gzip = toProxyResult(search, { method: 'GET', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.isBase64Encoded).toBe(true);
    expect(gzip.headers?.['content-encoding']).toBe('gzip');
    expect((JSON.parse(gunzipSync(Buffer.from(String(gzip.body), 'base64')).toString('utf8')) as { total: number }).total).toBe(3);
    const etag = String(gzip.headers?.['etag']);
    const again = toProxyResult(search, { method: 'GET', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});

describe('exports through the Lambda handler', () => {
  it('collects a streamed export into one text body', async () => {
    const collected = await collectStream(await exportOf({ format: 'jsonl' }), LAMBDA_EXPORT_MAX_BYTES);
    const result = toProxyResult(collected!, { method: 'GET', headers: {} });
    expect(result.statusCode).toBe(200);
    expect(String(result.body).trim().split('\n')).toHaveLength(3);
  });

  it('refuses an export larger than a Lambda response may be, closing the stream', async () => {
    const response = await exportOf({});
    expect(await collectStream(response, 100)).toBeNull();
    // The stream was closed: the export slot is free again.
    const api = createApi({ store: fixture.store, index: fixture.store, maxConcurrentExports: 1 });
    const big = await exportOf({}, api);
    expect(await collectStream(big, 10)).toBeNull();
    expect((await exportOf({}, api)).status).toBe(200);
  });
});
