/**
 * A full date in a URL path: /2025/03/01/, /2025-03-01-, /20250301/, /01/03/2025/ is not read
 * (day-month order in paths is too rare to trust). Year and month alone give no day.
 */
import { stated, type StatedDate } from './calendar.js';

const SEPARATED = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/;
const COMPACT = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/;

export function dateInUrl(url: string | null | undefined): StatedDate | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  return m ? stated(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
