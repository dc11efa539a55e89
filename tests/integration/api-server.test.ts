import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { serveApiFixture } from '../support/served-api.js';


const server = serveApiFixture();

/** A raw request, for paths fetch() would normalise. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('API over a loopback HTTP server', () => {
  it('listens on 127.0.0.1 and answers /health', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document', async () => {
    const res = await fetch(`${server.url}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/search');
  });

  it('searches with facets and repeated parameters, with a CORS header', async () => {
    const res = await fetch(`${server.url}/search?q=dubbing&facets=true&outlet=outlet-a&outlet=outlet-b`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as { total: number; hits: { outlet: string }[]; facets: { outlets: { value: string }[] } };
    expect(body.total).toBe(2);
    expect(body.facets.outlets.map((f) => f.value).sort()).toEqual(['outlet-a', 'outlet-b']);
  });

  it('answers bad input with 400 JSON and unknown paths with 404 JSON', async () => {
    const bad = await fetch(`${server.url}/search?limit=-1`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    const missing = await fetch(`${server.url}/no/such/route`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/json/);
    const malformed = await rawGet('/search?q=%E0%A4%A&limit=%');
    expect([200, 400]).toContain(malformed.status);
    const badPath = await rawGet('/articles/%E0%A4%A');
    expect(badPath.status).toBe(400);
  });

  it('serves the web page, its script and stylesheet with a strict content policy', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('id="app"');
    expect(html).toContain('src="app.js"');
    const script = await fetch(`${server.url}/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain('/search');
    expect((await fetch(`${server.url}/app.css`)).status).toBe(200);
  });

  it('never serves files outside the web page list', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/web/index.html', '/app.js/../../package.json', '/.env']) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('"dependencies"');
    }
  });

  it('answers HEAD without a body and OPTIONS pre-flight with 204', async () => {
    const head = await fetch(`${server.url}/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const options = await fetch(`${server.url}/search`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
  });
});
