/**
 * One HTTP exchange (no redirect following), with a total timeout, an idle timeout, a body cap
 * and the guarded DNS lookup. Never rejects: every problem comes back as a `HopResult`.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { ForbiddenAddressError } from './address-guard.js';

export interface HopRequest {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly maxBytes: number;
  readonly lookup: LookupFunction;
  readonly agent: http.Agent | https.Agent;
  /** Called for 2xx responses before the body is read; a reason string refuses the body. */
  readonly inspect: (headers: Readonly<Record<string, string>>) => string | null;
}

export type HopResult =
  | { readonly kind: 'body'; readonly status: number; readonly headers: Record<string, string>; readonly body: Buffer }
  | { readonly kind: 'redirect'; readonly status: number; readonly location: string | null }
  | { readonly kind: 'status'; readonly status: number; readonly headers: Record<string, string> }
  | { readonly kind: 'problem'; readonly outcome: 'skipped' | 'failed'; readonly reason: string; readonly retryable: boolean };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function lowerCaseHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Maps socket/DNS/TLS errors to short reason codes; all are worth retrying later. */
export function networkProblem(error: unknown): HopResult {
  if (error instanceof ForbiddenAddressError) return { kind: 'problem', outcome: 'skipped', reason: 'forbidden-address', retryable: false };
  const code = (error as { code?: string }).code ?? '';
  let reason = 'network-error';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_NONAME') reason = 'network-dns';
  else if (code === 'ECONNREFUSED') reason = 'network-refused';
  else if (code === 'ECONNRESET' || code === 'EPIPE') reason = 'network-reset';
  else if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return { kind: 'problem', outcome: 'failed', reason: 'timeout', retryable: true };
  else if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') reason = 'network-unreachable';
  else if (code.startsWith('HPE_')) reason = 'network-protocol';
  else if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL') || code.includes('SELF_SIGNED')) reason = 'network-tls';
  return { kind: 'problem', outcome: 'failed', reason, retryable: true };
}

const TIMEOUT: HopResult = { kind: 'problem', outcome: 'failed', reason: 'timeout', retryable: true };
const TOO_LARGE: HopResult = { kind: 'problem', outcome: 'skipped', reason: 'too-large', retryable: false };
const TRUNCATED: HopResult = { kind: 'problem', outcome: 'failed', reason: 'network-truncated', retryable: true };

export function requestOnce(hop: HopRequest): Promise<HopResult> {
  return new Promise<HopResult>((resolve) => {
    let settled = false;
    let totalTimer: NodeJS.Timeout | undefined;
    const transport = hop.url.protocol === 'https:' ? https : http;
    let request!: http.ClientRequest;
    // Settle first, then tear down: the teardown's own error/close events must not win the race.
    const finish = (result: HopResult, abort = false): void => {
      if (settled) return;
      settled = true;
      if (totalTimer !== undefined) clearTimeout(totalTimer);
      resolve(result);
      if (abort) request.destroy();
    };
    try {
      request = transport.request(hop.url, {
        method: 'GET',
        headers: hop.headers,
        lookup: hop.lookup,
        agent: hop.agent,
      });
    } catch (error) {
      resolve(networkProblem(error));
      return;
    }
    totalTimer = setTimeout(() => finish(TIMEOUT, true), hop.timeoutMs);
    request.setTimeout(hop.idleTimeoutMs, () => finish(TIMEOUT, true));
    request.on('error', (error) => finish(networkProblem(error), true));
    request.on('response', (response) => {
      response.on('error', () => finish(TRUNCATED, true));
      const status = response.statusCode ?? 0;
      const headers = lowerCaseHeaders(response.headers);
      if (REDIRECTS.has(status)) {
        finish({ kind: 'redirect', status, location: headers['location'] ?? null }, true);
        return;
      }
      if (status < 200 || status >= 300) {
        finish({ kind: 'status', status, headers }, true);
        return;
      }
      const refusal = hop.inspect(headers);
      if (refusal !== null) {
        finish({ kind: 'problem', outcome: 'skipped', reason: refusal, retryable: false }, true);
        return;
      }
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > hop.maxBytes) {
        finish(TOO_LARGE, true);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > hop.maxBytes) finish(TOO_LARGE, true);
        else chunks.push(chunk);
      });
      response.on('end', () => {
        if (!response.complete) finish(TRUNCATED, true);
        else finish({ kind: 'body', status, headers, body: Buffer.concat(chunks) });
      });
      // A server that closes before sending the declared length ends here without 'end'.
      response.on('close', () => {
        if (!response.complete) finish(TRUNCATED, true);
      });
    });
    request.end();
  });
}
