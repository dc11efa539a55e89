import { describe, expect, it } from 'vitest';
import { isWordCandidate, logLikelihood, rankSignificantTerms } from '../../shared/domain/significance.js';

describe("Dunning's log-likelihood", () => {
  it('matches a value worked by hand', () => {
    // a=10 of 20 foreground docs; 20 of 980 others: G² = 2 Σ O ln(O/E) over the 2×2 table.
    const n = 1000;
    const cells = [
      [10, (20 * 30) / n],
      [10, (20 * 970) / n],
      [20, (980 * 30) / n],
      [960, (980 * 970) / n],
    ] as const;
    const expected = 2 * cells.reduce((sum, [o, e]) => sum + o * Math.log(o / e), 0);
    expect(logLikelihood(10, 20, 30, 1000)).toBeCloseTo(expected, 9);
  });

  it('is 0 for words no more frequent in the foreground than elsewhere, and for empty input', () => {
    expect(logLikelihood(1, 100, 100, 1000)).toBe(0);
    expect(logLikelihood(0, 0, 0, 0)).toBe(0);
    expect(logLikelihood(5, 5, 5, 5)).toBe(0);
  });

  it('ranks words, leaving out rare ones, numbers and single letters', () => {
    const ranked = rankSignificantTerms(
      {
        sampled: 20,
        total: 1000,
        terms: [
          { term: 'dubbing', docCount: 15, bgCount: 16 },
          { term: 'film', docCount: 12, bgCount: 200 },
          { term: 'the', docCount: 20, bgCount: 1000 },
          { term: '2024', docCount: 18, bgCount: 30 },
          { term: 'x', docCount: 18, bgCount: 18 },
          { term: 'once', docCount: 1, bgCount: 1 },
        ],
      },
      10,
      2,
    );
    expect(ranked.map((t) => t.term)).toEqual(['dubbing', 'film']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(isWordCandidate('ə')).toBe(false);
    expect(isWordCandidate('kino')).toBe(true);
  });
});
