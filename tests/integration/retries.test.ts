/**
 * Issue 11, item 5: retries within a run against a loopback server that fails on purpose —
 * Retry-After in seconds and as an HTTP date (capped), jittered backoff for resets, a per-host
 * circuit breaker, and the politeness floor; the URL state records attempts, last error, next try.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpFetcher, POLITE_DELAY_FLOOR_MS } from '../../shared/adapters/http/http-fetcher.js';
import { RetryingFetcher } from '../../shared/adapters/http/retrying-fetcher.js';
import { SqliteStore } from '../../shared/adapters/sqlite/store.js';
import { backoffMs, retryAfterMs } from '../../shared/domain/retry.js';
import { fetchToArchive } from '../../shared/pipeline/fetch-step.js';
import type { RawArchive } from '../../shared/ports/raw-archive.js';

type Script = (path: string, seen: number, req: http.IncomingMessage, res: http.ServerResponse) => void;

let server: http.Server | null = null;
const arrivals: { path: string; at: number }[] = [];

async function serve(script: Script): Promise<string> {
  const seen = new Map<string, number>();
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    arrivals.push({ path, at: Date.now() });
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    if (path === '/robots.txt') return void res.writeHead(404).end();
    script(path, count, req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  arrivals.length = 0;
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

const page = (res: http.ServerResponse) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>ok</p></body></html>');
const fetcher = (options: ConstructorParameters<typeof HttpFetcher>[0] extends infer O ? Partial<O> : never = {}) =>
  new HttpFetcher({ userAgent: 'culture-index-test/1.0', allowLoopback: true, perHostDelayMs: 0, unsafeNoDelay: true, timeoutMs: 1000, ...options });
const gapsOf = (path: string) => arrivals.filter((a) => a.path === path).map((a, i, all) => (i === 0 ? 0 : a.at - all[i - 1]!.at)).slice(1);

describe('Retry-After and backoff (pure)', () => {
  it('reads seconds and HTTP dates, caps them, and ignores nonsense', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(retryAfterMs('5', now, 60_000)).toBe(5000);
    expect(retryAfterMs('86400', now, 60_000)).toBe(60_000);
    expect(retryAfterMs('Sun, 01 Mar 2026 10:00:30 GMT', now, 60_000)).toBe(30_000);
    expect(retryAfterMs('Sun, 01 Mar 2026 09:00:00 GMT', now, 60_000)).toBe(0);
    expect(retryAfterMs('soon', now, 60_000)).toBeNull();
    expect(retryAfterMs('-3', now, 60_000)).toBeNull();
    expect(retryAfterMs(undefined, now, 60_000)).toBeNull();
  });

  it('grows exponentially, stays bounded and jitters', () => {
    const policy = { baseMs: 100, maxMs: 1000 };
    expect(backoffMs(1, policy, () => 0.999)).toBeLessThan(100);
    expect(backoffMs(3, policy, () => 0.999)).toBeGreaterThan(390);
    expect(backoffMs(30, policy, () => 0.999)).toBeLessThan(1000);
    expect(backoffMs(3, policy, () => 0)).toBe(0);
  });
});

describe('RetryingFetcher over a misbehaving loopback server', () => {
  it('waits the Retry-After seconds (and an HTTP date) before the next attempt, then succeeds', async () => {
    const origin = await serve((path, seen, _req, res) => {
      if (seen === 1 && path === '/seconds') return void res.writeHead(503, { 'retry-after': '1' }).end();
      if (seen === 1 && path === '/date') return void res.writeHead(429, { 'retry-after': new Date(Date.now() + 1500).toUTCString() }).end();
      page(res);
    });
    const retrying = new RetryingFetcher(fetcher(), { baseMs: 10 });
    expect((await retrying.fetch({ url: `${origin}/seconds` })).kind).toBe('ok');
    expect((await retrying.fetch({ url: `${origin}/date` })).kind).toBe('ok');
    expect(gapsOf('/seconds')[0]).toBeGreaterThanOrEqual(950);
    expect(gapsOf('/date')[0]).toBeGreaterThanOrEqual(450); // HTTP dates have whole-second precision
  });

  it('retries resets with backoff up to the bound, and records attempts, last error and next try', async () => {
    const origin = await serve((_path, _seen, req) => req.socket.destroy());
    const store = SqliteStore.open(':memory:');
    const archive = { put: () => Promise.reject(new Error('not reached')) } as unknown as RawArchive;
    const retrying = new RetryingFetcher(fetcher(), { baseMs: 50, maxAttempts: 3, nextRunDelayMs: 60_000 });
    const result = await fetchToArchive({ fetcher: retrying, archive, urlStates: store }, { url: `${origin}/down`, sourceId: null, correlationId: 't' });
    expect(result).toMatchObject({ outcome: 'failed', reason: 'network-reset' });
    expect(arrivals.filter((a) => a.path === '/down')).toHaveLength(3);
    const state = await store.getUrlState(`${origin}/down`);
    expect(state).toMatchObject({ status: 'failed', attempts: 3, lastError: 'network-reset' });
    expect(Date.parse(state!.nextAttemptAt!) - Date.now()).toBeGreaterThan(50_000);
    await store.close();
  });

  it('opens the per-host circuit after repeated failures and fails fast until the cool-down ends', async () => {
    const origin = await serve((_path, _seen, _req, res) => void res.writeHead(500).end());
    const retrying = new RetryingFetcher(fetcher(), { baseMs: 1, maxAttempts: 2, breakerThreshold: 3, breakerCooldownMs: 60_000 });
    for (let i = 0; i < 3; i += 1) expect(await retrying.fetch({ url: `${origin}/a${i}` })).toMatchObject({ kind: 'failed', reason: 'http-500' });
    const before = arrivals.length;
    expect(await retrying.fetch({ url: `${origin}/b` })).toMatchObject({ kind: 'failed', reason: 'circuit-open', retryable: true });
    expect(arrivals.length).toBe(before);
  });

  it(`never lets the per-host gap fall below ${POLITE_DELAY_FLOOR_MS} ms without unsafeNoDelay, and refuses a NaN or negative delay`, async () => {
    const origin = await serve((_path, _seen, _req, res) => page(res));
    const polite = new HttpFetcher({ userAgent: 'culture-index-test/1.0', allowLoopback: true, perHostDelayMs: 0 });
    for (const path of ['/p1', '/p2', '/p3']) expect((await polite.fetch({ url: `${origin}${path}` })).kind).toBe('ok');
    const pages = arrivals.filter((a) => a.path.startsWith('/p'));
    for (let i = 1; i < pages.length; i += 1) expect(pages[i]!.at - pages[i - 1]!.at).toBeGreaterThanOrEqual(POLITE_DELAY_FLOOR_MS - 5);
    expect(() => new HttpFetcher({ userAgent: 'x', perHostDelayMs: Number.NaN })).toThrow(/per-host delay/);
    expect(() => new HttpFetcher({ userAgent: 'x', perHostDelayMs: -5 })).toThrow(/per-host delay/);
  });
});
