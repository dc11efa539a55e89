/**
 * The words of a text as WORD finds them, scanned over char codes: no match object and no string
 * per word. Snippets scan whole bodies for every hit of a page, and the regex's match arrays and
 * word slices were most of their cost.
 */
import { WORD } from './text-keys.js';

/** WORD for one code point: every class is decided by the very property test of WORD. */
const WORD_CHAR = new RegExp(`^${WORD.source}$`, 'u');

const UNKNOWN = 0;
const IN_WORD = 1;
const NOT_IN_WORD = 2;
/** The first half of a surrogate pair: the pair's code point decides. */
const HIGH_SURROGATE = 3;

/** Classes of the basic plane's code units, each decided once, on first sight. */
const basicClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c += 1) {
  const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  basicClass[c] = alnum ? IN_WORD : NOT_IN_WORD;
}
basicClass.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
// A low surrogate met on its own is no character: a lone one is no part of a word (category Cs).
basicClass.fill(NOT_IN_WORD, 0xdc00, 0xe000);

/** Supplementary-plane code points seen so far (letters of historic scripts, CJK extensions, emoji…). */
const supplementaryInWord = new Map<number, boolean>();

function supplementaryIsInWord(codePoint: number): boolean {
  let known = supplementaryInWord.get(codePoint);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(codePoint));
    supplementaryInWord.set(codePoint, known);
  }
  return known;
}

/**
 * Code units of the word character at `i` (2 for a surrogate pair), 0 when it is none, for the
 * units the table does not settle: those not yet seen and high surrogates.
 */
function unsettledUnitsAt(text: string, i: number, unit: number): number {
  if (basicClass[unit] === UNKNOWN) {
    const inWord = WORD_CHAR.test(String.fromCharCode(unit));
    basicClass[unit] = inWord ? IN_WORD : NOT_IN_WORD;
    return inWord ? 1 : 0;
  }
  const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (low < 0xdc00 || low > 0xdfff) return 0;
  return supplementaryIsInWord(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ? 2 : 0;
}

/** Code units of the word character at `i` (2 for a surrogate pair), 0 when it is none. */
function wordUnitsAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  const kind = basicClass[unit];
  if (kind === IN_WORD) return 1;
  return kind === NOT_IN_WORD ? 0 : unsettledUnitsAt(text, i, unit);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A cursor over the words of a text: `next()` moves to the next word and sets `start`, `end` and
 * `hash` (FNV-1a over the word's code units, so equal words hash alike without being sliced out).
 */
export class WordScanner {
  start = 0;
  end = 0;
  hash = 0;
  private text = '';
  private position = 0;

  /** Scans `text` from `from`, which must not be inside a word or a surrogate pair. */
  reset(text: string, from = 0): void {
    this.text = text;
    this.position = from;
  }

  next(): boolean {
    const text = this.text;
    const length = text.length;
    let i = this.position;
    let units = 0;
    // A non-word surrogate pair is skipped one unit at a time: its low half alone is no word either.
    while (i < length && (units = wordUnitsAt(text, i)) === 0) i += 1;
    if (i >= length) {
      this.position = length;
      return false;
    }
    const start = i;
    let hash = FNV_OFFSET;
    do {
      hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
      if (units === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += units;
    } while (i < length && (units = wordUnitsAt(text, i)) > 0);
    this.start = start;
    this.end = i;
    this.hash = hash;
    this.position = i;
    return true;
  }
}
