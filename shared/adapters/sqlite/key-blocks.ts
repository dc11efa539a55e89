/**
 * Posting bitmaps in SQLite: table search_key_blocks holds, per key (a token of fts-match.ts's
 * keyTokens) and block of 4,096 rowids, which documents of the block have the key — as a sorted
 * array of 16-bit offsets while fewer than 256 do (2 bytes a document), else as a 512-byte bitset
 * (roaring bitmaps' two containers). A key's documents are then a few rows read by primary key,
 * combined word-wise in memory, instead of a posting list decoded into one value per document.
 *
 * Writes are batched per transaction: the bits each (key, block) gains or loses are gathered in
 * memory and applied by one read-modify-write per pair when the batch ends. The keys of each
 * document are kept (as its key lines, key-lines.ts, compressed, in search_doc_keys), so that
 * removing or re-indexing it clears exactly the bits it set, whatever has changed since in the
 * code that computes keys: the tokens are derived from the stored lines, never from the article.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { Bitset, popcount } from './bitset.js';
import { KeyChanges } from './key-changes.js';

export const BLOCK_SHIFT = 12;
const BLOCK_DOCS = 1 << BLOCK_SHIFT;
const BLOCK_WORDS = BLOCK_DOCS >>> 5;
const BITSET_BYTES = BLOCK_DOCS >>> 3;
/** At this many members a block is stored as a bitset: the array would be no smaller. */
const ARRAY_LIMIT = BITSET_BYTES >>> 1;
/**
 * Joins a document's key lines in one stored value. Not a space: lines and key pairs hold one,
 * and keys never hold a line break (text is split on white space).
 */
export const KEY_SEPARATOR = '\n';

/** A document's keys as stored by joinKeys. */
export function splitKeys(joined: string): string[] {
  return joined === '' ? [] : joined.split(KEY_SEPARATOR);
}

