/**
 * When to try a failed request again: Retry-After (delta-seconds or an HTTP date, capped) when the
 * server gave one, else exponential backoff with full jitter, bounded. Pure; the clock and the
 * random source are passed in.
 */

export interface BackoffPolicy {
  /** First retry waits up to this long. */
  readonly baseMs: number;
  /** No single wait is longer than this (Retry-After included). */
  readonly maxMs: number;
}

/** Milliseconds a Retry-After header asks for, or null when absent or unreadable. Capped at `capMs`. */
export function retryAfterMs(header: string | undefined, now: number, capMs: number): number | null {
  if (header === undefined) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, capMs);
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - now), capMs);
}

/** Full jitter: uniform in [0, min(max, base·2^(attempt-1))]. `attempt` counts from 1. */
export function backoffMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** The wait before the next attempt: the server's Retry-After when given, else jittered backoff. */
export function nextDelayMs(attempt: number, retryAfter: number | null, policy: BackoffPolicy, random: () => number): number {
  return retryAfter !== null ? Math.min(retryAfter, policy.maxMs) : backoffMs(attempt, policy, random);
}
