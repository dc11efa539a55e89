/**
 * Grouping webhook deliveries into calls: one call per article without a digest, one per UTC day
 * or ISO week (Monday to Monday) with one — sent once the period is over, so a digest is whole.
 */
import type { Delivery, Digest } from './saved-search.js';

export interface DeliveryBatch {
  /** Stable across retries: receivers drop a repeated id. */
  readonly id: string;
  readonly period: { readonly start: string; readonly end: string } | null;
  readonly deliveries: readonly Delivery[];
}

const DAY_MS = 86_400_000;

/** The UTC day or ISO week containing `instant`. */
export function periodOf(instant: string, digest: Exclude<Digest, 'none'>): { start: string; end: string } {
  const time = Date.parse(instant);
  const dayStart = Math.floor(time / DAY_MS) * DAY_MS;
  if (digest === 'daily') return { start: new Date(dayStart).toISOString(), end: new Date(dayStart + DAY_MS).toISOString() };
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday = 0
  const start = dayStart - weekday * DAY_MS;
  return { start: new Date(start).toISOString(), end: new Date(start + 7 * DAY_MS).toISOString() };
}

/** Batches due at `now`, oldest first; digest periods still running are left for a later run. */
export function dueBatches(savedSearchId: string, digest: Digest, pending: readonly Delivery[], now: Date): DeliveryBatch[] {
  if (digest === 'none') {
    return pending.map((delivery) => ({ id: `${savedSearchId}:${delivery.article.id}`, period: null, deliveries: [delivery] }));
  }
  const groups = new Map<string, { period: { start: string; end: string }; deliveries: Delivery[] }>();
  for (const delivery of pending) {
    const period = periodOf(delivery.matchedAt, digest);
    const group = groups.get(period.start) ?? { period, deliveries: [] };
    group.deliveries.push(delivery);
    groups.set(period.start, group);
  }
  return [...groups.values()]
    .filter((group) => Date.parse(group.period.end) <= now.getTime())
    .sort((a, b) => a.period.start.localeCompare(b.period.start))
    .map((group) => ({ id: `${savedSearchId}:${digest}:${group.period.start}`, period: group.period, deliveries: group.deliveries }));
}
