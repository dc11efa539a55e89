/**
 * Polite, guarded HTTP fetching: robots.txt (cached per origin), one request at a time per host
 * with a delay, total and idle timeouts, a body cap, content decoding, conditional GET, bounded
 * redirects re-checked hop by hop against the SSRF guard. Every per-URL problem is an outcome.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { RawPage } from '../../domain/model.js';
import { ALLOW_ALL, DISALLOW_ALL, crawlDelaySeconds, isAllowed, parseRobots, type Robots } from '../../domain/discover/robots.js';
import { originOf, parseHttpUrl } from '../../domain/url.js';
import type { FetchOutcome, FetchRequest, Fetcher } from '../../ports/fetcher.js';
import { ValidationError } from '../../domain/errors.js';
import { retryAfterMs } from '../../domain/retry.js';
import { guardedLookup, literalHostVerdict, type AddressPolicy } from './address-guard.js';
import { decodeContent } from './content-decoding.js';
import { HostQueue } from './host-queue.js';
import { requestOnce, type HopResult } from './request-once.js';
import { POLITE_DELAY_FLOOR_MS } from '../../domain/settings.js';

export interface HttpFetcherOptions {
  /** Sent on every request and matched against robots.txt groups (its product token). */
  readonly userAgent: string;
  readonly perHostDelayMs?: number;
  /** Whole exchange, headers and body. */
  readonly timeoutMs?: number;
  /** Longest silence on the socket. Defaults to the total timeout. */
  readonly idleTimeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /**
   * Lifts the politeness floor (POLITE_DELAY_FLOOR_MS) so the per-host delay may be 0: for tests
   * against a loopback server only. robots.txt Crawl-delay is honoured either way.
   */
  readonly unsafeNoDelay?: boolean;
  /** Tests against a loopback server need this; production never does. */
  readonly allowLoopback?: boolean;
  /** With allowLoopback: only these ports of a loopback address (absent = any port). */
  readonly loopbackPorts?: readonly number[];
  readonly allowPrivate?: boolean;
  /** Defaults to true; only turn off for sources that have granted permission. */
  readonly obeyRobots?: boolean;
  /** How long a fetched robots.txt is trusted. */
  readonly robotsTtlMs?: number;
  /** How long an unreachable robots.txt (5xx, network) blocks the origin before it is retried. */
  readonly robotsErrorTtlMs?: number;
  /** Upper bound on a Crawl-delay we are willing to honour per request. */
  readonly maxCrawlDelayMs?: number;
}

type Accept = NonNullable<FetchRequest['accept']>;

type RobotsVerdict =
  | { readonly kind: 'rules'; readonly robots: Robots }
  /** `reason`: 'robots-unavailable' for 5xx/429, else the network reason (the host is unreachable). */
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'outcome'; readonly reason: string; readonly outcome: 'skipped' | 'failed'; readonly retryable: boolean };

interface RetrieveSpec {
  readonly accept: Accept;
  readonly maxBytes: number;
  readonly checkRobots: boolean;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

const ROBOTS_MAX_BYTES = 500 * 1024;
const GZIP_OR_BINARY = new Set(['application/gzip', 'application/x-gzip', 'application/octet-stream']);

function isGzipFile(body: Buffer): boolean {
  return body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
}

const ACCEPT_HEADER: Readonly<Record<Accept, string>> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  xml: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
  any: '*/*',
};

/** Whether a Content-Type is usable for what was asked. An absent type is left to the sniffer. */
export function isAcceptableType(contentType: string | undefined, accept: Accept): boolean {
  if (accept === 'any') return true;
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === '') return true;
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return true;
  if (accept === 'html') return false;
  // Feeds are often mislabelled as text/plain or text/html, and sitemaps are often gzip files
  // (sitemap.xml.gz) or octet-streams; the sniffer decides what they are.
  return mime.endsWith('/xml') || mime.endsWith('+xml') || mime.startsWith('text/') || GZIP_OR_BINARY.has(mime);
}

function fail(url: string, reason: string, retryable: boolean): FetchOutcome {
  return { kind: 'failed', url, reason, retryable };
}

function fromProblem(url: string, hop: Extract<HopResult, { kind: 'problem' }>): FetchOutcome {
  return hop.outcome === 'skipped' ? { kind: 'skipped', url, reason: hop.reason } : fail(url, hop.reason, hop.retryable);
}

/** 408, 425, 429 and 5xx may succeed later; other statuses will not. */
function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408 || status === 425;
}

/** A Retry-After longer than this is read as this (a server cannot park the crawl for days). */
export const RETRY_AFTER_CAP_MS = 10 * 60 * 1000;

export { POLITE_DELAY_FLOOR_MS };

