/**
 * HTML character references, decoded after the DOM is built. The DOM is built with entity
 * decoding off (it is a sixth of the tokenizer's time), so only the few strings the parser
 * returns get decoded. Named references are looked up once each through the HTML parser itself
 * (complete table, no copy of it here) and remembered.
 */
import { load } from 'cheerio/slim';

const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31})(;?)/g;
// References that HTML still honours without the closing semicolon (in text).
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT']);
// Numeric references 128–159 mean windows-1252 characters (HTML spec).
const WINDOWS_1252: Readonly<Record<number, number>> = {
  128: 0x20ac, 130: 0x201a, 131: 0x0192, 132: 0x201e, 133: 0x2026, 134: 0x2020, 135: 0x2021, 136: 0x02c6,
  137: 0x2030, 138: 0x0160, 139: 0x2039, 140: 0x0152, 142: 0x017d, 145: 0x2018, 146: 0x2019, 147: 0x201c,
  148: 0x201d, 149: 0x2022, 150: 0x2013, 151: 0x2014, 152: 0x02dc, 153: 0x2122, 154: 0x0161, 155: 0x203a,
  156: 0x0153, 158: 0x017e, 159: 0x0178,
};
const named = new Map<string, string>();

function numeric(ref: string): string {
  const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  const mapped = WINDOWS_1252[code] ?? code;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(mapped);
}

/** New names looked up at most per budget: a page of made-up "&xyz;" names must stay cheap. */
const MAX_LOOKUPS = 64;

/** How many uncached names a caller may still look up; share one across a page's paragraphs. */
export interface LookupBudget {
  left: number;
}

export function lookupBudget(): LookupBudget {
  return { left: MAX_LOOKUPS };
}

function namedReference(name: string, budget: LookupBudget): string | null {
  let value = named.get(name);
  if (value === undefined) {
    if (budget.left <= 0) return null;
    budget.left--;
    value = load(`&${name};`, { xml: false }).root().text();
    if (named.size < 5000) named.set(name, value);
  }
  return value === `&${name};` ? null : value;
}

export function decodeEntities(text: string, budget: LookupBudget = lookupBudget()): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, ref: string, semicolon: string) => {
    if (ref[0] === '#') return numeric(ref);
    if (!semicolon && !LEGACY.has(ref)) return whole;
    return namedReference(ref, budget) ?? whole;
  });
}
