/**
 * Reading one date value: a meta content, a JSON-LD field, a datetime attribute or a short text
 * such as "1 March 2025, 10:00". Accepted forms: ISO 8601 (with or without time and zone,
 * "T" or space), "2025/03/01", "20250301", Unix epoch seconds or milliseconds, day-month-year
 * with dots, slashes or dashes (month-first when the day-first reading is impossible), and
 * day/month-word/year in any order of the languages in months.ts.
 */
import { fromEpoch, stated, type StatedDate } from './calendar.js';
import { monthNumber } from './months.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?/i;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(?:Z|[+-]\d{4})?$/;
const DMY_NUMERIC = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)(?:[,\s|-]+(\d{1,2})[:.h](\d{2})(?::(\d{2}))?)?/;
const TIME = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?/i;

/** Minutes east of UTC of a zone designator; null when it is not one. */
export function offsetOf(zone: string | undefined): number | null {
  if (!zone || zone === 'Z' || zone === 'z' || /^(UTC|GMT)$/i.test(zone)) return 0;
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

interface ClockTime {
  readonly h: number;
  readonly mi: number;
  readonly s: number;
  readonly offset: number;
}

function timeIn(text: string): ClockTime {
  const m = TIME.exec(text);
  if (!m) return { h: 0, mi: 0, s: 0, offset: 0 };
  let h = Number(m[1]);
  const ampm = m[4]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return { h, mi: Number(m[2]), s: Number(m[3] ?? 0), offset: offsetOf(m[5]) ?? 0 };
}

/** Parse one date value; null when it cannot be read with confidence. */
export function parseDateValue(raw: string | null | undefined): StatedDate | null {
  if (!raw) return null;
  const text = raw.trim();
  if (!text || text.length > 200) return null;

  const iso = ISO.exec(text);
  if (iso) {
    return stated(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0), offsetOf(iso[7]) ?? 0);
  }
  const slash = YMD_SLASH.exec(text);
  if (slash) {
    const t = timeIn(text.slice(10));
    return stated(Number(slash[1]), Number(slash[2]), Number(slash[3]), t.h, t.mi, t.s, t.offset);
  }
  if (/^\d{10}(\d{3})?$/.test(text)) return fromEpoch(text.length === 13 ? Number(text) : Number(text) * 1000);
  const compact = COMPACT.exec(text);
  if (compact) return stated(Number(compact[1]), Number(compact[2]), Number(compact[3]), Number(compact[4] ?? 0), Number(compact[5] ?? 0), Number(compact[6] ?? 0));
  const dmy = DMY_NUMERIC.exec(text);
  if (dmy) {
    const [a, b] = [Number(dmy[1]), Number(dmy[2])];
    // Day first as most of the world writes it; month first only when day-first is impossible (US "12/31/2025").
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    const t = dmy[4] ? { h: Number(dmy[4]), mi: Number(dmy[5]), s: Number(dmy[6] ?? 0), offset: 0 } : timeIn(text.slice(dmy.index + dmy[0].length));
    return stated(Number(dmy[3]), month, day, t.h, t.mi, t.s, t.offset);
  }
  return wordDate(text);
}

/** "1 March 2025", "March 1, 2025 10:00 GMT", "Sat, 01 Mar 2025 10:00:00 +0000", "1 марта 2025". */
function wordDate(text: string): StatedDate | null {
  const words = text.match(/[\p{L}.]+|\d+/gu) ?? [];
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    if (/^\d+$/.test(word)) {
      const n = Number(word);
      if (word.length === 4 && year === undefined) year = n;
      else if (word.length <= 2 && day === undefined && n >= 1 && n <= 31) day = n;
    } else if (month === undefined) {
      month = monthNumber(word);
    }
    if (day !== undefined && month !== undefined && year !== undefined) break;
  }
  if (day === undefined || month === undefined || year === undefined) return null;
  // Only the part after the year can hold the time; numbers before it were the date.
  const t = timeIn(text.slice(text.indexOf(String(year)) + 4));
  return stated(year, month, day, t.h, t.mi, t.s, t.offset);
}
