/**
 * A full date in a URL path: /2025/03/01/, /2025-03-01-, /20250301/, and a path segment that is
 * (or ends in) a day-first date, "/meldungen/01-03-2025". Year and month alone give no day.
 */
import { stated, type StatedDate } from './calendar.js';

const SEPARATED = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/;
const COMPACT = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/;
const DAY_FIRST = /[/_-](\d{1,2})[.-](\d{1,2})[.-]((?:19|20)\d{2})(?:[/_]|\.html?|$)/;

export function dateInUrl(url: string | null | undefined): StatedDate | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  if (m) return stated(Number(m[1]), Number(m[2]), Number(m[3]));
  const dmy = DAY_FIRST.exec(path);
  return dmy ? stated(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : null;
}
