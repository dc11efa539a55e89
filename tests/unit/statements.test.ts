import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachedStatement } from '../../shared/adapters/sqlite/statements.js';

describe('cachedStatement', () => {
  it('compiles a statement once per connection and keeps answering from the current data', () => {
    const first = new Database(':memory:');
    const second = new Database(':memory:');
    for (const db of [first, second]) db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)');
    const insert = 'INSERT INTO t (k, v) VALUES (?, ?)';
    const read = 'SELECT v FROM t WHERE k = ?';
    expect(cachedStatement(first, insert)).toBe(cachedStatement(first, insert));
    expect(cachedStatement(first, insert)).not.toBe(cachedStatement(second, insert));
    cachedStatement(first, insert).run('a', 1);
    cachedStatement(second, insert).run('a', 2);
    expect(cachedStatement<[string], { v: number }>(first, read).get('a')).toEqual({ v: 1 });
    expect(cachedStatement<[string], { v: number }>(second, read).get('a')).toEqual({ v: 2 });
    first.close();
    second.close();
  });

  it('still runs after the schema changed under it (SQLite re-compiles it)', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)');
    const read = cachedStatement<[string], { v: number }>(db, 'SELECT v FROM t WHERE k = ?');
    db.exec("ALTER TABLE t ADD COLUMN w TEXT; CREATE INDEX t_by_v ON t (v); INSERT INTO t (k, v) VALUES ('b', 7)");
    expect(read.get('b')).toEqual({ v: 7 });
    db.close();
  });
});
