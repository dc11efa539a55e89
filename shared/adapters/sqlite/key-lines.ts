/**
 * A document's keys as stored (search_doc_keys, search_key_pending): its key SEQUENCES, one line
 * each with the tags they are written under, instead of every key and key pair spelled out. A
 * body of n keys is then one line of n keys, not ~4n tokens (its words and neighbour pairs, each
 * under two tags). The tokens are derived from the lines by the same rule wherever bits are set
 * or cleared (`expandKeyLines` for the pending copy of each connection; key-changes.ts, which gives
 * the same tokens by number, for the blocks), so removing a document clears exactly what adding it
 * set: same lines, same rule.
 *
 * Line format: `<tag> <tag>…\t<key> <key>…` for a sequence; a line without a tab is one token as
 * it stands (keywords; a database written token by token was rebuilt by migration 16). Keys never hold
 * white space (text is split on it) and tags are letters, so neither separator is ambiguous.
 */
import { adjacentPairs, type KeyPair } from '../../domain/search/index.js';

const SEQUENCE_MARK = '\t';
/** Tags of adjacent key pairs: no other key starts with a digit. */
const PAIR_TAG = '2';

/** The token of a pair of neighbouring keys under `tag` (`2txcarpet weaving`). */
export function pairToken(tag: string, pair: KeyPair): string {
  return `${PAIR_TAG}${tag}${pair.first} ${pair.second}`;
}

/** The stored line of one key sequence written under `tags`. */
export function sequenceLine(tags: readonly string[], keys: readonly string[]): string {
  return `${tags.join(' ')}${SEQUENCE_MARK}${keys.join(' ')}`;
}

/** A stored line read back: a key sequence with its tags, or (no sequence mark) one token as it stands. */
export type KeyLine = { readonly tags: readonly string[]; readonly keys: readonly string[] } | { readonly token: string };

export function parseKeyLine(line: string): KeyLine {
  const mark = line.indexOf(SEQUENCE_MARK);
  if (mark < 0) return { token: line };
  return { tags: line.slice(0, mark).split(' '), keys: line.slice(mark + 1).split(' ') };
}

/** Every token of the lines, each once: the keys and adjacent pairs of each sequence under each of its tags. */
export function expandKeyLines(lines: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const line of lines) {
    const parsed = parseKeyLine(line);
    if ('token' in parsed) {
      tokens.add(parsed.token);
      continue;
    }
    const pairs = adjacentPairs(parsed.keys);
    for (const tag of parsed.tags) {
      for (const key of parsed.keys) tokens.add(`${tag}${key}`);
      for (const pair of pairs) tokens.add(pairToken(tag, pair));
    }
  }
  return [...tokens];
}
