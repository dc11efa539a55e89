import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Bitset } from '../../shared/adapters/sqlite/bitset.js';
import { BLOCK_SHIFT, KeyBlocks } from '../../shared/adapters/sqlite/key-blocks.js';
import { sequenceLine } from '../../shared/adapters/sqlite/key-lines.js';
import { migrate } from '../../shared/adapters/sqlite/schema.js';

const SIZE = 3 << BLOCK_SHIFT;

function open(encoding = 'UTF-8'): { db: Database.Database; blocks: KeyBlocks } {
  const db = new Database(':memory:');
  db.pragma(`encoding = '${encoding}'`);
  migrate(db);
  return { db, blocks: new KeyBlocks(db) };
}

function members(blocks: KeyBlocks, key: string, prefix = false): number[] {
  const set = new Bitset(SIZE);
  blocks.readInto(key, prefix, set);
  return [...set.toRowids()];
}

/** The byte lengths of a key's stored blocks, by block. */
function stored(db: Database.Database, key: string): Record<number, number> {
  const rows = db.prepare<[string], { block: number; n: number }>('SELECT block, length(bits) AS n FROM search_key_blocks WHERE key = ?').all(key);
  return Object.fromEntries(rows.map((r) => [r.block, r.n]));
}

describe('Bitset', () => {
  it('combines sets word-wise and lists members in ascending order', () => {
    const a = Bitset.of(100, [1, 31, 32, 64, 99]);
    const b = Bitset.of(100, [31, 64, 70]);
    expect([...Bitset.of(100, [1, 31, 32, 64, 99]).and(b).toRowids()]).toEqual([31, 64]);
    expect([...Bitset.of(100, [1, 31, 32, 64, 99]).or(b).toRowids()]).toEqual([1, 31, 32, 64, 70, 99]);
    expect([...a.andNot(b).toRowids()]).toEqual([1, 32, 99]);
    expect(Bitset.all(70).count()).toBe(70);
    expect(Bitset.all(70).has(69)).toBe(true);
    expect(Bitset.all(70).has(70)).toBe(false);
  });
});

