/**
 * At most `limit` webhook calls per receiver (URL origin) in any `windowMs`: one noisy saved
 * search, or many pointed at one host, cannot flood it. Pure: times are passed in.
 */
export class ReceiverRateLimit {
  private readonly calls = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Takes a slot for `receiver` at `nowMs`; when none is free, returns when one will be. */
  take(receiver: string, nowMs: number): { ok: true } | { ok: false; freeAtMs: number } {
    const recent = (this.calls.get(receiver) ?? []).filter((at) => at > nowMs - this.windowMs);
    if (recent.length >= this.limit) {
      this.calls.set(receiver, recent);
      return { ok: false, freeAtMs: recent[0]! + this.windowMs };
    }
    recent.push(nowMs);
    this.calls.set(receiver, recent);
    return { ok: true };
  }
}

/** The receiver a URL names, for rate limits: scheme, host and port. */
export function receiverOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
