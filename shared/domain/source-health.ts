/**
 * Source health: per source and UTC day, what the pipeline saw — pages fetched, articles stored
 * (or unchanged), failures and skips by reason, empty bodies, missing dates, zero-entity articles.
 * Pure tallies; the pipeline records them through the SourceHealthLog port.
 */

export interface HealthTally {
  readonly fetched: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly emptyBodies: number;
  readonly missingDates: number;
  readonly zeroEntities: number;
  /** Failed fetches and skipped pages by reason, e.g. { "http-404": 2, "skipped:no-article-body": 1 }. */
  readonly failed: Readonly<Record<string, number>>;
}

export interface SourceHealthDay extends HealthTally {
  readonly sourceId: string;
  /** YYYY-MM-DD (UTC). */
  readonly day: string;
}

/** Skip reasons that mean "the page had no article text". */
export const EMPTY_BODY_REASONS: readonly string[] = ['no-article-body', 'body-too-short'];

export const EMPTY_TALLY: HealthTally = { fetched: 0, stored: 0, unchanged: 0, emptyBodies: 0, missingDates: 0, zeroEntities: 0, failed: {} };

/** What one pipeline step saw for one page. */
export type HealthEvent =
  | { readonly kind: 'fetched' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'stored'; readonly publishedAt: string | null; readonly entities: number }
  | { readonly kind: 'unchanged' };

export function tallyOf(event: HealthEvent): HealthTally {
  switch (event.kind) {
    case 'fetched':
      return { ...EMPTY_TALLY, fetched: 1 };
    case 'failed':
      return { ...EMPTY_TALLY, failed: { [event.reason]: 1 } };
    case 'skipped':
      return { ...EMPTY_TALLY, emptyBodies: EMPTY_BODY_REASONS.includes(event.reason) ? 1 : 0, failed: { [`skipped:${event.reason}`]: 1 } };
    case 'stored':
      return { ...EMPTY_TALLY, stored: 1, missingDates: event.publishedAt === null ? 1 : 0, zeroEntities: event.entities === 0 ? 1 : 0 };
    case 'unchanged':
      return { ...EMPTY_TALLY, unchanged: 1 };
  }
}

export function addTallies(a: HealthTally, b: HealthTally): HealthTally {
  const failed: Record<string, number> = { ...a.failed };
  for (const [reason, n] of Object.entries(b.failed)) failed[reason] = (failed[reason] ?? 0) + n;
  return {
    fetched: a.fetched + b.fetched,
    stored: a.stored + b.stored,
    unchanged: a.unchanged + b.unchanged,
    emptyBodies: a.emptyBodies + b.emptyBodies,
    missingDates: a.missingDates + b.missingDates,
    zeroEntities: a.zeroEntities + b.zeroEntities,
    failed,
  };
}

/** The UTC day of an instant. */
export function healthDay(instant: string | Date): string {
  return (typeof instant === 'string' ? new Date(instant) : instant).toISOString().slice(0, 10);
}

/** The first day of a window of `days` days ending today (inclusive). */
export function windowStart(days: number, now: Date): string {
  return healthDay(new Date(now.getTime() - (days - 1) * 86_400_000));
}

/** Every day from `since` (YYYY-MM-DD) to the day of `now`, at most 366. */
export function windowDays(since: string, now: Date): string[] {
  const days: string[] = [];
  const last = healthDay(now);
  for (let time = Date.parse(`${since}T00:00:00Z`); days.length < 366; time += 86_400_000) {
    const day = healthDay(new Date(time));
    if (Number.isNaN(time) || day > last) break;
    days.push(day);
  }
  return days;
}

export interface SourceHealthSummary extends HealthTally {
  readonly sourceId: string;
  readonly days: readonly SourceHealthDay[];
  /** Day of the last stored article in the window; null when none. */
  readonly lastStored: string | null;
  /** Stored articles earlier in the window, none in the last `quietDays`: it stopped yielding. */
  readonly silent: boolean;
}

/** Per source: totals over the window, its days (oldest first) and whether it went silent. */
export function summariseHealth(rows: readonly SourceHealthDay[], quietDays: number, now: Date): SourceHealthSummary[] {
  const quietFrom = windowStart(quietDays, now);
  const bySource = new Map<string, SourceHealthDay[]>();
  for (const row of rows) bySource.set(row.sourceId, [...(bySource.get(row.sourceId) ?? []), row]);
  return [...bySource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sourceId, days]) => {
      const ordered = [...days].sort((a, b) => (a.day < b.day ? -1 : 1));
      const total = ordered.reduce<HealthTally>((sum, day) => addTallies(sum, day), EMPTY_TALLY);
      const lastStored = [...ordered].reverse().find((d) => d.stored > 0)?.day ?? null;
      return { sourceId, ...total, days: ordered, lastStored, silent: lastStored !== null && lastStored < quietFrom };
    });
}
