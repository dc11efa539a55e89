/**
 * Issue 11, item 7: robots.txt rules apply to every redirect target, however its Location is
 * written — protocol-relative, scheme without slashes, dot segments, percent-encoded letters,
 * backslashes, surrounding whitespace — and the target page is never requested.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFetcher } from '../../shared/adapters/http/http-fetcher.js';

let server: http.Server;
let origin: string;
const requested: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requested.push(path);
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    if (path.startsWith('/go?to=')) return void res.writeHead(302, { location: decodeURIComponent(path.slice('/go?to='.length)) }).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>secret</p></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('robots.txt on redirect targets', () => {
  const host = () => new URL(origin).host;
  it.each([
    ['protocol-relative', () => `//${host()}/private/notes.html`],
    ['absolute', () => `${origin}/private/notes.html`],
    ['scheme without slashes', () => 'http:/private/notes.html'],
    ['dot segments', () => '/news/../private/notes.html'],
    ['encoded dot segments', () => '/news/%2e%2e/private/notes.html'],
    ['percent-encoded letter', () => '/%70rivate/notes.html'],
    ['backslash', () => '\\private\\notes.html'],
    ['protocol-relative with backslashes', () => `\\\\${host()}\\private\\notes.html`],
    ['surrounding whitespace', () => ' /private/notes.html '],
  ])('refuses a redirect to a disallowed path written %s', async (_label, location) => {
    const fetcher = new HttpFetcher({ userAgent: 'culture-index-test/1.0', allowLoopback: true, perHostDelayMs: 0, unsafeNoDelay: true, timeoutMs: 2000 });
    const before = requested.filter((path) => path.toLowerCase().includes('private') && !path.startsWith('/go')).length;
    const outcome = await fetcher.fetch({ url: `${origin}/go?to=${encodeURIComponent(location())}` });
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'robots-disallowed' });
    expect(requested.filter((path) => path.toLowerCase().includes('private') && !path.startsWith('/go')).length).toBe(before);
  });
});