describe('KeyBlocks', () => {
  it('keeps a sparse block as offsets and a dense one as a bitset, and reads both back exactly', () => {
    const { db, blocks } = open();
    const dense = Array.from({ length: 300 }, (_, i) => (1 << BLOCK_SHIFT) + i * 13);
    for (const rowid of dense) blocks.add(rowid, ['axdense']);
    blocks.add(5, ['axdense', 'axsparse']);
    blocks.add(2 << BLOCK_SHIFT, ['axsparse']);
    blocks.flush();
    expect(stored(db, 'axdense')).toEqual({ 0: 2, 1: 512 });
    expect(stored(db, 'axsparse')).toEqual({ 0: 2, 2: 2 });
    expect(members(blocks, 'axdense')).toEqual([5, ...dense]);
    expect(members(blocks, 'axsparse')).toEqual([5, 2 << BLOCK_SHIFT]);
  });

  it('adds one document at a time to stored blocks of both kinds, growing offsets into a bitset at the limit', () => {
    const { db, blocks } = open();
    // One document per flush, as local ingest indexes: each batch only adds to blocks already stored.
    const rowids = Array.from({ length: 257 }, (_, i) => 4000 - i * 13);
    for (const rowid of rowids) {
      blocks.add(rowid, ['axgrow']);
      blocks.flush();
    }
    expect(stored(db, 'axgrow')).toEqual({ 0: 512 });
    expect(members(blocks, 'axgrow')).toEqual([...rowids].sort((a, b) => a - b));
    blocks.add(3, ['axgrow']);
    blocks.add(4001, ['axgrow']);
    blocks.add(3, ['axgrow']);
    blocks.flush();
    expect(members(blocks, 'axgrow')).toEqual([3, ...[...rowids].sort((a, b) => a - b), 4001]);
    blocks.add(9, ['axfew']);
    blocks.flush();
    blocks.add(2, ['axfew']);
    blocks.add(9, ['axfew']);
    blocks.flush();
    expect(stored(db, 'axfew')).toEqual({ 0: 4 });
    expect(members(blocks, 'axfew')).toEqual([2, 9]);
  });

  it('clears exactly the bits of a removed document, turning a block back into offsets, and drops empty blocks', () => {
    const { db, blocks } = open();
    const rowids = Array.from({ length: 256 }, (_, i) => i * 2);
    for (const rowid of rowids) blocks.add(rowid, ['axword', `axown${rowid}`]);
    blocks.flush();
    expect(stored(db, 'axword')).toEqual({ 0: 512 });
    blocks.remove(10);
    blocks.flush();
    expect(stored(db, 'axword')).toEqual({ 0: 510 });
    expect(members(blocks, 'axword')).toEqual(rowids.filter((r) => r !== 10));
    expect(stored(db, 'axown10')).toEqual({});
    expect(db.prepare('SELECT count(*) AS n FROM search_doc_keys WHERE rowid = 10').get()).toEqual({ n: 0 });
  });

  it('applies a batch in the order it was written: a document removed and given new keys in one batch keeps only the new ones', () => {
    const { blocks } = open();
    blocks.add(7, ['axold', 'axkept']);
    blocks.flush();
    blocks.remove(7);
    blocks.add(7, ['axkept', 'axnew']);
    blocks.remove(7);
    blocks.add(7, ['axkept', 'axnewer']);
    blocks.flush();
    expect(members(blocks, 'axold')).toEqual([]);
    expect(members(blocks, 'axnew')).toEqual([]);
    expect(members(blocks, 'axkept')).toEqual([7]);
    expect(members(blocks, 'axnewer')).toEqual([7]);
  });

  it('clears the key pairs of two-word phrases (keys holding a space) when their document is removed', () => {
    const { blocks } = open();
    blocks.add(7, ['2txcarpet weaving', 'txcarpet', 'txweaving']);
    blocks.add(8, ['txcarpet']);
    blocks.flush();
    blocks.remove(7);
    blocks.flush();
    expect(members(blocks, '2txcarpet weaving')).toEqual([]);
    expect(members(blocks, 'txweaving')).toEqual([]);
    expect(members(blocks, 'txcarpet')).toEqual([8]);
  });

  it('stores a document as its key sequences and clears on removal exactly the keys and pairs derived from them', () => {
    const { db, blocks } = open();
    blocks.add(7, [sequenceLine(['ts', 'as'], ['felt', 'making', 'school'])]);
    blocks.add(8, [sequenceLine(['as'], ['felt', 'hat'])]);
    blocks.flush();
    expect(members(blocks, '2tsfelt making')).toEqual([7]);
    expect(members(blocks, '2asmaking school')).toEqual([7]);
    expect(members(blocks, 'asfelt')).toEqual([7, 8]);
    blocks.remove(7);
    blocks.flush();
    expect(db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM search_key_blocks WHERE key LIKE ?').get('%making%')).toEqual({ n: 0 });
    expect(members(blocks, 'asfelt')).toEqual([8]);
    expect(members(blocks, '2asfelt hat')).toEqual([8]);
  });

  it('reads every key a prefix starts, and nothing of keys that merely sort near it', () => {
    const { blocks } = open();
    blocks.add(1, ['axfest']);
    blocks.add(2, ['axfestival']);
    blocks.add(3, ['axfesu']);
    blocks.add(4, ['axfestиваль']);
    blocks.add(5, ['asfestival']);
    blocks.flush();
    expect(members(blocks, 'axfest', true)).toEqual([1, 2, 4]);
    expect(members(blocks, 'axfest')).toEqual([1]);
  });

  it('reads a key\'s blocks joined in one row exactly, whatever bytes they hold, and row by row in a UTF-16 database', () => {
    // Bitset blocks full of zero bytes and bytes that are no UTF-8 (0x80–0xff), offsets after
    // them at odd places, several keys under one prefix: what a joined read must pass through.
    const dense = Array.from({ length: 600 }, (_, i) => (i * 7) % (1 << BLOCK_SHIFT)).filter((o) => o % 8 !== 3);
    const rowidsOf = { axnoise: [...dense, (2 << BLOCK_SHIFT) + 1, (2 << BLOCK_SHIFT) + 4095], axnoisy: [3, (1 << BLOCK_SHIFT) + 255, ...dense.map((o) => (2 << BLOCK_SHIFT) + o)] };
    const read = (encoding: string) => {
      const { db, blocks } = open(encoding);
      expect(db.pragma('encoding', { simple: true })).toBe(encoding);
      for (const [key, rowids] of Object.entries(rowidsOf)) for (const rowid of rowids) blocks.add(rowid, [key]);
      blocks.flush();
      return { noise: members(blocks, 'axnoise'), noisy: members(blocks, 'axnoisy'), both: members(blocks, 'axnois', true), none: members(blocks, 'axnone') };
    };
    const sorted = (rowids: number[]) => [...new Set(rowids)].sort((a, b) => a - b);
    const expected = { noise: sorted(rowidsOf.axnoise), noisy: sorted(rowidsOf.axnoisy), both: sorted([...rowidsOf.axnoise, ...rowidsOf.axnoisy]), none: [] };
    expect(read('UTF-8')).toEqual(expected);
    expect(read('UTF-16le')).toEqual(expected);
  });

  it('forgets unflushed changes when discarded', () => {
    const { blocks } = open();
    blocks.add(1, ['axgone']);
    blocks.discard();
    blocks.flush();
    expect(members(blocks, 'axgone')).toEqual([]);
  });
});