/** The per-host delay actually used: a number ≥ 0, never below the floor unless lifted on purpose. */
export function effectiveDelayMs(requested: number | undefined, unsafeNoDelay: boolean): number {
  const delay = requested ?? 1000;
  if (!Number.isFinite(delay) || delay < 0) throw new ValidationError(`per-host delay must be a number of milliseconds ≥ 0, not ${String(delay).slice(0, 40)}`, [{ path: 'perHostDelayMs', message: 'invalid' }]);
  return unsafeNoDelay ? delay : Math.max(delay, POLITE_DELAY_FLOOR_MS);
}

export class HttpFetcher implements Fetcher {
  private readonly userAgent: string;
  private readonly perHostDelayMs: number;
  private readonly timeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly obeyRobots: boolean;
  private readonly robotsTtlMs: number;
  private readonly robotsErrorTtlMs: number;
  private readonly maxCrawlDelayMs: number;
  private readonly policy: AddressPolicy;
  private readonly lookup: LookupFunction;
  /** The lookup for ports outside `loopbackPorts`: loopback refused there. */
  private readonly portLookup: LookupFunction;
  private readonly loopbackPorts: ReadonlySet<number> | null;
  private readonly hosts = new HostQueue();
  private readonly robots = new Map<string, { verdict: Promise<RobotsVerdict>; expiresAt: number }>();
  // Own agents: a pooled socket opened under a laxer policy must never be reused by this one.
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 4 });

  constructor(options: HttpFetcherOptions) {
    this.userAgent = options.userAgent;
    this.perHostDelayMs = effectiveDelayMs(options.perHostDelayMs, options.unsafeNoDelay ?? false);
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.idleTimeoutMs = options.idleTimeoutMs ?? this.timeoutMs;
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.obeyRobots = options.obeyRobots ?? true;
    this.robotsTtlMs = options.robotsTtlMs ?? 24 * 60 * 60 * 1000;
    this.robotsErrorTtlMs = options.robotsErrorTtlMs ?? 10 * 60 * 1000;
    this.maxCrawlDelayMs = options.maxCrawlDelayMs ?? 60_000;
    this.policy = { allowLoopback: options.allowLoopback ?? false, allowPrivate: options.allowPrivate ?? false };
    this.loopbackPorts = options.loopbackPorts ? new Set(options.loopbackPorts) : null;
    this.lookup = guardedLookup(this.policy);
    this.portLookup = guardedLookup({ ...this.policy, allowLoopback: false });
  }

  async fetch(request: FetchRequest): Promise<FetchOutcome> {
    let url: URL;
    try {
      url = parseHttpUrl(request.url);
    } catch {
      return fail(request.url, 'invalid-url', false);
    }
    try {
      return await this.retrieve(request.url, url, {
        accept: request.accept ?? 'html',
        maxBytes: this.maxBytes,
        checkRobots: this.obeyRobots,
        etag: request.etag ?? null,
        lastModified: request.lastModified ?? null,
      });
    } catch (error) {
      // A bug here must not take the crawl down; record it against the URL instead.
      return fail(request.url, `internal-error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200), true);
    }
  }

  /** Closes pooled keep-alive sockets. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private async retrieve(requested: string, start: URL, spec: RetrieveSpec): Promise<FetchOutcome> {
    let url = start;
    for (let redirects = 0; ; redirects += 1) {
      const policy = this.policyFor(url);
      if (literalHostVerdict(url.hostname, policy) !== null) return { kind: 'skipped', url: requested, reason: 'forbidden-address' };
      let delayMs = this.perHostDelayMs;
      if (spec.checkRobots) {
        const verdict = await this.robotsFor(url);
        if (verdict.kind === 'outcome') {
          return verdict.outcome === 'skipped' ? { kind: 'skipped', url: requested, reason: verdict.reason } : fail(requested, verdict.reason, verdict.retryable);
        }
        if (verdict.kind === 'unavailable') return fail(requested, verdict.reason, true);
        if (!isAllowed(verdict.robots, this.userAgent, url.href)) return { kind: 'skipped', url: requested, reason: 'robots-disallowed' };
        const crawlDelay = crawlDelaySeconds(verdict.robots, this.userAgent);
        if (crawlDelay !== null) delayMs = Math.max(delayMs, Math.min(crawlDelay * 1000, this.maxCrawlDelayMs));
      }
      const target = url;
      const hop = await this.hosts.run(url.host, delayMs, () => requestOnce({
        url: target,
        headers: this.headersFor(spec),
        timeoutMs: this.timeoutMs,
        idleTimeoutMs: this.idleTimeoutMs,
        maxBytes: spec.maxBytes,
        lookup: policy.allowLoopback === this.policy.allowLoopback ? this.lookup : this.portLookup,
        agent: target.protocol === 'https:' ? this.httpsAgent : this.httpAgent,
        inspect: (headers) => (isAcceptableType(headers['content-type'], spec.accept) ? null : 'unsupported-content-type'),
      }));
      switch (hop.kind) {
        case 'problem':
          return fromProblem(requested, hop);
        case 'status': {
          if (hop.status === 304) return { kind: 'not-modified', url: requested };
          const failed = fail(requested, `http-${hop.status}`, isRetryableStatus(hop.status));
          const wait = retryAfterMs(hop.headers['retry-after'], Date.now(), RETRY_AFTER_CAP_MS);
          return wait !== null && failed.kind === 'failed' ? { ...failed, retryAfterMs: wait } : failed;
        }
        case 'redirect': {
          if (hop.location === null) return fail(requested, 'redirect-without-location', false);
          if (redirects >= this.maxRedirects) return fail(requested, 'too-many-redirects', false);
          try {
            url = parseHttpUrl(new URL(hop.location, url).href);
          } catch {
            return fail(requested, 'invalid-redirect', false);
          }
          continue;
        }
        case 'body':
          return this.toPage(requested, url, hop, spec);
      }
    }
  }

  /** Loopback is allowed only on the ports given, when ports were given. */
  private policyFor(url: URL): AddressPolicy {
    if (!this.policy.allowLoopback || this.loopbackPorts === null) return this.policy;
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    return this.loopbackPorts.has(port) ? this.policy : { ...this.policy, allowLoopback: false };
  }

  private headersFor(spec: RetrieveSpec): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: ACCEPT_HEADER[spec.accept],
      'accept-encoding': 'gzip, deflate, br',
    };
    if (spec.etag) headers['if-none-match'] = spec.etag;
    if (spec.lastModified) headers['if-modified-since'] = spec.lastModified;
    return headers;
  }

  private async toPage(requested: string, finalUrl: URL, hop: Extract<HopResult, { kind: 'body' }>, spec: RetrieveSpec): Promise<FetchOutcome> {
    let decoded = await decodeContent(hop.body, hop.headers['content-encoding'], spec.maxBytes);
    // A gzip *file* (sitemap.xml.gz) is not a Content-Encoding, but feeds and sitemaps are only
    // useful unpacked; article pages are never gzip files, so only non-html requests do this.
    if (decoded.ok && spec.accept !== 'html' && isGzipFile(decoded.body)) {
      const unpacked = await decodeContent(decoded.body, 'gzip', spec.maxBytes);
      decoded = unpacked.ok ? { ok: true, body: unpacked.body, decoded: true } : unpacked;
    }
    if (!decoded.ok) {
      return decoded.reason === 'too-large' ? { kind: 'skipped', url: requested, reason: 'too-large' } : fail(requested, decoded.reason, false);
    }
    const headers = { ...hop.headers };
    if (decoded.decoded) {
      // The body is stored decoded, so the wire encoding and length no longer describe it.
      delete headers['content-encoding'];
      headers['content-length'] = String(decoded.body.length);
    }
    const page: RawPage = {
      url: requested,
      finalUrl: finalUrl.href,
      fetchedAt: new Date().toISOString(),
      status: hop.status,
      headers,
      body: new Uint8Array(decoded.body.buffer, decoded.body.byteOffset, decoded.body.byteLength),
    };
    return { kind: 'ok', page };
  }

  /** One robots.txt load per origin at a time; the promise itself is cached so callers share it. */
  private robotsFor(url: URL): Promise<RobotsVerdict> {
    const origin = originOf(url);
    const cached = this.robots.get(origin);
    if (cached !== undefined && cached.expiresAt > Date.now()) return cached.verdict;
    const entry = { verdict: this.loadRobots(origin), expiresAt: Number.POSITIVE_INFINITY };
    this.robots.set(origin, entry);
    void entry.verdict.then((verdict) => {
      entry.expiresAt = Date.now() + (verdict.kind === 'rules' ? this.robotsTtlMs : this.robotsErrorTtlMs);
    });
    return entry.verdict;
  }

  /**
   * Google's reading: 2xx → the rules; 4xx (and unfollowable redirects) → no restrictions;
   * 5xx, 429 and network failures → crawl nothing for a while.
   */
  private async loadRobots(origin: string): Promise<RobotsVerdict> {
    const robotsUrl = `${origin}/robots.txt`;
    const outcome = await this.retrieve(robotsUrl, new URL(robotsUrl), { accept: 'any', maxBytes: ROBOTS_MAX_BYTES, checkRobots: false });
    switch (outcome.kind) {
      case 'ok':
        return { kind: 'rules', robots: parseRobots(new TextDecoder('utf-8').decode(outcome.page.body)) };
      case 'failed':
        if (!outcome.retryable) return { kind: 'rules', robots: ALLOW_ALL };
        return { kind: 'unavailable', reason: outcome.reason.startsWith('http-') ? 'robots-unavailable' : outcome.reason };
      case 'skipped':
        if (outcome.reason === 'forbidden-address') return { kind: 'outcome', outcome: 'skipped', reason: outcome.reason, retryable: false };
        return { kind: 'rules', robots: DISALLOW_ALL };
      case 'not-modified':
        return { kind: 'rules', robots: ALLOW_ALL };
    }
  }
}
