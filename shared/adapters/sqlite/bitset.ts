/**
 * Sets of document rowids as bitsets (one bit per rowid, 32 per word): a query's boolean
 * structure becomes word-wise AND, OR and AND-NOT over a few thousand words, however many
 * documents match — the way search engines combine posting bitmaps.
 */
export class Bitset {
  readonly words: Uint32Array;

  constructor(readonly size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }

  static all(size: number): Bitset {
    const set = new Bitset(size);
    set.words.fill(0xffffffff);
    const spare = set.words.length * 32 - size;
    if (spare > 0) set.words[set.words.length - 1] = 0xffffffff >>> spare;
    return set;
  }

  static of(size: number, rowids: ArrayLike<number>): Bitset {
    const set = new Bitset(size);
    for (let i = 0; i < rowids.length; i += 1) set.add(rowids[i]!);
    return set;
  }

  copy(): Bitset {
    const set = new Bitset(this.size);
    set.words.set(this.words);
    return set;
  }

  add(rowid: number): void {
    if (rowid < this.size) this.words[rowid >>> 5]! |= 1 << (rowid & 31);
  }

  remove(rowid: number): void {
    if (rowid < this.size) this.words[rowid >>> 5]! &= ~(1 << (rowid & 31));
  }

  has(rowid: number): boolean {
    return rowid < this.size && (this.words[rowid >>> 5]! & (1 << (rowid & 31))) !== 0;
  }

  /** In place: this ∩ other. */
  and(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i += 1) w[i]! &= o[i] ?? 0;
    return this;
  }

  /** In place: this ∪ other. */
  or(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    const n = Math.min(w.length, o.length);
    for (let i = 0; i < n; i += 1) w[i]! |= o[i]!;
    return this;
  }

  /** In place: this − other. */
  andNot(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    const n = Math.min(w.length, o.length);
    for (let i = 0; i < n; i += 1) w[i]! &= ~o[i]!;
    return this;
  }

  /** In place: only the members `keep` keeps. */
  retain(keep: (rowid: number) => boolean): this {
    const w = this.words;
    for (let i = 0; i < w.length; i += 1) {
      // As an int32 from the start: a word read as a uint32 above 2^31 would be a heap number.
      let word = w[i]! | 0;
      let kept = word;
      while (word !== 0) {
        const low = word & -word;
        if (!keep((i << 5) + 31 - Math.clz32(low))) kept ^= low;
        word ^= low;
      }
      w[i] = kept;
    }
    return this;
  }

  count(): number {
    let n = 0;
    for (let i = 0; i < this.words.length; i += 1) n += popcount(this.words[i]!);
    return n;
  }

  /** The members in ascending order; with `keep`, only those it keeps. */
  toRowids(keep?: (rowid: number) => boolean): Int32Array {
    const out = new Int32Array(this.count());
    let n = 0;
    const w = this.words;
    for (let i = 0; i < w.length; i += 1) {
      let word = w[i]!;
      while (word !== 0) {
        const low = word & -word;
        const rowid = (i << 5) + 31 - Math.clz32(low);
        if (keep === undefined || keep(rowid)) out[n++] = rowid;
        word ^= low;
      }
    }
    return n === out.length ? out : out.subarray(0, n);
  }
}

export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
