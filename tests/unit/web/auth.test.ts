/**
 * The search page's sign-in module (web/auth.js) against a loopback server that plays both the
 * Cognito token endpoint and the API: PKCE as RFC 7636 defines it, the code exchange, the Bearer
 * header on API calls, and the local mode without config.json, where nothing changes.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeUrl, codeChallenge, createSession, loadConfig, newVerifier, type PageConfig } from '../../../web/auth.js';

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: string;
}

let server: Server;
let origin: string;
const seen: Seen[] = [];
let issued = 0;

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ method: req.method ?? '', path: url.pathname + url.search, authorization: req.headers.authorization, body });
    if (url.pathname === '/aws/config.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ apiBase: '/api', auth: { domain: origin, clientId: 'client-1' } }));
    } else if (url.pathname === '/oauth2/token') {
      issued += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: `token-${issued}`, refresh_token: 'refresh', expires_in: 3600 }));
    } else if (url.pathname === '/api/search') {
      const ok = req.headers.authorization === `Bearer token-${issued}`;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok }));
    } else if (url.pathname === '/search') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ local: true }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), removeItem: (key: string) => void map.delete(key) };
}

/** fetch with relative URLs resolved against the loopback origin, as a browser would. */
const pageFetch: typeof fetch = (input, init) => fetch(typeof input === 'string' && !/^https?:/.test(input) ? `${origin}/${input.replace(/^\//, '')}` : input, init);

describe('web/auth.js', () => {
  it('computes the S256 challenge of RFC 7636 appendix B and makes 43-character verifiers', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    const verifier = newVerifier();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newVerifier()).not.toBe(verifier);
  });

  it('sends the browser to the hosted UI with the code flow and the challenge', () => {
    const url = new URL(authorizeUrl({ domain: 'https://ci.auth.eu-west-1.amazoncognito.com', clientId: 'abc' }, 'https://d1.cloudfront.net/', 'CHALLENGE', 'STATE'));
    expect(url.origin + url.pathname).toBe('https://ci.auth.eu-west-1.amazoncognito.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'abc',
      redirect_uri: 'https://d1.cloudfront.net/',
      scope: 'openid email',
      code_challenge_method: 'S256',
      code_challenge: 'CHALLENGE',
      state: 'STATE',
    });
  });

  it('runs without auth when there is no config.json (the local server)', async () => {
    const config = await loadConfig(pageFetch, 'missing/config.json');
    expect(config).toEqual({ apiBase: '', auth: null });
    const session = createSession(config, { storage: memoryStorage(), redirectUri: '', fetchImpl: pageFetch, currentUrl: () => '', navigate: () => expect.unreachable() });
    seen.length = 0;
    const response = await session.apiFetch('/search?q=x');
    expect(await response.json()).toEqual({ local: true });
    expect(seen[0]!.authorization).toBeUndefined();
  });

  it('signs in with PKCE, then calls the API under apiBase with the access token', async () => {
    const config: PageConfig = await loadConfig(pageFetch, 'aws/config.json');
    expect(config.apiBase).toBe('/api');
    const storage = memoryStorage();
    const visits: string[] = [];
    const session = createSession(config, { storage, redirectUri: 'https://page.example/', fetchImpl: pageFetch, currentUrl: () => 'https://page.example/?q=dubbing', navigate: (url) => void visits.push(url) });

    // No token yet: the call navigates to the hosted UI and never resolves (the page is leaving).
    void session.apiFetch('/search?q=dubbing');
    await expect.poll(() => visits.length).toBe(1);
    const authorize = new URL(visits[0]!);
    expect(authorize.pathname).toBe('/oauth2/authorize');

    // The hosted UI comes back with a code; the exchange proves possession of the verifier.
    seen.length = 0;
    const returnTo = await session.completeSignIn('the-code', authorize.searchParams.get('state'));
    expect(returnTo).toBe('https://page.example/?q=dubbing');
    const exchange = new URLSearchParams(seen.find((request) => request.path === '/oauth2/token')!.body);
    expect(exchange.get('grant_type')).toBe('authorization_code');
    expect(exchange.get('code')).toBe('the-code');
    expect(exchange.get('client_id')).toBe('client-1');
    expect(exchange.get('redirect_uri')).toBe('https://page.example/');
    expect(await codeChallenge(exchange.get('code_verifier')!)).toBe(authorize.searchParams.get('code_challenge'));

    const response = await session.apiFetch('/search?q=dubbing');
    expect(response.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ path: '/api/search?q=dubbing', authorization: `Bearer token-${issued}` });
  });

  it('refuses an answer whose state does not match the request', async () => {
    const config = await loadConfig(pageFetch, 'aws/config.json');
    const session = createSession(config, { storage: memoryStorage(), redirectUri: 'https://page.example/', fetchImpl: pageFetch, currentUrl: () => '', navigate: () => {} });
    await expect(session.completeSignIn('code', 'forged')).rejects.toThrow(/state/);
  });
});
