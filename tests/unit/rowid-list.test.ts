import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseRowids } from '../../shared/adapters/sqlite/rowid-list.js';

describe('parseRowids', () => {
  it('reads what group_concat writes, in order, with nothing for no rows', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x INTEGER PRIMARY KEY); INSERT INTO t (x) VALUES (1), (9), (10), (2147483647), (123456)');
    const list = db.prepare<[], string | null>('SELECT group_concat(x) FROM t').pluck().get();
    expect([...parseRowids(list ?? '')]).toEqual([1, 9, 10, 123456, 2147483647]);
    const none = db.prepare<[], string | null>('SELECT group_concat(x) FROM t WHERE x < 0').pluck().get();
    expect(parseRowids(none ?? '')).toHaveLength(0);
    db.close();
  });
});
