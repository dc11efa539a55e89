import { describe, expect, it } from 'vitest';
import { bootstrapSd, corpusScore, pageCounts, scorePage, shingles, tokenize } from '../../../bench/lib/article-metric.js';

describe('article metric (benchmark README definition)', () => {
  it('tokenizes like Python re.findall(r"\\w+"): letters, digits, underscore; marks and punctuation split', () => {
    expect(tokenize("Don't stop_me, 3.14!")).toEqual(['Don', 't', 'stop_me', '3', '14']);
    expect(tokenize('Şuşa muğam gecəsi')).toEqual(['Şuşa', 'muğam', 'gecəsi']);
    expect(tokenize('東京都に住む')).toEqual(['東京都に住む']);
    // U+0301 COMBINING ACUTE is category Mn: not \w in Python, so it splits the token.
    expect(tokenize('cafe\u0301s')).toEqual(['cafe', 's']);
    // U+203F UNDERTIE is Pc but not "_": not \w in Python.
    expect(tokenize('a\u203Fb')).toEqual(['a', 'b']);
    expect(tokenize('— … ')).toEqual([]);
  });

  it('makes 4-gram shingles, one shingle for 1–3 tokens, none for no tokens', () => {
    expect([...shingles(['a', 'b', 'c', 'd', 'e']).values()]).toEqual([1, 1]);
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
    const repeated = shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect(Math.max(...repeated.values())).toBe(2);
  });

  it('normalises per-page counts by their sum', () => {
    // truth shingles: abcd, bcde; prediction: abcd, bcdx → TP 1, FP 1, FN 1 → thirds.
    const counts = pageCounts('a b c d x', 'a b c d e');
    expect(counts.tp).toBeCloseTo(1 / 3);
    expect(counts.fp).toBeCloseTo(1 / 3);
    expect(counts.fn).toBeCloseTo(1 / 3);
  });

  it('scores a perfect page 1/1 and an empty prediction 0 recall, left out of precision', () => {
    const perfect = scorePage('One two three four five.', 'one two three four five'.replace('one', 'One'));
    expect(perfect).toMatchObject({ precision: 1, recall: 1, exact: true });
    const empty = scorePage('', 'a b c d e');
    expect(empty.recall).toBe(0);
    expect(empty.tp + empty.fp).toBe(0);
    const corpus = corpusScore([perfect, empty]);
    expect(corpus.precision).toBe(1); // only the non-empty prediction counts
    expect(corpus.recall).toBe(0.5);
    expect(corpus.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(corpus.accuracy).toBe(0.5);
  });

  it('computes F1 from the mean P and R, not as a mean of page F1', () => {
    const a = scorePage('a b c d x', 'a b c d e'); // P .5 R .5
    const b = scorePage('a b c d e f g', 'a b c d'); // P 1/4, R 1
    const corpus = corpusScore([a, b]);
    const p = (a.precision + b.precision) / 2;
    const r = (a.recall + b.recall) / 2;
    expect(corpus.f1).toBeCloseTo((2 * p * r) / (p + r));
  });

  it('bootstraps a reproducible standard deviation with a seed', () => {
    const pages = [scorePage('a b c d', 'a b c d'), scorePage('x y z w', 'a b c d'), scorePage('a b c d e', 'a b c d')];
    const one = bootstrapSd(pages, 1000, 7);
    expect(bootstrapSd(pages, 1000, 7)).toEqual(one);
    expect(one.f1).toBeGreaterThan(0);
    expect(bootstrapSd([pages[0]!], 100, 7).f1).toBe(0);
  });
});
