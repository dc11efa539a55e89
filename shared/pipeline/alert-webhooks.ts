/**
 * Webhook delivery of a saved search's pending ledger rows: grouped into calls (one per article,
 * or one per ended day/week with a digest), split to fit the payload cap, signed, sent, retried
 * with exponential backoff — in the run while the wait is short, else at a later run — and
 * dead-lettered (status `dead`, with the last error) after `maxAttempts` or a refusal that no
 * retry can cure. Calls beyond the per-receiver rate wait for a later run without using an attempt.
 */
import { dueBatches, type DeliveryBatch } from '../domain/alerts/digest.js';
import { receiverOf, type ReceiverRateLimit } from '../domain/alerts/rate-limit.js';
import type { Delivery, SavedSearch, WebhookState, WebhookTarget } from '../domain/alerts/saved-search.js';
import { SIGNATURE_HEADER, signPayload } from '../domain/alerts/signature.js';
import { nextDelayMs, type BackoffPolicy } from '../domain/retry.js';
import type { SavedSearchStore } from '../ports/saved-search-store.js';
import type { WebhookSender } from '../ports/webhook-sender.js';

export interface WebhookSettings {
  readonly maxAttempts: number;
  readonly backoff: BackoffPolicy;
  /** Waits up to this long are slept through in the run; longer ones are left for a later run. */
  readonly inRunWaitMs: number;
  readonly maxPayloadBytes: number;
}

export interface WebhookDeps {
  readonly savedSearches: SavedSearchStore;
  readonly sender: WebhookSender;
  readonly rateLimit: ReceiverRateLimit;
  readonly clock: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly userAgent: string;
}

export interface WebhookReport {
  /** Calls that reached the receiver (2xx). */
  sent: number;
  /** Calls left pending for a later run (backoff or rate limit). */
  deferred: number;
  /** Calls dead-lettered in this run. */
  dead: number;
  /** Failed attempts in this run (each retried or dead-lettered). */
  failedAttempts: number;
  readonly errors: string[];
}

export const DELIVERY_HEADER = 'x-culture-index-delivery';
const PENDING_LIMIT = 1_000;

export function emptyWebhookReport(): WebhookReport {
  return { sent: 0, deferred: 0, dead: 0, failedAttempts: 0, errors: [] };
}

function payloadOf(search: SavedSearch, batch: DeliveryBatch, callId: string, deliveries: readonly Delivery[]): string {
  return JSON.stringify({
    type: 'culture-index.alert',
    id: callId,
    savedSearch: { id: search.id, name: search.name, owner: search.owner, query: search.query },
    digest: search.digest,
    period: batch.period,
    articles: deliveries.map((d) => ({ ...d.article, matchedAt: d.matchedAt })),
  });
}

/** Splits a batch into calls whose body fits the cap; an article too large alone is a call of its own (refused later). */
function callsOf(search: SavedSearch, batch: DeliveryBatch, maxBytes: number): { id: string; deliveries: Delivery[] }[] {
  const calls: { id: string; deliveries: Delivery[] }[] = [];
  let current: Delivery[] = [];
  const idOf = (n: number): string => (n === 0 ? batch.id : `${batch.id}#${n + 1}`);
  for (const delivery of batch.deliveries) {
    const candidate = [...current, delivery];
    if (current.length > 0 && Buffer.byteLength(payloadOf(search, batch, idOf(calls.length), candidate)) > maxBytes) {
      calls.push({ id: idOf(calls.length), deliveries: current });
      current = [delivery];
    } else current = candidate;
  }
  if (current.length > 0) calls.push({ id: idOf(calls.length), deliveries: current });
  return calls;
}

function state(status: WebhookState['status'], attempts: number, extra: Partial<WebhookState> = {}): WebhookState {
  return { status, attempts, nextAttemptAt: null, lastError: null, sentAt: null, ...extra };
}

async function deliverCall(deps: WebhookDeps, settings: WebhookSettings, search: SavedSearch, target: WebhookTarget, batch: DeliveryBatch, call: { id: string; deliveries: Delivery[] }, report: WebhookReport): Promise<void> {
  const ids = call.deliveries.map((d) => d.article.id);
  const record = (next: WebhookState): Promise<void> => deps.savedSearches.updateWebhookState(search.id, ids, next);
  let attempts = Math.max(...call.deliveries.map((d) => d.webhook?.attempts ?? 0));
  const body = payloadOf(search, batch, call.id, call.deliveries);
  for (;;) {
    const slot = deps.rateLimit.take(receiverOf(target.url), deps.clock().getTime());
    if (!slot.ok) {
      report.deferred += 1;
      return record(state('pending', attempts, { nextAttemptAt: new Date(slot.freeAtMs).toISOString(), lastError: 'rate-limited' }));
    }
    const signature = signPayload(target.secret, body, Math.floor(deps.clock().getTime() / 1000));
    const outcome = await deps.sender.post({
      url: target.url,
      body,
      headers: { 'content-type': 'application/json', 'user-agent': deps.userAgent, [SIGNATURE_HEADER]: signature, [DELIVERY_HEADER]: call.id },
    });
    attempts += 1;
    if (outcome.ok) {
      report.sent += 1;
      return record(state('sent', attempts, { sentAt: deps.clock().toISOString() }));
    }
    report.failedAttempts += 1;
    report.errors.push(`${call.id}: ${outcome.reason}`);
    if (!outcome.retryable || attempts >= settings.maxAttempts) {
      report.dead += 1;
      return record(state('dead', attempts, { lastError: outcome.reason }));
    }
    const wait = nextDelayMs(attempts, outcome.retryAfterMs, settings.backoff, deps.random);
    if (wait > settings.inRunWaitMs) {
      report.deferred += 1;
      return record(state('pending', attempts, { nextAttemptAt: new Date(deps.clock().getTime() + wait).toISOString(), lastError: outcome.reason }));
    }
    await deps.sleep(wait);
  }
}

/** Sends what is due for one saved search (which must have a webhook). */
export async function deliverWebhooks(deps: WebhookDeps, settings: WebhookSettings, search: SavedSearch, report: WebhookReport): Promise<void> {
  const target = search.webhook;
  if (target === null) return;
  const now = deps.clock();
  const pending = await deps.savedSearches.pendingWebhookDeliveries(search.id, now.toISOString(), PENDING_LIMIT);
  for (const batch of dueBatches(search.id, search.digest, pending, now)) {
    for (const call of callsOf(search, batch, settings.maxPayloadBytes)) await deliverCall(deps, settings, search, target, batch, call, report);
  }
}
