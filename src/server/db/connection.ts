// Opens the database: embedded SQLite in the data folder by default, PostgreSQL with DATABASE_URL.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { readDirectly } from './sql-text';
import { withStatementCache, type CachedSqlite } from './sqlite-statement-cache';

export type DatabaseKind = 'sqlite' | 'postgres';
export type DatabaseHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close: () => Promise<void>;
};

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;
const JSONB_OID = 3802;

// Rows carry times as ISO strings, counts as numbers and JSON as text on both engines, so code
// above the store never has to know which engine answered.
pg.types.setTypeParser(TIMESTAMPTZ_OID, (value) => new Date(value).toISOString());
pg.types.setTypeParser(INT8_OID, (value) => Number(value));
// JSON columns arrive as their text, as SQLite gives them; stores parse what they need.
pg.types.setTypeParser(JSONB_OID, (value) => value);

export function openDatabase(options: { databaseUrl?: string; dataDir: string }): DatabaseHandle {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openSqlite(path.join(options.dataDir, 'carta.sqlite'));
}

/**
 * The pool of PostgreSQL connections, for the app and the benchmark alike. Each connection turns
 * JIT compilation off before its first query (a SET rather than a startup option, which
 * connection poolers such as PgBouncer refuse): JIT is meant for long analytical queries, and
 * PostgreSQL chose it for list queries whose estimated cost is high although they stop after one
 * page, spending 3–4 ms compiling a query that then ran in 1 ms (BENCHMARKS.md).
 */
export function openPostgresPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    // Awaited before the connection is handed out.
    onConnect: async (client) => {
      await client.query('set jit = off');
    },
  });
  // An idle connection dropped by the server (restart, failover) is replaced on next use; it
  // must not take the process down.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  return pool;
}

export function openPostgres(databaseUrl: string): DatabaseHandle {
  const pool = openPostgresPool(databaseUrl);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

export function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const { db } = kyselyOnSqlite(prepareSqlite(new SQLite(file)));
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

/** Kysely on a prepared SQLite database, whose SqlText reads skip Kysely (db/sql-text). */
export function kyselyOnSqlite(database: CachedSqlite) {
  const dialect = new SqliteDialect({ database });
  const db = new Kysely<Database>({ dialect });
  readDirectly(db, database);
  return { db, dialect };
}

const PAGE_CACHE_KIB = 64 * 1024;

/** The app's settings for an open SQLite database, and its statement cache in front of it. */
export function prepareSqlite(sqlite: SQLite.Database): CachedSqlite {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // SQLite's own page cache (16 MB as better-sqlite3 builds it) held too few of a large module's
  // index pages for paging through its list: each new page read most of them again from the
  // operating system; with 64 MB a walk through 100 pages of a 200,000-card list took a quarter
  // less time (BENCHMARKS.md). Filled only as pages are read; one per connection.
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  // Fresh planner statistics where they are missing or stale (cheap, bounded by analysis_limit):
  // without them SQLite can pick a poor index for the card list on a large module.
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize = 0x10002');
  return withStatementCache(sqlite);
}
