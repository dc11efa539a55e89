import type { Interval, TimelineBucket } from '../ports/search-index.js';

/** More buckets than this (a daily histogram over decades) are returned as the index gave them. */
export const MAX_FILLED_BUCKETS = 3660;

/**
 * Adds zero-count buckets between the first and the last, so a chart of the timeline shows quiet
 * periods as quiet instead of closing them up. Keys are bucket starts (YYYY-MM-DD, UTC; weeks
 * start on Monday), as every SearchIndex returns them.
 */
export function fillTimelineGaps(buckets: readonly TimelineBucket[], interval: Interval): TimelineBucket[] {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return [];
  const counts = new Map(buckets.map((bucket) => [bucket.key, bucket.count]));
  const filled: TimelineBucket[] = [];
  for (let day = parseDay(first.key); day !== null && toKey(day) <= last.key; day = nextBucket(day, interval)) {
    if (filled.length >= MAX_FILLED_BUCKETS) return [...buckets];
    const key = toKey(day);
    filled.push({ key, count: counts.get(key) ?? 0 });
  }
  // Keys the stepping did not visit (an index that disagrees about bucket starts) are kept, not lost.
  return filled.length > 0 && buckets.every((bucket) => filled.some((f) => f.key === bucket.key)) ? filled : [...buckets];
}

function parseDay(key: string): Date | null {
  const day = new Date(`${key.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? null : day;
}

function toKey(day: Date): string {
  return day.toISOString().slice(0, 10);
}

function nextBucket(day: Date, interval: Interval): Date {
  const next = new Date(day);
  if (interval === 'day') next.setUTCDate(next.getUTCDate() + 1);
  else if (interval === 'week') next.setUTCDate(next.getUTCDate() + 7);
  else if (interval === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}
