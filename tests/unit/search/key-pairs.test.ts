import { describe, expect, it } from 'vitest';
import { adjacentPairs, pairsAreExact, phrasePairs } from '../../../shared/domain/search/index.js';

describe('adjacent key pairs', () => {
  it('pairs every key with the next one, repeated keys included', () => {
    expect(adjacentPairs(['carpet', 'weaving', 'carpet', 'carpet']).map((p) => `${p.first}+${p.second}`)).toEqual(['carpet+weaving', 'weaving+carpet', 'carpet+carpet']);
    expect(adjacentPairs(['alone'])).toEqual([]);
  });

  it('marks only the last pair of a prefix phrase as a prefix', () => {
    const pairs = phrasePairs({ stream: 'exact', keys: ['film', 'festival', 'scr'], prefix: true });
    expect(pairs).toEqual([
      { first: 'film', second: 'festival', prefix: false },
      { first: 'festival', second: 'scr', prefix: true },
    ]);
    expect(phrasePairs({ stream: 'stem', keys: ['film', 'festiv'], prefix: false }).every((p) => !p.prefix)).toBe(true);
  });

  it('says the pairs are the phrase itself for two keys, only candidates for three or more', () => {
    expect(pairsAreExact({ stream: 'exact', keys: ['carpet', 'weaving'], prefix: false })).toBe(true);
    expect(pairsAreExact({ stream: 'exact', keys: ['carpet', 'weaving', 'school'], prefix: false })).toBe(false);
  });
});
