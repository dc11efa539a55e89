/**
 * HTML character references, decoded after the DOM is built. The DOM is built with entity
 * decoding off (it is a sixth of the tokenizer's time), so only the few strings the parser
 * returns get decoded. Named references are looked up once each through the HTML parser itself
 * (complete table, no copy of it here) and remembered.
 */
import { load } from 'cheerio/slim';

const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31})(;?)/g;
// The named references HTML still honours without the closing semicolon (the spec's table lists
// these 106 both with and without ";"); "&laquo Previous" and "&notit" (¬ then "it") are decoded.
const LEGACY = new Set(
  (
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml LT ' +
    'Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig ' +
    'agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 ' +
    'frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm ' +
    'oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml ' +
    'uuml yacute yen yuml'
  ).split(' '),
);
const LONGEST_LEGACY = 6;

/** The longest legacy name that starts `name` ("notit" → "not"), or null. */
function legacyPrefix(name: string): string | null {
  for (let length = Math.min(LONGEST_LEGACY, name.length - 1); length >= 2; length--) {
    const prefix = name.slice(0, length);
    if (LEGACY.has(prefix)) return prefix;
  }
  return null;
}
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
    if (semicolon || LEGACY.has(ref)) {
      const value = namedReference(ref, budget);
      if (value !== null) return value;
    }
    // An unknown (or semicolon-less) name that starts with a legacy one: that one, then the rest.
    const prefix = legacyPrefix(ref);
    if (prefix === null) return whole;
    const value = namedReference(prefix, budget);
    return value === null ? whole : value + whole.slice(prefix.length + 1);
  });
}
