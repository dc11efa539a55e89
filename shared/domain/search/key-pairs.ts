/**
 * Adjacent key pairs: the rule by which a phrase is answered without word positions. A field's
 * keys are one sequence per spelling (text-keys.ts), and a phrase matches where its keys follow
 * one another in one such sequence. Every pair of neighbours in a sequence is therefore indexed
 * as one key, and a phrase of n keys needs its n − 1 neighbour pairs all present.
 *
 * For two keys that is the phrase itself. For three or more it is a candidate set only: "a b" and
 * "b c" may stand in different places (or spellings) of one document without "a b c" anywhere, so
 * engines must check such candidates' positions before counting them.
 */
import type { KeySequence } from './query-plan.js';

/** Two neighbouring keys; `prefix`: the second is a prefix (the phrase's last key, written `…*`). */
export interface KeyPair {
  readonly first: string;
  readonly second: string;
  readonly prefix: boolean;
}

/** The pairs of neighbours of one key sequence as a document holds it (no prefixes). */
export function adjacentPairs(keys: readonly string[]): KeyPair[] {
  const pairs: KeyPair[] = [];
  for (let i = 1; i < keys.length; i += 1) pairs.push({ first: keys[i - 1]!, second: keys[i]!, prefix: false });
  return pairs;
}

/** The pairs a phrase needs, all of them; only the last may be a prefix. Empty for one key. */
export function phrasePairs(sequence: KeySequence): KeyPair[] {
  const pairs = adjacentPairs(sequence.keys);
  const last = pairs.at(-1);
  if (last !== undefined && sequence.prefix) pairs[pairs.length - 1] = { ...last, prefix: true };
  return pairs;
}

/** Whether the documents holding every pair of the phrase are exactly the phrase's (two keys or fewer). */
export function pairsAreExact(sequence: KeySequence): boolean {
  return sequence.keys.length <= 2;
}
