/**
 * URL rules shared by discovery, fetching and archiving. Pure: no I/O.
 * `normaliseUrl` is for de-duplication only — fetch the URL as discovered, compare normalised.
 */
import { ValidationError } from './errors.js';
import { sha256Hex } from './hash.js';

/** Longer URLs are almost always generated junk (session ids, tracking blobs, loops). */
export const MAX_URL_LENGTH = 2048;

/** Query parameters that only track the reader and never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'mc_cid', 'mc_eid',
  'igshid', '_ga', '_gl', 'ref_src', 'cmpid', 'spm',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * Parses an absolute http(s) URL a crawler may fetch. Rejects other schemes (file:, javascript:,
 * ftp:), user:password@ credentials (they leak secrets into logs and archives) and absurd lengths.
 */
export function parseHttpUrl(input: string): URL {
  const text = input.trim();
  if (text.length === 0) throw new ValidationError('URL is empty', [{ path: 'url', message: 'empty' }]);
  if (text.length > MAX_URL_LENGTH) {
    throw new ValidationError(`URL is longer than ${MAX_URL_LENGTH} characters`, [{ path: 'url', message: 'too long' }]);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ValidationError(`Not a valid absolute URL: ${text.slice(0, 200)}`, [{ path: 'url', message: 'unparseable' }]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValidationError(`Only http and https URLs can be fetched, not ${url.protocol}`, [{ path: 'url', message: 'scheme' }]);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ValidationError('URLs with credentials are refused', [{ path: 'url', message: 'credentials' }]);
  }
  if (url.hostname === '') throw new ValidationError('URL has no host', [{ path: 'url', message: 'host' }]);
  return url;
}

/** True when `input` passes `parseHttpUrl`. */
export function isHttpUrl(input: string): boolean {
  try {
    parseHttpUrl(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Canonical form for de-duplication: lower-case scheme and host (done by WHATWG URL), no default
 * port, no fragment, no tracking parameters, query sorted by name, no trailing slash except the
 * root path, no empty `?`. Throws ValidationError for anything `parseHttpUrl` rejects.
 */
export function normaliseUrl(input: string): string {
  const url = parseHttpUrl(input);
  url.hash = '';
  // Host names may carry a trailing dot (fully-qualified form); it names the same host.
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  }
  return url.href;
}

/**
 * Stable hex key for a URL (sha256 of its normalised form). Strings that are not http(s) URLs —
 * file paths in local ingestion — hash as given, so this never throws.
 */
export function urlHash(input: string): string {
  return sha256Hex(dedupeKey(input));
}

/** The normalised form for de-duplication; a string that is not an http(s) URL (a file path) as given. */
export function dedupeKey(input: string): string {
  try {
    return normaliseUrl(input);
  } catch {
    return input.trim();
  }
}

/** `scheme://host[:port]` — the unit robots.txt and politeness delays apply to. */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}
