import { describe, expect, it } from 'vitest';
import { Bitset } from '../../shared/adapters/sqlite/bitset.js';

describe('Bitset filters in place', () => {
  // Rowid r has value r, except rowid 40, which has none (NaN, an undated document).
  const values = Float64Array.from({ length: 100 }, (_, r) => (r === 40 ? Number.NaN : r));
  const members = [0, 5, 31, 32, 33, 39, 40, 41, 63, 64, 99];

  it('keeps the members whose value lies in a range, with or without its upper end, never a NaN', () => {
    expect([...Bitset.of(100, members).retainBetween(values, 32, 64, true).toRowids()]).toEqual([32, 33, 39, 41, 63, 64]);
    expect([...Bitset.of(100, members).retainBetween(values, 32, 64, false).toRowids()]).toEqual([32, 33, 39, 41, 63]);
    expect([...Bitset.of(100, members).retainBetween(values, Number.NEGATIVE_INFINITY, 40, true).toRowids()]).toEqual([0, 5, 31, 32, 33, 39]);
    expect([...Bitset.of(100, members).retainBetween(values, 41, Number.POSITIVE_INFINITY, true).toRowids()]).toEqual([41, 63, 64, 99]);
  });

  it('keeps the members a predicate keeps', () => {
    expect([...Bitset.of(100, members).retain((r) => r % 2 === 1).toRowids()]).toEqual([5, 31, 33, 39, 41, 63, 99]);
  });
});
