/**
 * Webhook calls through the same SSRF guard as fetching: the target's address is checked at
 * connect time (a name resolving to loopback, private, link-local or metadata addresses is
 * refused), again on every redirect hop, and only https is allowed — except loopback on the
 * ports a test opts into, exactly as the fetcher's `loopbackPorts` works. Bodies are capped.
 */
import http from 'node:http';
import https from 'node:https';
import { retryAfterMs } from '../../domain/retry.js';
import type { WebhookCall, WebhookOutcome, WebhookSender } from '../../ports/webhook-sender.js';
import { webhookTargetRefusal } from '../../domain/alerts/webhook-target.js';
import { guardedLookup, type AddressPolicy } from './address-guard.js';
import { networkProblem } from './request-once.js';

export interface HttpWebhookSenderOptions {
  /** Tests only: loopback receivers on these ports, over plain http. */
  readonly loopbackPorts?: readonly number[];
  readonly timeoutMs?: number;
  /** Bodies larger than this are refused before any connection (the pipeline splits batches to fit). */
  readonly maxPayloadBytes?: number;
  readonly maxRedirects?: number;
}

export const DEFAULT_MAX_PAYLOAD_BYTES = 256 * 1024;
const KEEP_METHOD_REDIRECTS = new Set([307, 308]);
const RETRYABLE_STATUSES = new Set([408, 425, 429]);

type Hop = { kind: 'done'; outcome: WebhookOutcome } | { kind: 'redirect'; location: string };

const refused = (reason: string): WebhookOutcome => ({ ok: false, reason, retryable: false, retryAfterMs: null });

export class HttpWebhookSender implements WebhookSender {
  private readonly loopbackPorts: ReadonlySet<number>;
  private readonly timeoutMs: number;
  private readonly maxPayloadBytes: number;
  private readonly maxRedirects: number;

  constructor(options: HttpWebhookSenderOptions = {}) {
    this.loopbackPorts = new Set(options.loopbackPorts ?? []);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
    this.maxRedirects = options.maxRedirects ?? 3;
  }

  async post(call: WebhookCall): Promise<WebhookOutcome> {
    if (Buffer.byteLength(call.body) > this.maxPayloadBytes) return refused('payload-too-large');
    let url: URL;
    try {
      url = new URL(call.url);
    } catch {
      return refused('invalid-url');
    }
    for (let hop = 0; hop <= this.maxRedirects; hop += 1) {
      const verdict = this.targetVerdict(url);
      if (verdict !== null) return refused(verdict);
      const result = await this.postOnce(url, call);
      if (result.kind === 'done') return result.outcome;
      try {
        url = new URL(result.location, url);
      } catch {
        return refused('invalid-redirect');
      }
    }
    return refused('too-many-redirects');
  }

  /** Why this URL may not be called, or null (the connect-time lookup checks names too). */
  private targetVerdict(url: URL): string | null {
    return webhookTargetRefusal(url.href, this.loopbackPorts);
  }

  private policyFor(url: URL): AddressPolicy {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    return { allowLoopback: this.loopbackPorts.has(port), allowPrivate: false };
  }

  private postOnce(url: URL, call: WebhookCall): Promise<Hop> {
    return new Promise<Hop>((resolve) => {
      let settled = false;
      const transport = url.protocol === 'https:' ? https : http;
      const policy = this.policyFor(url);
      const finish = (hop: Hop, request?: http.ClientRequest): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(hop);
        request?.destroy();
      };
      const request = transport.request(url, {
        method: 'POST',
        headers: { ...call.headers, 'content-length': String(Buffer.byteLength(call.body)) },
        lookup: guardedLookup(policy),
        agent: false,
      });
      const timer = setTimeout(() => finish({ kind: 'done', outcome: { ok: false, reason: 'timeout', retryable: true, retryAfterMs: null } }, request), this.timeoutMs);
      request.on('error', (error) => {
        const problem = networkProblem(error);
        const reason = problem.kind === 'problem' ? problem.reason : 'network-error';
        finish({ kind: 'done', outcome: { ok: false, reason, retryable: reason !== 'forbidden-address', retryAfterMs: null } }, request);
      });
      request.on('response', (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        const retryAfter = retryAfterMs(response.headers['retry-after'], Date.now(), 3_600_000);
        // The receiver's answer body is not needed: drain it, bounded by the timeout.
        response.resume();
        response.on('end', () => {
          if (status >= 200 && status < 300) finish({ kind: 'done', outcome: { ok: true, status } });
          else if (KEEP_METHOD_REDIRECTS.has(status) && location !== undefined) finish({ kind: 'redirect', location });
          else if (status >= 300 && status < 400) finish({ kind: 'done', outcome: refused(`redirect-${status}-not-followed`) });
          else finish({ kind: 'done', outcome: { ok: false, reason: `http-${status}`, retryable: status >= 500 || RETRYABLE_STATUSES.has(status), retryAfterMs: retryAfter } });
        });
        response.on('error', () => finish({ kind: 'done', outcome: { ok: false, reason: 'network-truncated', retryable: true, retryAfterMs: null } }, request));
      });
      request.end(call.body);
    });
  }
}
