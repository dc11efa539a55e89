import { describe, expect, it } from 'vitest';
import { DocPairs } from '../../shared/adapters/sqlite/doc-pairs.js';

const listOf = (pairs: DocPairs, rowid: number): number[] => [...pairs.data.subarray(pairs.start[rowid], pairs.start[rowid]! + pairs.length[rowid]!)];

describe('DocPairs', () => {
  it('keeps each document its own list through rewrites, clears and compactions', () => {
    const pairs = new DocPairs();
    pairs.reserve(3000);
    const expected = new Map<number, number[]>();
    // Rewrite every document many times: garbage piles up and is compacted away.
    for (let round = 0; round < 5; round += 1) {
      for (let rowid = 0; rowid < 3000; rowid += 1) {
        const values = rowid % 7 === round ? [] : [rowid, round, rowid + 1, round + 1];
        pairs.set(rowid, values);
        expected.set(rowid, values);
      }
      for (let rowid = round; rowid < 3000; rowid += 11) {
        pairs.clear(rowid);
        expected.set(rowid, []);
      }
    }
    for (const [rowid, values] of expected) expect(listOf(pairs, rowid), String(rowid)).toEqual(values);
    expect(pairs.data.length).toBeLessThan(4 * 4 * 3000);
  });
});
