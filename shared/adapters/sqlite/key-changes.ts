/**
 * The bit changes a batch makes to the key blocks (key-blocks.ts), gathered by number instead of
 * by token string. A bulk batch of 1,000 generated documents meets ~570 tokens a document but
 * fewer than 10,000 distinct ones: spelling every token out (`2axcarpet weaving`) and hashing it
 * per document, twice (a set per document, then the batch's map), was a quarter of the bulk load's
 * CPU. Here each key and tag of the batch is interned once, a token is a small integer (key id
 * and tag id; a pair is its second key's code under its first key), and the token strings are
 * spelled once per distinct token when the batch is drained.
 *
 * The tokens are exactly those of `expandKeyLines` (key-lines.ts) for the same lines. A line
 * without a sequence mark is a token of its own, kept by string: such lines are the keywords,
 * whose `k…` tokens no tagged token can equal (no tag starts with k), since migration 16 rebuilt
 * every document written token by token.
 */
import { Dictionary } from './dictionary.js';
import { pairToken, parseKeyLine } from './key-lines.js';

const TAG_BITS = 6;
const TAG_MASK = (1 << TAG_BITS) - 1;
/** Codes stay small integers (key id × 64 + tag id < 2^30), which V8's maps hash fastest. */
const KEY_LIMIT = 1 << (30 - TAG_BITS);

/** A token's changes in the order they were made: a rowid gains it (rowid) or loses it (~rowid). */
export interface TokenChanges {
  readonly token: string;
  readonly ops: readonly number[];
}

/** Appends an op, once per document in a row: a word repeated in a document is one change. */
function push<K>(map: Map<K, number[]>, key: K, op: number): void {
  const ops = map.get(key);
  if (ops === undefined) map.set(key, [op]);
  else if (ops[ops.length - 1] !== op) ops.push(op);
}

export class KeyChanges {
  private keys = new Dictionary();
  private tags = new Dictionary();
  /** key id × 64 + tag id → the changes of that key under that tag. */
  private singles = new Map<number, number[]>();
  /** first key id → (second key id × 64 + tag id) → the changes of that pair under that tag. */
  private pairs: (Map<number, number[]> | undefined)[] = [];
  /** Lines without a sequence mark → their changes. */
  private plain = new Map<string, number[]>();

  /** Records that the tokens of `lines` are set (op = rowid) or cleared (op = ~rowid). */
  record(lines: readonly string[], op: number): void {
    for (const line of lines) {
      const parsed = parseKeyLine(line);
      if ('token' in parsed) {
        push(this.plain, parsed.token, op);
        continue;
      }
      const tags = parsed.tags.map((tag) => this.tagId(tag));
      let previous = -1;
      for (const key of parsed.keys) {
        const code = this.keyId(key) << TAG_BITS;
        for (const tag of tags) push(this.singles, code | tag, op);
        if (previous >= 0) {
          let from = this.pairs[previous];
          if (from === undefined) this.pairs[previous] = from = new Map();
          for (const tag of tags) push(from, code | tag, op);
        }
        previous = code >>> TAG_BITS;
      }
    }
  }

  /** Every token changed, spelled out, in token order (the blocks are rewritten in key order); then forgets them. */
  drain(): TokenChanges[] {
    const out: TokenChanges[] = [];
    const keys = this.keys.values;
    const tags = this.tags.values;
    for (const [code, ops] of this.singles) out.push({ token: `${tags[code & TAG_MASK]!}${keys[code >>> TAG_BITS]!}`, ops });
    this.pairs.forEach((from, first) => {
      for (const [code, ops] of from ?? []) {
        out.push({ token: pairToken(tags[code & TAG_MASK]!, { first: keys[first]!, second: keys[code >>> TAG_BITS]!, prefix: false }), ops });
      }
    });
    for (const [token, ops] of this.plain) out.push({ token, ops });
    this.clear();
    return out.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  }

  clear(): void {
    this.keys = new Dictionary();
    this.tags = new Dictionary();
    this.singles = new Map();
    this.pairs = [];
    this.plain = new Map();
  }

  // One map lookup per key (a hot loop of the bulk load); a batch over a limit throws and is discarded whole.
  private keyId(key: string): number {
    const id = this.keys.ordOf(key);
    if (id >= KEY_LIMIT) throw new Error(`a batch of more than ${KEY_LIMIT} distinct keys: fold smaller batches`);
    return id;
  }

  private tagId(tag: string): number {
    const id = this.tags.ordOf(tag);
    if (id > TAG_MASK) throw new Error(`more than ${TAG_MASK + 1} key tags`);
    return id;
  }
}
