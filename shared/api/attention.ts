/**
 * Attention over time: article counts per bucket for one or more queries, each next to the count
 * of all articles in that bucket, so a chart can show the share (Media Cloud's "normalised"
 * attention) as well as the raw count.
 */
import type { Interval, SearchFilters, TimelineBucket } from '../ports/search-index.js';
import { fillTimelineGaps } from './timeline-gaps.js';

export interface AttentionBucket extends TimelineBucket {
  /** All articles in the bucket from the same outlets, languages and dates. */
  readonly total: number;
  /** count / total, 0 when total is 0. */
  readonly share: number;
}

export interface AttentionSeries {
  readonly q: string;
  readonly total: number;
  readonly buckets: readonly AttentionBucket[];
}

/**
 * The filters that say which articles exist to be counted (outlets, languages, dates): the
 * denominator of a share. The text and the entity filters say what is being counted.
 */
export function universeOf(filters: SearchFilters): SearchFilters {
  return {
    ...(filters.outlets ? { outlets: filters.outlets } : {}),
    ...(filters.languages ? { languages: filters.languages } : {}),
    ...(filters.from !== undefined ? { from: filters.from } : {}),
    ...(filters.to !== undefined ? { to: filters.to } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * All series over one axis: every bucket from the first to the last that any series has, gaps
 * filled, so series compare bucket by bucket.
 */
export function attentionSeries(queries: readonly { q: string; buckets: readonly TimelineBucket[] }[], universe: readonly TimelineBucket[], interval: Interval): AttentionSeries[] {
  const keys = [...new Set(queries.flatMap((s) => s.buckets.map((b) => b.key)))].sort();
  const axis = fillTimelineGaps(keys.map((key) => ({ key, count: 0 })), interval).map((b) => b.key);
  const totals = new Map(universe.map((b) => [b.key, b.count]));
  return queries.map(({ q, buckets }) => {
    const counts = new Map(buckets.map((b) => [b.key, b.count]));
    const series = axis.map((key) => {
      const count = counts.get(key) ?? 0;
      // The universe is read separately: never report a count above its total.
      const total = Math.max(totals.get(key) ?? 0, count);
      return { key, count, total, share: total === 0 ? 0 : round(count / total) };
    });
    return { q, total: series.reduce((sum, b) => sum + b.count, 0), buckets: series };
  });
}
