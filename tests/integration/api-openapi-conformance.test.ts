/**
 * Real responses of a loopback server validated against the generated OpenAPI document, and the
 * HTTP behaviour dashboards rely on: ETag/304, compression, CORS preflight, static validators.
 */
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../shared/api/node-server.js';
import { responseValidator, type ResponseValidator } from '../support/openapi-validator.js';
import { idOf, leyla, openApiFixture, type ApiFixture } from '../unit/api/corpus.js';

const webDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));

let fixture: ApiFixture;
let server: RunningServer;
let validator: ResponseValidator;

beforeAll(async () => {
  fixture = await openApiFixture();
  server = await startServer({ api: fixture.api, port: 0, webDir });
  // The document as served, not as imported: what a client generator would read.
  validator = responseValidator((await (await fetch(`${server.url}/openapi.json`)).json()) as Record<string, unknown>);
});
afterAll(async () => {
  await server?.close();
  await fixture?.cleanup();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request without fetch's automatic decompression, so encodings can be checked. */
function raw(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Raw> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const article = () => fixture.records[0]!.article.id;

describe('responses conform to the generated OpenAPI document', () => {
  const cases: [template: string, path: () => string][] = [
    ['/search', () => '/search?q=dubbing&facets=true&entity=Leyla%20R%C9%99himova'],
    ['/articles/{id}', () => `/articles/${article()}`],
    ['/entities', () => '/entities?type=person'],
    ['/entities/{id}', () => `/entities/${encodeURIComponent(idOf(leyla))}`],
    ['/stats/timeline', () => '/stats/timeline?q=dubbing&q=festival&interval=month'],
    ['/stats/top-entities', () => '/stats/top-entities?type=organisation'],
    ['/stats/top-terms', () => '/stats/top-terms?q=dubbing'],
    ['/stats/url-states', () => '/stats/url-states'],
    ['/openapi.json', () => '/openapi.json'],
    ['/health', () => '/health'],
    ['/suggest', () => '/suggest?q=le'],
    ['/sources', () => '/sources'],
  ];
  for (const [template, path] of cases) {
    it(`GET ${template} → 200`, async () => {
      const res = await fetch(`${server.url}${path()}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toMatch(/^W\//);
      expect(validator.errors(template, 200, await res.json())).toEqual([]);
    });
  }

  it('error bodies (400, 404, 405) match the Error schema', async () => {
    const bad = await fetch(`${server.url}/search?limit=0`);
    expect(bad.status).toBe(400);
    expect(validator.errors('/search', 400, await bad.json())).toEqual([]);
    const missing = await fetch(`${server.url}/articles/no-such-article`);
    expect(missing.status).toBe(404);
    expect(validator.errors('/articles/{id}', 404, await missing.json())).toEqual([]);
    const post = await fetch(`${server.url}/search`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(validator.componentErrors('Error', await post.json())).toEqual([]);
  });

  it('a missing archived page is a 404 Error body', async () => {
    const missing = await fetch(`${server.url}/articles/${fixture.records[1]!.article.id}/raw`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/json/);
    expect(validator.errors('/articles/{id}/raw', 404, await missing.json())).toEqual([]);
  });

  it('every JSONL export line is an ExportRow', async () => {
    const res = await fetch(`${server.url}/export?format=jsonl`);
    const lines = (await res.text()).trim().split('\n');
    expect(lines).toHaveLength(fixture.records.length);
    for (const line of lines) expect(validator.componentErrors('ExportRow', JSON.parse(line))).toEqual([]);
  });
});

describe('HTTP behaviour for dashboards', () => {
  it('answers 304 to a matching If-None-Match, and 200 with a new tag once the answer changes', async () => {
    const first = await raw('/search?q=dubbing');
    const etag = String(first.headers['etag']);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await raw('/search?q=dubbing', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const other = await raw('/search?q=festival', { headers: { 'if-none-match': etag } });
    expect(other.status).toBe(200);
    expect(other.headers['etag']).not.toBe(etag);
  });

  it('compresses with brotli or gzip as accepted', async () => {
    const br = await raw('/openapi.json', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect((JSON.parse(brotliDecompressSync(br.body).toString('utf8')) as { openapi: string }).openapi).toBe('3.1.0');
    const gzip = await raw('/openapi.json', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).length).toBeGreaterThan(gzip.body.length);
    const plain = await raw('/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('allows Authorization and the methods used in a CORS preflight, and exposes the headers clients read', async () => {
    const preflight = await raw('/search?q=x', {
      method: 'OPTIONS',
      headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization, if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/\bauthorization\b/);
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/\bif-none-match\b/);
    expect(String(preflight.headers['access-control-allow-methods']).split(/,\s*/)).toEqual(expect.arrayContaining(['GET', 'HEAD', 'OPTIONS']));
    const get = await raw('/health', { headers: { origin: 'https://dashboard.example' } });
    expect(get.headers['access-control-allow-origin']).toBe('*');
    expect(String(get.headers['access-control-expose-headers'])).toMatch(/\betag\b/);
  });

  it('streams an export gzip-compressed when accepted, and a client that hangs up frees its export slot', async () => {
    const gzip = await raw('/export?format=csv', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8').trim().split('\r\n')).toHaveLength(fixture.records.length + 1);
    // Hang up on three exports in a row; the default limit (2 at once) would refuse the third if slots leaked.
    for (let i = 0; i < 3; i += 1) {
      const controller = new AbortController();
      const res = await fetch(`${server.url}/export?format=jsonl`, { signal: controller.signal });
      expect(res.status).toBe(200);
      controller.abort();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await fetch(`${server.url}/export?format=jsonl`)).status).toBe(200);
  });

  it('serves static files with ETag and Last-Modified, answering 304 to either validator', async () => {
    const first = await raw('/app.js');
    expect(first.status).toBe(200);
    const etag = String(first.headers['etag']);
    const lastModified = String(first.headers['last-modified']);
    expect(Date.parse(lastModified)).not.toBeNaN();
    expect((await raw('/app.js', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await raw('/app.js', { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
    expect((await raw('/app.js', { headers: { 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' } })).status).toBe(200);
    const gzip = await raw('/app.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(first.body.toString('utf8'));
  });
});
