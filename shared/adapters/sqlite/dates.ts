import { ValidationError } from '../../domain/errors.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A publishedAt as a sortable UTC instant string, or null when absent or unreadable. */
export function toUtcInstant(value: string | null): string | null {
  if (value === null) return null;
  // A date-time without zone would be read in the server's zone; the model means UTC then.
  const zoned = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;
  const time = Date.parse(zoned);
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString();
  // Years beyond 9999 would sort wrongly as strings; such dates are errors anyway.
  return iso.length === 24 ? iso : null;
}

/** Start of a calendar day, or null for impossible dates such as 2024-02-31. */
function dayStart(date: string): string | null {
  const instant = toUtcInstant(`${date}T00:00:00.000Z`);
  return instant !== null && instant.startsWith(date) ? instant : null;
}

/** Lower bound of an inclusive from-filter: a date means the start of that UTC day. */
export function lowerBound(from: string): string {
  const instant = DATE_ONLY.test(from) ? dayStart(from) : toUtcInstant(from);
  if (instant === null) throw new ValidationError('Invalid from date', [{ path: 'from', message: 'expected an ISO date or instant' }]);
  return instant;
}

/** Upper bound of an inclusive to-filter, as an exclusive limit when a whole day is meant. */
export function upperBound(to: string): { readonly value: string; readonly inclusive: boolean } {
  if (DATE_ONLY.test(to)) {
    const start = dayStart(to);
    if (start === null) throw new ValidationError('Invalid to date', [{ path: 'to', message: 'expected an ISO date or instant' }]);
    const next = new Date(Date.parse(start) + 86_400_000).toISOString();
    // The day after 9999-12-31 has a six-digit year that would sort before every stored date.
    return next.length === 24 ? { value: next, inclusive: false } : { value: '9999-12-31T23:59:59.999Z', inclusive: true };
  }
  const instant = toUtcInstant(to);
  if (instant === null) throw new ValidationError('Invalid to date', [{ path: 'to', message: 'expected an ISO date or instant' }]);
  return { value: instant, inclusive: true };
}
