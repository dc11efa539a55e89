/**
 * A date as a page states it, and its two readings: the instant in UTC (ISO 8601 with "Z",
 * whole seconds, so dates from different outlets sort as strings) and the calendar day in the
 * page's own time zone (the day the outlet says it published, which analysts and the
 * publication-date benchmark count; converting to UTC would move late-evening stories a day).
 */

export interface StatedDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC; 0 when the page gives no zone (taken as UTC). */
  readonly offsetMinutes: number;
}

export interface DateReading {
  /** The instant, UTC: "2025-03-01T06:00:00Z". */
  readonly iso: string;
  /** The day as stated on the page: "2025-03-01". */
  readonly day: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function validParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (!(y >= 1970 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && h <= 24 && mi < 60 && s <= 60)) return false;
  // Reject day overflow (31 February) instead of silently rolling into the next month.
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export function stated(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMinutes = 0): StatedDate | null {
  if (!validParts(y, mo, d, h, mi, s)) return null;
  return { year: y, month: mo, day: d, hour: h, minute: mi, second: s, offsetMinutes };
}

export function dayOf(date: StatedDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function isoOf(date: StatedDate): string {
  const ms = Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute, date.second) - date.offsetMinutes * 60_000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function reading(date: StatedDate): DateReading {
  return { iso: isoOf(date), day: dayOf(date) };
}

/** A date from Unix epoch seconds or milliseconds: the page gives no zone, so the day is UTC's. */
export function fromEpoch(ms: number): StatedDate | null {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return stated(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}
