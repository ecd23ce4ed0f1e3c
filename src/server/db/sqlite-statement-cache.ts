// Kysely prepares every SQLite statement anew on each call; preparing costs as much as running
// a small indexed query. The app issues a few hundred distinct statements, so it keeps the
// recently used ones prepared, keyed by their SQL text.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every statement the app issues, with room for IN lists of many lengths. */
const CACHE_SIZE = 500;

export function withStatementCache(sqlite: SQLite.Database, size = CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
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
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
