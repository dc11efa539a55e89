import type Database from 'better-sqlite3';

/**
 * Statements compiled once per connection. `db.prepare` compiles its SQL on every call, which on
 * the write path (a dozen statements per article, one of them over the 25 columns of search_fts)
 * cost about as much as running them. Only for statements that are run with `run`, `get` or `all`
 * and never switched to `pluck`/`raw`/`expand`, whose mode would carry over to the next caller.
 */
const compiled = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement<P extends unknown[] | {} = unknown[], R = unknown>(db: Database.Database, sql: string): Database.Statement<P, R> {
  let statements = compiled.get(db);
  if (statements === undefined) {
    statements = new Map();
    compiled.set(db, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement as Database.Statement<P, R>;
}
