/**
 * Date normalisation. Every date leaves the parser as ISO 8601 in UTC with a "Z" zone and whole
 * seconds ("2025-03-01T06:00:00Z"), so dates from different outlets sort and compare as strings.
 * Choices, documented because pages are ambiguous:
 * - a date-only value ("2025-03-01", "1 March 2025", "/2025/03/01/" in a URL) becomes midnight UTC;
 * - a date-time without a zone is taken as UTC;
 * - an explicit offset is honoured and converted to UTC.
 * The readers live in dates/ (value.ts for one value, url-date.ts for URLs, publication.ts for a
 * whole page); these two functions keep the one-value API.
 */
import { isoOf } from './dates/calendar.js';
import { dateInUrl } from './dates/url-date.js';
import { parseDateValue } from './dates/value.js';

/** Normalise a date string found on a page; null when it cannot be read with confidence. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const date = parseDateValue(raw);
  return date ? isoOf(date) : null;
}

/** Date in a URL path: /2025/03/01/, /2025-03-01-, /20250301/. Midnight UTC. */
export function dateFromUrl(url: string | null | undefined): string | null {
  const date = dateInUrl(url);
  return date ? isoOf(date) : null;
}