export function joinKeys(keys: readonly string[]): string {
  return keys.join(KEY_SEPARATOR);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A block's members OR-ed into `target` (whose bit i is rowid i). */
export function orBlockInto(bits: Buffer, block: number, target: Bitset): void {
  const base = block << BLOCK_SHIFT;
  if (bits.length === BITSET_BYTES) {
    const firstWord = base >>> 5;
    const words = target.words;
    const n = Math.min(BLOCK_WORDS, words.length - firstWord);
    // The stored words are little-endian: an aligned buffer is read through a typed view on such machines.
    if (bits.byteOffset % 4 === 0 && LITTLE_ENDIAN) {
      const view = new Uint32Array(bits.buffer, bits.byteOffset, BLOCK_WORDS);
      for (let i = 0; i < n; i += 1) words[firstWord + i]! |= view[i]!;
    } else {
      for (let i = 0; i < n; i += 1) words[firstWord + i]! |= bits.readUInt32LE(i * 4);
    }
    return;
  }
  for (let i = 0; i < bits.length; i += 2) target.add(base + bits.readUInt16LE(i));
}

/** An aligned copy of one bitset block: the joined blocks of a key read below sit at any byte offset. */
const scratchWords = new Uint32Array(BLOCK_WORDS);
const scratchBytes = new Uint8Array(scratchWords.buffer);

/**
 * A key's blocks as one read returns them (readInto): the block numbers and the byte lengths as
 * comma-separated lists, the blocks' stored bytes joined in the same order. OR-ed into `target`.
 */
function orJoinedInto(blocks: string, lengths: string, joined: Buffer, target: Bitset): void {
  const blockList = blocks.split(',');
  const lengthList = lengths.split(',');
  const words = target.words;
  let at = 0;
  for (let i = 0; i < blockList.length; i += 1) {
    const base = Number(blockList[i]) << BLOCK_SHIFT;
    const length = Number(lengthList[i]);
    if (length === BITSET_BYTES) {
      joined.copy(scratchBytes, 0, at, at + BITSET_BYTES);
      const firstWord = base >>> 5;
      const n = Math.min(BLOCK_WORDS, words.length - firstWord);
      // Bytes to words: little-endian like the stored words on such machines, else swapped per word.
      if (LITTLE_ENDIAN) for (let w = 0; w < n; w += 1) words[firstWord + w]! |= scratchWords[w]!;
      else for (let w = 0; w < n; w += 1) words[firstWord + w]! |= joined.readUInt32LE(at + w * 4);
    } else {
      // Array container: 16-bit little-endian offsets.
      for (let j = at; j < at + length; j += 2) target.add(base + (joined[j]! | (joined[j + 1]! << 8)));
    }
    at += length;
  }
}

/** A block as a bitset of BLOCK_WORDS words (for read-modify-write). */
function decodeBlock(bits: Buffer | undefined, into: Uint32Array): void {
  into.fill(0);
  if (bits === undefined) return;
  if (bits.length === BITSET_BYTES) {
    for (let i = 0; i < BLOCK_WORDS; i += 1) into[i] = bits.readUInt32LE(i * 4);
    return;
  }
  for (let i = 0; i < bits.length; i += 2) {
    const offset = bits.readUInt16LE(i);
    into[offset >>> 5]! |= 1 << (offset & 31);
  }
}

/** The smaller container for the block's members; null when it has none. */
function encodeBlock(words: Uint32Array): Buffer | null {
  let count = 0;
  for (let i = 0; i < BLOCK_WORDS; i += 1) if (words[i] !== 0) count += popcount(words[i]!);
  if (count === 0) return null;
  if (count >= ARRAY_LIMIT) {
    const out = Buffer.allocUnsafe(BITSET_BYTES);
    for (let i = 0; i < BLOCK_WORDS; i += 1) out.writeUInt32LE(words[i]!, i * 4);
    return out;
  }
  const out = Buffer.allocUnsafe(count * 2);
  let n = 0;
  for (let i = 0; i < BLOCK_WORDS; i += 1) {
    let word = words[i]!;
    while (word !== 0) {
      const low = word & -word;
      out.writeUInt16LE((i << 5) + 31 - Math.clz32(low), n);
      n += 2;
      word ^= low;
    }
  }
  return out;
}

/**
 * A stored block with `offsets` added, written without decoding it to words — the ingest case,
 * where a batch (often one document) only adds a bit or two to each of many blocks. Null when the
 * result needs the general path: the array container would reach the bitset's size.
 */
function withAdded(bits: Buffer | undefined, offsets: readonly number[]): Buffer | null {
  if (bits !== undefined && bits.length === BITSET_BYTES) {
    const out = Buffer.from(bits);
    // Little-endian words: bit o of the block is bit (o & 7) of byte (o >>> 3).
    for (const o of offsets) out[o >>> 3]! |= 1 << (o & 7);
    return out;
  }
  const members: number[] = [];
  if (bits !== undefined) for (let i = 0; i < bits.length; i += 2) members.push(bits.readUInt16LE(i));
  for (const o of offsets) members.push(o);
  members.sort((a, b) => a - b);
  const unique = members.filter((o, i) => i === 0 || o !== members[i - 1]);
  if (unique.length >= ARRAY_LIMIT) return null;
  const out = Buffer.allocUnsafe(unique.length * 2);
  unique.forEach((o, i) => out.writeUInt16LE(o, i * 2));
  return out;
}

/** The first string after every string that starts with `prefix` (keys never hold U+10FFFF). */
function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

/**
 * A token's changes (rowid or ~rowid) as block → offsets gained (o) and lost (~o), each block's
 * in the order they came, blocks ascending.
 */
function byBlock(changes: readonly number[]): [number, number[]][] {
  const blocks = new Map<number, number[]>();
  for (const change of changes) {
    const rowid = change >= 0 ? change : ~change;
    const offset = rowid & (BLOCK_DOCS - 1);
    const block = rowid >>> BLOCK_SHIFT;
    const ops = blocks.get(block);
    const op = change >= 0 ? offset : ~offset;
    if (ops === undefined) blocks.set(block, [op]);
    else ops.push(op);
  }
  return blocks.size === 1 ? [...blocks] : [...blocks].sort((a, b) => a[0] - b[0]);
}

/**
 * A key's blocks in ONE row: better-sqlite3 makes a JS object and a Buffer for every row, which
 * cost more than SQLite's reading them (a key of 25 blocks: ~5 µs a row against ~7 µs for the
 * whole key's rows in SQLite), so the blocks come as one value. group_concat joins the blobs as
 * text: bytes are copied as they are, with their lengths, in a UTF-8 database (migrate makes the
 * database; SQLite only converts text to UTF-16 in a database of that encoding). The three
 * aggregates see the rows in the same order. NULLs when the key has no blocks.
 */
const READ_JOINED = "SELECT group_concat(block), group_concat(length(bits)), CAST(group_concat(bits, x'') AS BLOB) FROM search_key_blocks";
type JoinedBlocks = [blocks: string | null, lengths: string | null, joined: Buffer | null];
const NO_BLOCKS: JoinedBlocks = [null, null, null];

interface BlockRow {
  block: number;
  bits: Buffer;
}

/** A key's blocks one row each, for a database whose text is not UTF-8. */
function blockRows(db: Database.Database): (key: string, prefix: boolean) => BlockRow[] {
  const exact = db.prepare<[string], BlockRow>('SELECT block, bits FROM search_key_blocks WHERE key = ?');
  const range = db.prepare<[string, string], BlockRow>('SELECT block, bits FROM search_key_blocks WHERE key >= ? AND key < ?');
  return (key, prefix) => (prefix ? range.all(key, prefixEnd(key)) : exact.all(key));
}

/**
 * One connection's access to the key blocks. Changes wait in memory until `flush`, which the
 * caller runs before its transaction commits; reads see only flushed blocks.
 */
export class KeyBlocks {
  /** The tokens' changes since the last flush, in the order the writes came. */
  private readonly changes = new KeyChanges();
  private readonly readExact: Database.Statement<[string], JoinedBlocks>;
  private readonly readRange: Database.Statement<[string, string], JoinedBlocks>;
  /** Row by row where group_concat would not keep bytes as they are (see READ_JOINED). */
  private readonly rowsOf: ((key: string, prefix: boolean) => BlockRow[]) | null;
  private readonly readOne: Database.Statement<[string, number], Buffer>;
  private readonly write: Database.Statement<[string, number, Buffer]>;
  private readonly erase: Database.Statement<[string, number]>;
  private readonly saveKeys: Database.Statement<[number, Buffer]>;
  private readonly loadKeys: Database.Statement<[number], Buffer>;
  private readonly dropKeys: Database.Statement<[number]>;

  constructor(db: Database.Database) {
    this.readExact = db.prepare<[string], JoinedBlocks>(`${READ_JOINED} WHERE key = ?`).raw();
    this.readRange = db.prepare<[string, string], JoinedBlocks>(`${READ_JOINED} WHERE key >= ? AND key < ?`).raw();
    this.rowsOf = db.pragma('encoding', { simple: true }) === 'UTF-8' ? null : blockRows(db);
    this.readOne = db.prepare<[string, number], Buffer>('SELECT bits FROM search_key_blocks WHERE key = ? AND block = ?').pluck();
    this.write = db.prepare('INSERT OR REPLACE INTO search_key_blocks (key, block, bits) VALUES (?, ?, ?)');
    this.erase = db.prepare('DELETE FROM search_key_blocks WHERE key = ? AND block = ?');
    this.saveKeys = db.prepare('INSERT OR REPLACE INTO search_doc_keys (rowid, keys) VALUES (?, ?)');
    this.loadKeys = db.prepare<[number], Buffer>('SELECT keys FROM search_doc_keys WHERE rowid = ?').pluck();
    this.dropKeys = db.prepare('DELETE FROM search_doc_keys WHERE rowid = ?');
  }

  /** Gives a document the tokens of its key lines (after `remove` when it had others). */
  add(rowid: number, lines: readonly string[]): void {
    this.saveKeys.run(rowid, deflateRawSync(joinKeys(lines)));
    this.changes.record(lines, rowid);
  }

  /** Takes every key a document was given away from it. */
  remove(rowid: number): void {
    const stored = this.loadKeys.get(rowid);
    if (stored === undefined) return;
    this.dropKeys.run(rowid);
    this.changes.record(splitKeys(inflateRawSync(stored).toString('utf8')), ~rowid);
  }

  /** Applies the pending changes: one read and one write per (key, block), in key order. */
  flush(): void {
    const words = new Uint32Array(BLOCK_WORDS);
    for (const { token: key, ops: changes } of this.changes.drain()) {
      for (const [block, ops] of byBlock(changes)) {
        const stored = this.readOne.get(key, block);
        const added = ops.every((op) => op >= 0) ? withAdded(stored, ops) : null;
        if (added !== null) {
          this.write.run(key, block, added);
          continue;
        }
        decodeBlock(stored, words);
        for (const op of ops) {
          if (op >= 0) words[op >>> 5]! |= 1 << (op & 31);
          else words[~op >>> 5]! &= ~(1 << (~op & 31));
        }
        const bits = encodeBlock(words);
        if (bits === null) this.erase.run(key, block);
        else this.write.run(key, block, bits);
      }
    }
  }

  /** Forgets unflushed changes (their transaction rolled back). */
  discard(): void {
    this.changes.clear();
  }

  /** OR-s into `target` the documents that have the key (or, with `prefix`, any key it starts). */
  readInto(key: string, prefix: boolean, target: Bitset): void {
    if (this.rowsOf !== null) {
      for (const row of this.rowsOf(key, prefix)) orBlockInto(row.bits, row.block, target);
      return;
    }
    const [blocks, lengths, joined] = (prefix ? this.readRange.get(key, prefixEnd(key)) : this.readExact.get(key)) ?? NO_BLOCKS;
    if (blocks !== null && lengths !== null && joined !== null) orJoinedInto(blocks, lengths, joined, target);
  }
}
