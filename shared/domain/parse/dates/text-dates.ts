/**
 * Date expressions in running text ("Veröffentlicht am 5. Mai 2017", "March 5th, 2017",
 * "5 марта 2017 г.", "05.03.2017", "2017-03-05", "2017年3月5日"), with their positions. Month
 * words come from the per-language tables in months.ts; numeric dates are read day-first except
 * where the page's language writes month first (US English) or day-first is impossible.
 */
import { stated, type StatedDate } from './calendar.js';
import { monthNumber } from './months.js';

export interface TextDate {
  readonly date: StatedDate;
  /** Offset of the expression in the text, and its end. */
  readonly start: number;
  readonly end: number;
}

export interface TextDateOptions {
  /** Read ambiguous "03/05/2017" as March 5 (US English) rather than 3 May. */
  readonly monthFirst?: boolean;
}

type Reader = (m: RegExpExecArray, options: TextDateOptions) => StatedDate | null;

const L = '\\p{L}';
const ORDINAL = '(?:\\.|st|nd|rd|th|er|º|°|-?(?:ci|cı|cu|cü|inci|ıncı|nci))?';

/** Two-digit years on dotted dates ("05.03.17") are this century's or the late last one's. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n >= 90 ? 1900 + n : 2000 + n;
}

function dayMonth(a: number, b: number, year: number, monthFirst: boolean): StatedDate | null {
  const first = monthFirst ? stated(year, a, b) : stated(year, b, a);
  return first ?? (monthFirst ? stated(year, b, a) : stated(year, a, b));
}

const FULL_YEAR = /(?:19|20)\d{2}/;
// 05.03.2017, 5. 3. 2017, 05.03.17
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])(?!\.\d)/gu;

const PATTERNS: readonly [RegExp, Reader][] = [
  // 2017-03-05, 2017/03/05, 2017.03.05
  [/(?<![\d.\/-])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu, (m) => stated(Number(m[1]), Number(m[3]), Number(m[4]))],
  [DOTTED, (m) => stated(fullYear(m[3]!), Number(m[2]), Number(m[1]))],
  // 05/03/2017, 05-03-2017
  [/(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})(?![\d])/gu, (m, o) => dayMonth(Number(m[1]), Number(m[3]), Number(m[4]), o.monthFirst ?? false)],
  // 5 March 2017, 5. März 2017, 5 de marzo de 2017, 5-Mar-2017, 5 марта 2017
  [
    new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}\\s*(?:de\\s+|-|\\s)?\\s*(${L}{3,}\\.?)\\s*(?:de\\s+|del\\s+|-|,)?\\s*((?:19|20)\\d{2})(?!\\d)`, 'giu'),
    (m) => {
      const month = monthNumber(m[2]!);
      return month ? stated(Number(m[3]), month, Number(m[1])) : null;
    },
  ],
  // March 5, 2017; Mar. 5th 2017; mayo 5, 2017
  [
    new RegExp(`(?<![${L}])(${L}{3,}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu'),
    (m) => {
      const month = monthNumber(m[1]!);
      return month ? stated(Number(m[3]), month, Number(m[2])) : null;
    },
  ],
  // 2017年3月5日, 2017년 3월 5일
  [/((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})/gu, (m) => stated(Number(m[1]), Number(m[2]), Number(m[3]))],
];

/** Every date expression in the text, in order of position (overlaps resolved to the earlier). */
export function findTextDates(text: string, options: TextDateOptions = {}): TextDate[] {
  if (!/\d/.test(text)) return [];
  // Every pattern but the dotted one spells the year in four digits, 19xx or 20xx: most texts
  // with a digit ("5 comments", "page 2") have none, and one cheap scan spares them those patterns.
  const hasFullYear = FULL_YEAR.test(text);
  const found: TextDate[] = [];
  for (const [pattern, read] of PATTERNS) {
    if (!hasFullYear && pattern !== DOTTED) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const date = read(m, options);
      if (date) found.push({ date, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextDate[] = [];
  for (const item of found) {
    const last = out[out.length - 1];
    if (last && item.start < last.end) continue;
    out.push(item);
  }
  return out;
}
