import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD } from '../../../shared/domain/search/text-keys.js';
import { WordScanner } from '../../../shared/domain/search/word-scan.js';

/** Pieces of text of every kind the scanner classifies differently. */
const PIECES = [
  'a', 'Z', '7', ' ', '.', ',', '-', '_', "'", '"', '<', '&', '\n', '\t', '\u0000', '\u00a0',
  'é', 'ß', '×', '½', '²', 'ə', 'Ə', 'ı', 'İ', 'ş', 'ç', 'ğ', 'ö', 'ü', 'x', // Latin-1 and Azerbaijani
  'д', 'Ж', 'ё', 'й', // Cyrillic
  '\u0301', '\u0308', '\u20dd', // combining marks (category M), alone or after a letter
  '\u0663', '\u2167', // an Arabic-Indic digit (Nd) and a Roman numeral (Nl)
  '漢', '字', 'の', // CJK and kana
  '\ue000', '\uf8ff', '\u{f0000}', // private use, basic and supplementary planes (Co)
  '\u{1d49c}', '\u{20000}', '\u{10400}', // supplementary letters: math script, CJK extension B, Deseret
  '\u{1f600}', '\u{1f1e6}', '\u200d', // emoji, a regional indicator and ZWJ (no word characters)
  '\ud800', '\udbff', '\udc00', '\udfff', // lone surrogates, high and low
];

const mixedText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'binary-ascii', maxLength: 4 })), { maxLength: 40, size: 'max' }).map((parts) => parts.join(''));

/** The words WORD finds, as [start, end] pairs. */
function regexSpans(text: string): [number, number][] {
  return [...text.matchAll(new RegExp(WORD.source, WORD.flags))].map((m) => [m.index, m.index + m[0].length]);
}

function scannedSpans(text: string, from = 0): [number, number][] {
  const scanner = new WordScanner();
  scanner.reset(text, from);
  const spans: [number, number][] = [];
  while (scanner.next()) spans.push([scanner.start, scanner.end]);
  return spans;
}

/** FNV-1a over the code units of a string, written out plainly. */
function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

describe('WordScanner', () => {
  it('finds exactly the words WORD finds, on texts of every alphabet, mark, surrogate and control', () => {
    fc.assert(fc.property(mixedText, (text) => {
      expect(scannedSpans(text)).toEqual(regexSpans(text));
    }), { numRuns: 3000 });
  });

  it('finds exactly the words WORD finds on arbitrary code units', () => {
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(fc.property(units, (text) => {
      expect(scannedSpans(text)).toEqual(regexSpans(text));
    }), { numRuns: 3000 });
  });

  it('hashes each word by its code units, so equal words hash alike wherever they are', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const scanner = new WordScanner();
        scanner.reset(text);
        while (scanner.next()) expect(scanner.hash).toBe(fnv1a(text.slice(scanner.start, scanner.end)));
      }),
    );
  });

  it('resumes from the end of any word as a scan from the start would go on', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(), (text, pick) => {
        const spans = regexSpans(text);
        if (spans.length === 0) return;
        const k = pick % spans.length;
        expect(scannedSpans(text, spans[k]![1])).toEqual(spans.slice(k + 1));
      }),
    );
  });

  it('keeps a supplementary-plane letter whole and splits at an emoji or a lone surrogate', () => {
    expect(scannedSpans('a\u{1d49c}b \u{1f600}c\ud800d\udc00e')).toEqual([[0, 4], [7, 8], [9, 10], [11, 12]]);
    expect(scannedSpans('e\u0301 x')).toEqual([[0, 2], [3, 4]]);
  });
});
