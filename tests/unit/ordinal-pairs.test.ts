import { describe, expect, it } from 'vitest';
import { OrdinalPairs } from '../../shared/adapters/sqlite/doc-values.js';

describe('OrdinalPairs', () => {
  it('gives each pair one ordinal, in order of first sight, and maps it back to both parts', () => {
    const pairs = new OrdinalPairs();
    const seen = [pairs.ordOf(3, 0), pairs.ordOf(0, 3), pairs.ordOf(3, 0), pairs.ordOf(3, 1), pairs.ordOf(0, 3)];
    expect(seen).toEqual([0, 1, 0, 2, 1]);
    expect(pairs.firsts).toEqual([3, 0, 3]);
    expect(pairs.seconds).toEqual([0, 3, 1]);
  });

  it('keeps pairs of large ordinals apart (the key holds both exactly)', () => {
    const pairs = new OrdinalPairs();
    const big = 2 ** 25;
    expect([pairs.ordOf(big, 1), pairs.ordOf(1, big), pairs.ordOf(big, big - 1), pairs.ordOf(big, 1)]).toEqual([0, 1, 2, 0]);
  });
});
