import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuery, makeSnippet, snippetMaker } from '../../../shared/domain/search/index.js';
import { WordScanner } from '../../../shared/domain/search/word-scan.js';
import * as reference from './snippet-reference.js';

/** Words the queries below look for, in the cases and inflections texts write them. */
const WORDS = [
  'dubbing', 'Dubbing', 'DUBBING', 'dubbed', 'film', 'films', 'Film', 'festival', 'Festivals', 'carpet', 'weaving',
  'museum', 'opera', 'Baku', 'jazz', 'harp', 'Rəhimova', 'Rahimova', 'Azərbaycan', 'Azerbaycan', 'Şəki', 'Sheki',
  'xalq', 'Xalq', 'Gabala', 'Qəbələ', 'дубляж', 'Дубляжа', 'Рагимова', 'ёлка', 'École', 'e\u0301cole', 'straße',
  '漢字', 'x', 'a', 'the', 'and', 'of', '2024', 'w\u0301', 'İstanbul', 'ı',
];
/** What lies between words, and odd things inside them. */
const GAPS = [' ', ' ', ' ', ', ', '. ', '\n\n', ' — ', ' & ', ' <b>', '</b> ', ' "', '" ', "'", '-', '…', '\u{1f600}', '\ud800', '\u0000', '\u00a0'];
const ODD = ['\u0301', '\u{1d49c}', '\ue000', '\u{20000}', '\udc00', '½', '²'];

const QUERIES = [
  '"dubbing"', 'dubbing festival', 'film', 'rahimova dub*', 'дубляж', 'Azerbaycan', 'sheki OR gabala', 'film -dubbing',
  '"carpet weaving"', 'title:harp', 'carpet NEAR/3 museum', 'xalq', 'şəki', 'ə*', '', 'fest*', '"baku jazz" OR opera',
  'Рагимова', 'x*', '漢字', 'école', 'straße', 'istanbul', 'a',
];
const LANGUAGES = ['en', 'az', 'ru', 'tr-TR', 'AZ_az', ''];

const token = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) });
/** Texts of up to 150 words: past the 30-word window, with words repeated. */
const text = fc.array(fc.tuple(token, fc.constantFrom(...GAPS)), { maxLength: 150, size: 'max' }).map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('snippets are the same as before the char-code scanner', () => {
  it('for every query and language, with one maker serving several hits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUERIES), fc.array(fc.tuple(text, fc.constantFrom(...LANGUAGES)), { minLength: 1, maxLength: 5 }), (query, hits) => {
        const made = snippetMaker(compileQuery(query));
        const expected = reference.snippetMaker(compileQuery(query));
        for (const [body, language] of hits) expect(made(body, language)).toBe(expected(body, language));
      }),
      { numRuns: 600 },
    );
  });

  it('for any predicate on words, as makeSnippet is called directly', () => {
    fc.assert(
      fc.property(text, fc.nat({ max: 4 }), (body, rule) => {
        // Predicates of different kinds: by spelling, by length, on case, always, never.
        const isMatch = [(w: string) => w === 'film' || w === 'Rəhimova', (w: string) => w.length % 3 === 0, (w: string) => w !== w.toLowerCase(), () => true, () => false][rule]!;
        expect(makeSnippet(body, isMatch)).toBe(reference.makeSnippet(body, isMatch));
      }),
      { numRuns: 1000 },
    );
  });

  it('tells apart words of equal hash', () => {
    // Two words whose FNV-1a hashes are equal: the memo must compare the words themselves.
    const [a, b] = ['yaczf', 'glbpp'];
    const hashes = [a, b].map((word) => {
      const scanner = new WordScanner();
      scanner.reset(word);
      scanner.next();
      return scanner.hash;
    });
    expect(hashes[0]).toBe(hashes[1]);
    const body = `${a} ${b} ${a} ${b}`;
    expect(makeSnippet(body, (w) => w === b)).toBe(`${a} <mark>${b}</mark> ${a} <mark>${b}</mark>`);
    const made = snippetMaker(compileQuery(a));
    expect([made(body, 'en'), made(`${b} ${a}`, 'en')]).toEqual([`<mark>${a}</mark> ${b} <mark>${a}</mark> ${b}`, `${b} <mark>${a}</mark>`]);
  });

  it('for more distinct words than a maker, or the analysed-word cache, remembers', () => {
    const many = Array.from({ length: 55_000 }, (_, i) => `w${i.toString(36)}`);
    const body = [...many, 'film', ...many.slice(0, 50), 'film', 'film'].join(' ');
    const made = snippetMaker(compileQuery('film OR w1 OR wzz'));
    const expected = reference.snippetMaker(compileQuery('film OR w1 OR wzz'));
    expect(made(body, 'en')).toBe(expected(body, 'en'));
    expect(made(body.split(' ').reverse().join(' '), 'en')).toBe(expected(body.split(' ').reverse().join(' '), 'en'));
  });
});

/** The bench corpus as `npm run bench:search` caches it (present after one bench run). */
const BENCH_DOCS = join(tmpdir(), 'culture-index-bench-docs-100000.jsonl');

describe.runIf(existsSync(BENCH_DOCS))('snippets of the bench corpus are the same as before', () => {
  it('on the first 2,000 bodies, each with queries made of its own words', () => {
    const docs = readFileSync(BENCH_DOCS, 'utf8')
      .split('\n', 2000)
      .map((line) => (JSON.parse(line) as { doc: { text: string; summary: string; language: string } }).doc);
    let compared = 0;
    docs.forEach((doc, d) => {
      const body = doc.text || doc.summary;
      const words = body.match(/[\p{L}\p{N}]+/gu) ?? [];
      const pick = (k: number): string => words[(d * 31 + k * 17) % Math.max(1, words.length)] ?? 'film';
      const queries = [pick(1), `${pick(2).slice(0, 3)}* -${pick(7)}`, `"${pick(3)} ${pick(4)}" OR ${pick(5)}`];
      for (const query of queries) {
        expect(snippetMaker(compileQuery(query))(body, doc.language)).toBe(reference.snippetMaker(compileQuery(query))(body, doc.language));
        compared += 1;
      }
    });
    expect(compared).toBe(docs.length * 3);
  });
});
