// Kysely prepares every SQLite statement anew on each call; preparing costs as much as running
// a small indexed query. The app issues a few hundred distinct statements, so it keeps the
// recently used ones prepared, keyed by their SQL text.
//
// It also reads without Kysely's layers (readNow): a list call's statements went through
// Kysely's connection lock, executor and driver, 25–35 µs of a SQLite list call (BENCHMARKS.md).
// better-sqlite3 runs a statement to the end before returning, so a read needs no lock of its
// own; the only reason to wait is another request's open transaction on this one connection,
// whose uncommitted rows the read must not see: then it is left to Kysely, which queues it.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every statement the app issues, with room for IN lists of many lengths. */
const CACHE_SIZE = 500;

export type CachedSqlite = SqliteDatabase & {
  prepare(sql: string): SQLite.Statement;
  /**
   * The rows of a read-only statement, run now; undefined (nothing run) while a transaction is
   * open on the connection or when the statement writes: run it through Kysely instead.
   */
  readNow(sql: string, values: readonly unknown[]): unknown[] | undefined;
};

export function withStatementCache(sqlite: SQLite.Database, size = CACHE_SIZE): CachedSqlite {
  const statements = new Map<string, SQLite.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) {
      // Re-insert to keep the map in least-recently-used order.
      statements.delete(sql);
    } else {
      statement = sqlite.prepare(sql);
      if (statements.size >= size) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
  return {
    prepare,
    readNow(sql, values) {
      if (sqlite.inTransaction) return undefined;
      const statement = prepare(sql);
      if (!statement.reader || !statement.readonly) return undefined;
      return statement.all(values as unknown[]);
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
