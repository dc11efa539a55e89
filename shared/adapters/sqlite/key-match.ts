/**
 * A query plan (shared/domain/search) evaluated over the posting bitmaps of search_key_blocks:
 * each leaf is the union of its keys' bitmaps, AND / OR / NOT are word-wise set operations.
 * Only translation happens here: which keys a clause needs comes from the domain and fts-match.ts.
 */
import type { MatchPlan } from '../../domain/search/index.js';
import { Bitset } from './bitset.js';
import { ALL_DOCUMENTS_TOKEN, keywordLookup, textLookups, type TokenLookup } from './fts-match.js';

/** Where a key's documents are read from (key-blocks.ts alone, or merged with pending-keys.ts). */
export interface KeyPostings {
  readInto(key: string, prefix: boolean, target: Bitset): void;
}

/** The documents (rowids below `size`) a plan matches; the plan must pass keysCanMatch. */
export function matchKeys(plan: MatchPlan, blocks: KeyPostings, size: number): Bitset {
  const read = (lookups: readonly TokenLookup[]): Bitset => {
    const set = new Bitset(size);
    for (const lookup of lookups) blocks.readInto(lookup.token, lookup.prefix, set);
    return set;
  };
  const evaluate = (node: MatchPlan): Bitset => {
    switch (node.kind) {
      case 'all':
        return read([ALL_DOCUMENTS_TOKEN]);
      case 'keyword':
        return read([keywordLookup(node)]);
      case 'text':
        return read(textLookups(node));
      case 'near':
        throw new Error('a NEAR query needs positions: match it on search_fts');
      case 'or':
        return node.items.map(evaluate).reduce((union, set) => union.or(set));
      case 'not':
        return evaluate({ kind: 'all' }).andNot(evaluate(node.item));
      case 'and': {
        // Required parts intersected (every document when there are none), excluded parts removed.
        const required = node.items.filter((i) => i.kind !== 'not').map(evaluate);
        const result = required.length === 0 ? evaluate({ kind: 'all' }) : required.reduce((common, set) => common.and(set));
        for (const item of node.items) if (item.kind === 'not') result.andNot(evaluate(item.item));
        return result;
      }
    }
  };
  return evaluate(plan);
}
