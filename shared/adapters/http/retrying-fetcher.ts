/**
 * Retries within a run, around any Fetcher: a retryable failure (429, 5xx, reset, timeout) is
 * tried again after the server's Retry-After or a jittered exponential backoff, up to a bound.
 * A per-host circuit breaker stops hammering a host that keeps failing: after `breakerThreshold`
 * URLs in a row failed for good, the host's URLs fail fast ('circuit-open') for a cool-down, then
 * one request probes it. Each outcome says how many requests it took and when to try again.
 */
import { nextDelayMs, type BackoffPolicy } from '../../domain/retry.js';
import type { FetchOutcome, FetchRequest, Fetcher } from '../../ports/fetcher.js';

export interface RetryOptions extends Partial<BackoffPolicy> {
  /** Requests per URL in one run, the first included. */
  readonly maxAttempts?: number;
  readonly breakerThreshold?: number;
  readonly breakerCooldownMs?: number;
  /** When a later run should retry a URL that still failed (without a Retry-After). */
  readonly nextRunDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
}

interface HostHealth {
  failuresInARow: number;
  openUntil: number;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export class RetryingFetcher implements Fetcher {
  private readonly maxAttempts: number;
  private readonly policy: BackoffPolicy;
  private readonly breakerThreshold: number;
  private readonly breakerCooldownMs: number;
  private readonly nextRunDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly hosts = new Map<string, HostHealth>();

  constructor(
    private readonly inner: Fetcher,
    options: RetryOptions = {},
  ) {
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.policy = { baseMs: options.baseMs ?? 500, maxMs: options.maxMs ?? 30_000 };
    this.breakerThreshold = options.breakerThreshold ?? 10;
    this.breakerCooldownMs = options.breakerCooldownMs ?? 60_000;
    this.nextRunDelayMs = options.nextRunDelayMs ?? 15 * 60_000;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  async fetch(request: FetchRequest): Promise<FetchOutcome> {
    const host = hostOf(request.url);
    const health = this.hosts.get(host) ?? { failuresInARow: 0, openUntil: 0 };
    this.hosts.set(host, health);
    if (health.openUntil > this.now()) {
      return { kind: 'failed', url: request.url, reason: 'circuit-open', retryable: true, attempts: 0, nextAttemptAt: new Date(health.openUntil).toISOString() };
    }
    let outcome: FetchOutcome;
    let attempt = 0;
    for (;;) {
      attempt += 1;
      outcome = await this.inner.fetch(request);
      if (outcome.kind !== 'failed' || !outcome.retryable || attempt >= this.maxAttempts) break;
      await this.sleep(nextDelayMs(attempt, outcome.retryAfterMs ?? null, this.policy, this.random));
    }
    if (outcome.kind !== 'failed' || !outcome.retryable) {
      health.failuresInARow = 0;
      return attempt > 1 && outcome.kind === 'failed' ? { ...outcome, attempts: attempt } : outcome;
    }
    health.failuresInARow += 1;
    if (health.failuresInARow >= this.breakerThreshold) health.openUntil = this.now() + this.breakerCooldownMs;
    const wait = outcome.retryAfterMs ?? this.nextRunDelayMs;
    return { ...outcome, attempts: attempt, nextAttemptAt: new Date(this.now() + wait).toISOString() };
  }
}
