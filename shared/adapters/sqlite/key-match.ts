/**
 * A query plan (shared/domain/search) evaluated over the posting bitmaps of search_key_blocks:
 * each leaf is the union of its keys' bitmaps, AND / OR / NOT are word-wise set operations.
 * Only translation happens here: which keys a clause needs comes from the domain and fts-match.ts.
 */
import type { MatchPlan } from '../../domain/search/index.js';
import { Bitset } from './bitset.js';
import { ALL_DOCUMENTS_TOKEN, keywordLookup, variantLookups, type TokenLookup } from './fts-match.js';

/** Where a key's documents are read from (key-blocks.ts alone, or merged with pending-keys.ts). */
export interface KeyPostings {
  readInto(key: string, prefix: boolean, target: Bitset): void;
}

type TextClause = Extract<MatchPlan, { kind: 'text' }>;

/**
 * Checks word positions where key pairs cannot tell: the documents among `candidates` where one
 * of the clause's phrases really stands (on search_fts, phrase-check.ts).
 */
export type PhraseCheck = (clause: TextClause, candidates: Bitset) => Bitset;

/** The documents (rowids below `size`) a plan matches; the plan must pass keysCanMatch. */
export function matchKeys(plan: MatchPlan, blocks: KeyPostings, size: number, checkPhrases: PhraseCheck): Bitset {
  const read = (lookups: readonly TokenLookup[]): Bitset => {
    const set = new Bitset(size);
    for (const lookup of lookups) blocks.readInto(lookup.token, lookup.prefix, set);
    return set;
  };
  // A clause matches where any variant does; a variant where every group (word or key pair) has a key.
  const text = (clause: TextClause): Bitset => {
    const matched = new Bitset(size);
    const unsure = new Bitset(size);
    const unsureVariants: TextClause['variants'][number][] = [];
    for (const { variant, groups, exact } of variantLookups(clause)) {
      if (groups.length === 1) {
        for (const lookup of groups[0]!) blocks.readInto(lookup.token, lookup.prefix, matched);
        continue;
      }
      const found = allOf(groups);
      if (exact) matched.or(found);
      else {
        unsure.or(found);
        unsureVariants.push(variant);
      }
    }
    if (unsureVariants.length === 0) return matched;
    // Candidates another variant already matched need no check.
    unsure.andNot(matched);
    return matched.or(checkPhrases({ ...clause, variants: unsureVariants }, unsure));
  };
  const allOf = (groups: readonly (readonly TokenLookup[])[]): Bitset => groups.map(read).reduce((common, set) => common.and(set));
  const evaluate = (node: MatchPlan): Bitset => {
    switch (node.kind) {
      case 'all':
        return read([ALL_DOCUMENTS_TOKEN]);
      case 'keyword':
        return read([keywordLookup(node)]);
      case 'text':
        return text(node);
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
