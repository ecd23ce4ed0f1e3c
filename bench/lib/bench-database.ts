// The benchmark's connection: the Kysely instance the app runs on, plus the same connection
// used raw (better-sqlite3 statements / pg queries), to time the stores' SQL without the app.
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type CompiledQuery, type Dialect } from 'kysely';
// Loading connection.ts also installs its pg type parsers (times as ISO strings), as in the app,
// and its connections are opened with the app's settings.
import {
  kyselyOnSqlite,
  openPostgresPool,
  prepareSqlite,
  type DatabaseKind,
} from '../../src/server/db/connection';
import type { Database } from '../../src/server/db/schema';
import type { BenchTarget } from './bench-target';

export type RawQuery = Pick<CompiledQuery, 'sql' | 'parameters'>;

export type BenchDatabase = {
  kind: DatabaseKind;
  /** What the app runs on. */
  db: Kysely<Database>;
  /**
   * Runs `work` against a Kysely on the same connection and returns the SQL it issued since
   * `work` last called `restart` (which answers the SQL issued before), or since it began.
   */
  capture: (
    work: (db: Kysely<Database>, restart: () => RawQuery[]) => Promise<unknown>,
  ) => Promise<RawQuery[]>;
  /** Runs one captured query straight through the driver; returns its row count. */
  raw: (query: RawQuery) => Promise<number>;
  /** The engine's plan of a captured query, one line per step. */
  explain: (query: RawQuery) => Promise<string[]>;
  close: () => Promise<void>;
};

function capturer(dialect: Dialect) {
  return async (work: (db: Kysely<Database>, restart: () => RawQuery[]) => Promise<unknown>) => {
    const queries: RawQuery[] = [];
    const recording = new Kysely<Database>({
      dialect,
      log: (event) => {
        if (event.level === 'query') queries.push(event.query);
      },
    });
    await work(recording, () => queries.splice(0));
    return queries;
  };
}

// The app's own SQLite settings and statement cache, on a handle the bench can reach.
function openSqliteBench(file: string): BenchDatabase {
  const sqlite = new SQLite(file);
  const { db, dialect } = kyselyOnSqlite(prepareSqlite(sqlite));
  const statements = new Map<string, SQLite.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
    return statement;
  };
  return {
    kind: 'sqlite',
    db,
    capture: capturer(dialect),
    raw: async ({ sql, parameters }) => prepared(sql).all(parameters as unknown[]).length,
    explain: async ({ sql, parameters }) =>
      (
        sqlite.prepare(`explain query plan ${sql}`).all(parameters as unknown[]) as {
          detail: string;
          parent: number;
          id: number;
        }[]
      ).map((row) => row.detail),
    close: () => db.destroy(),
  };
}

function openPostgresBench(databaseUrl: string): BenchDatabase {
  const pool = openPostgresPool(databaseUrl);
  const dialect = new PostgresDialect({ pool });
  const db = new Kysely<Database>({ dialect });
  return {
    kind: 'postgres',
    db,
    capture: capturer(dialect),
    raw: async ({ sql, parameters }) =>
      (await pool.query(sql, parameters as unknown[])).rowCount ?? 0,
    explain: async ({ sql, parameters }) => {
      const result = await pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers, costs off) ${sql}`,
        parameters as unknown[],
      );
      return result.rows.map((row) => row['QUERY PLAN']);
    },
    close: () => db.destroy(),
  };
}

export function openBenchDatabase(target: BenchTarget): BenchDatabase {
  return target.databaseUrl
    ? openPostgresBench(target.databaseUrl)
    : openSqliteBench(target.sqliteFile);
}
