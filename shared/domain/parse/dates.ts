/**
 * Date normalisation. Every date leaves the parser as ISO 8601 in UTC with a "Z" zone and whole
 * seconds ("2025-03-01T06:00:00Z"), so dates from different outlets sort and compare as strings.
 * Choices, documented because pages are ambiguous:
 * - a date-only value ("2025-03-01", "1 March 2025", "/2025/03/01/" in a URL) becomes midnight UTC;
 * - a date-time without a zone is taken as UTC;
 * - an explicit offset is honoured and converted to UTC.
 */

const MONTHS: Readonly<Record<string, number>> = buildMonths();

function buildMonths(): Record<string, number> {
  const names: readonly (readonly string[])[] = [
    ['jan', 'january', 'yanvar', 'января', 'январь', 'ocak'],
    ['feb', 'february', 'fevral', 'февраля', 'февраль', 'şubat'],
    ['mar', 'march', 'mart', 'марта', 'март'],
    ['apr', 'april', 'aprel', 'апреля', 'апрель', 'nisan'],
    ['may', 'may', 'мая', 'май', 'mayıs'],
    ['jun', 'june', 'iyun', 'июня', 'июнь', 'haziran'],
    ['jul', 'july', 'iyul', 'июля', 'июль', 'temmuz'],
    ['aug', 'august', 'avqust', 'августа', 'август', 'ağustos'],
    ['sep', 'sept', 'september', 'sentyabr', 'сентября', 'сентябрь', 'eylül'],
    ['oct', 'october', 'oktyabr', 'октября', 'октябрь', 'ekim'],
    ['nov', 'november', 'noyabr', 'ноября', 'ноябрь', 'kasım'],
    ['dec', 'december', 'dekabr', 'декабря', 'декабрь', 'aralık'],
  ];
  const out: Record<string, number> = {};
  names.forEach((list, index) => {
    for (const name of list) out[name] = index + 1;
  });
  return out;
}

function validParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return y >= 1970 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 24 && mi < 60 && s <= 60;
}

function fromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMinutes = 0): string | null {
  if (!validParts(y, mo, d, h, mi, s)) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  // Reject day overflow (31 February) instead of silently rolling into the next month.
  if (offsetMinutes === 0 && date.getUTCDate() !== d && h < 24) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function offsetOf(zone: string | undefined): number | null {
  if (!zone || zone === 'Z' || zone === 'z' || /^(UTC|GMT)$/i.test(zone)) return 0;
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?/i;
const DMY_NUMERIC = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[,\s|-]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const TIME = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?/i;

function timeIn(text: string): { h: number; mi: number; s: number; offset: number } {
  const m = TIME.exec(text);
  if (!m) return { h: 0, mi: 0, s: 0, offset: 0 };
  let h = Number(m[1]);
  const ampm = m[4]?.toLowerCase();
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return { h, mi: Number(m[2]), s: Number(m[3] ?? 0), offset: offsetOf(m[5]) ?? 0 };
}

function monthFromWord(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Normalise a date string found on a page; null when it cannot be read with confidence. */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  if (!text || text.length > 200) return null;

  const iso = ISO.exec(text);
  if (iso) {
    const offset = offsetOf(iso[7]);
    return fromParts(
      Number(iso[1]), Number(iso[2]), Number(iso[3]),
      Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0), offset ?? 0,
    );
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    // Unix epoch seconds or milliseconds.
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const dmy = DMY_NUMERIC.exec(text);
  if (dmy) {
    return fromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), Number(dmy[4] ?? 0), Number(dmy[5] ?? 0), Number(dmy[6] ?? 0));
  }
  return wordDate(text);
}

/** "1 March 2025", "March 1, 2025 10:00 GMT", "Sat, 01 Mar 2025 10:00:00 +0000", "1 марта 2025". */
function wordDate(text: string): string | null {
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
      month = monthFromWord(word);
    }
    if (day !== undefined && month !== undefined && year !== undefined) break;
  }
  if (day === undefined || month === undefined || year === undefined) return null;
  // Only the part after the year can hold the time; numbers before it were the date.
  const afterYear = text.slice(text.indexOf(String(year)) + 4);
  const { h, mi, s, offset } = timeIn(afterYear);
  return fromParts(year, month, day, h, mi, s, offset);
}

/** Date in a URL path: /2025/03/01/, /2025-03-01-, /20250301/. Midnight UTC. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(url);
  if (!m) return null;
  return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}
