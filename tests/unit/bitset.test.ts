import { describe, expect, it } from 'vitest';
import { Bitset } from '../../shared/adapters/sqlite/bitset.js';

describe('Bitset filters in place', () => {
  const members = [0, 5, 31, 32, 33, 39, 40, 41, 63, 64, 99];

  it('keeps the members a predicate keeps', () => {
    expect([...Bitset.of(100, members).retain((r) => r % 2 === 1).toRowids()]).toEqual([5, 31, 33, 39, 41, 63, 99]);
    // Bit 31 of a word (rowid 31, 63) is its sign bit: kept and dropped like any other.
    expect([...Bitset.of(100, members).retain((r) => r % 32 === 31).toRowids()]).toEqual([31, 63]);
    expect([...Bitset.of(100, members).retain((r) => r % 32 !== 31).toRowids()]).toEqual([0, 5, 32, 33, 39, 40, 41, 64, 99]);
  });
});
