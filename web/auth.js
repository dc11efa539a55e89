// Sign-in for the search page when it is served on AWS: Cognito hosted UI, authorization code
// with PKCE (RFC 7636), the access token sent as a Bearer header to the API. The deploy writes
// config.json beside the page; without one (the local server) the page talks to the API as is.
// The page calls only `window.cultureIndexAuth.fetch(path, init)` and `.deployment()` (where the API
// is, and whether requests need a token); everything else stays here.

const TOKENS_KEY = 'culture-index.tokens';
const PKCE_KEY = 'culture-index.pkce';

function base64url(bytes) {
  let text = '';
  for (const byte of new Uint8Array(bytes)) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The S256 code challenge of a verifier. */
export async function codeChallenge(verifier) {
  return base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

/** 43 characters from the unreserved set, as RFC 7636 asks (32 random bytes). */
export function newVerifier() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Where the browser goes to sign in. */
export function authorizeUrl(auth, redirectUri, challenge, state) {
  const url = new URL('/oauth2/authorize', auth.domain);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: redirectUri,
    scope: auth.scopes || 'openid email',
    code_challenge_method: 'S256',
    code_challenge: challenge,
    state,
  }).toString();
  return url.toString();
}

/** The page's config: `{ apiBase, auth?: { domain, clientId, scopes } }`; none = local, no auth. */
export async function loadConfig(fetchImpl = fetch, url = 'config.json') {
  try {
    const response = await fetchImpl(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) return { apiBase: '', auth: null };
    const config = await response.json();
    const auth = config && config.auth && config.auth.domain && config.auth.clientId ? config.auth : null;
    return { apiBase: typeof config?.apiBase === 'string' ? config.apiBase.replace(/\/$/, '') : '', auth };
  } catch {
    return { apiBase: '', auth: null };
  }
}

async function tokenRequest(auth, fields, fetchImpl) {
  const response = await fetchImpl(new URL('/oauth2/token', auth.domain).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: auth.clientId, ...fields }).toString(),
  });
  if (!response.ok) throw new Error(`sign-in failed: token endpoint answered ${response.status}`);
  const body = await response.json();
  return { access: body.access_token, refresh: body.refresh_token ?? fields.refresh_token ?? null, expiresAt: Date.now() + (Number(body.expires_in) || 3600) * 1000 };
}

/**
 * A session: signs in when needed and wraps fetch so API paths go to `apiBase` with the token.
 * `env` holds what the browser gives (location, storage, navigation), so tests can supply their own.
 */
export function createSession(config, env) {
  const { storage, fetchImpl = fetch } = env;
  const redirectUri = env.redirectUri;
  const read = (key) => {
    try {
      return JSON.parse(storage.getItem(key) || 'null');
    } catch {
      return null;
    }
  };

  async function signIn() {
    const verifier = newVerifier();
    const state = newVerifier();
    storage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, returnTo: env.currentUrl() }));
    env.navigate(authorizeUrl(config.auth, redirectUri, await codeChallenge(verifier), state));
    return new Promise(() => {}); // the page is leaving
  }

  /** Finishes a sign-in when the hosted UI sent the browser back with ?code=…&state=…. */
  async function completeSignIn(code, state) {
    const pending = read(PKCE_KEY);
    storage.removeItem(PKCE_KEY);
    if (!pending || pending.state !== state) throw new Error('sign-in failed: the answer does not match the request (state)');
    const tokens = await tokenRequest(config.auth, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: pending.verifier }, fetchImpl);
    storage.setItem(TOKENS_KEY, JSON.stringify(tokens));
    return pending.returnTo;
  }

  async function accessToken() {
    const tokens = read(TOKENS_KEY);
    if (tokens && tokens.access && tokens.expiresAt - 60_000 > Date.now()) return tokens.access;
    if (tokens && tokens.refresh) {
      try {
        const renewed = await tokenRequest(config.auth, { grant_type: 'refresh_token', refresh_token: tokens.refresh }, fetchImpl);
        storage.setItem(TOKENS_KEY, JSON.stringify(renewed));
        return renewed.access;
      } catch {
        // fall through to a fresh sign-in
      }
    }
    storage.removeItem(TOKENS_KEY);
    return signIn();
  }

  async function apiFetch(path, init = {}) {
    const url = path.startsWith('/') ? `${config.apiBase}${path}` : path;
    if (!config.auth) return fetchImpl(url, init);
    const headers = new Headers(init.headers || {});
    headers.set('authorization', `Bearer ${await accessToken()}`);
    const response = await fetchImpl(url, { ...init, headers });
    if (response.status === 401) {
      storage.removeItem(TOKENS_KEY);
      return signIn();
    }
    return response;
  }

  return { apiFetch, completeSignIn, signedIn: () => Boolean(read(TOKENS_KEY)) };
}

/** Browser wiring: only when loaded by a page (tests import the functions above). */
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  const loaded = loadConfig();
  const session = loaded.then(async (config) => {
    const here = new URL(window.location.href);
    const created = createSession(config, {
      storage: window.sessionStorage,
      redirectUri: `${here.origin}${here.pathname}`,
      currentUrl: () => window.location.href,
      navigate: (url) => window.location.assign(url),
    });
    const code = here.searchParams.get('code');
    if (config.auth && code) {
      const returnTo = await created.completeSignIn(code, here.searchParams.get('state'));
      // Drop code and state from the address bar; back to where the analyst was.
      window.history.replaceState(null, '', returnTo && !returnTo.includes('code=') ? returnTo : here.pathname);
    }
    return created;
  });
  window.cultureIndexAuth = {
    fetch: async (path, init) => (await session).apiFetch(path, init),
    deployment: async () => {
      const config = await loaded;
      return { apiBase: config.apiBase, authRequired: Boolean(config.auth) };
    },
  };
}
