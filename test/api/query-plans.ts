// The SQL a piece of store code issues and the plan the engine makes of each statement, on the
// test's own database, for tests that check a query can walk the index it was written for.
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type CompiledQuery, type LogEvent } from 'kysely';
import pg from 'pg';
import { kyselyOnSqlite, openPostgresPool, prepareSqlite } from '../../src/server/db/connection';
import type { Database } from '../../src/server/db/schema';
import type { DatabaseLocation } from './test-app';

export type Statement = Pick<CompiledQuery, 'sql' | 'parameters'>;

/** Runs `work` on a connection of its own that records every statement; answers them. */
export async function statementsOf(
  location: DatabaseLocation,
  work: (db: Kysely<Database>) => Promise<unknown>,
): Promise<Statement[]> {
  const statements: Statement[] = [];
  const log = (event: LogEvent) => {
    if (event.level === 'query') statements.push(event.query);
  };
  // A Kysely of its own is never read directly (db/sql-text), so every statement is logged.
  const dialect =
    location.kind === 'sqlite'
      ? kyselyOnSqlite(prepareSqlite(new SQLite(location.file))).dialect
      : new PostgresDialect({ pool: openPostgresPool(location.url) });
  const db = new Kysely<Database>({ dialect, log });
  try {
    await work(db);
  } finally {
    await db.destroy();
  }
  return statements;
}

/**
 * The engine's plan of a statement, as text. PostgreSQL is told not to read tables whole, which
 * on a test's few rows it would rather do than walk any index.
 */
export async function planOf(location: DatabaseLocation, statement: Statement): Promise<string> {
  const parameters = statement.parameters as unknown[];
  if (location.kind === 'sqlite') {
    const sqlite = new SQLite(location.file, { readonly: true });
    try {
      const steps = sqlite.prepare(`explain query plan ${statement.sql}`).all(parameters);
      return (steps as { detail: string }[]).map((step) => step.detail).join('\n');
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    await client.query('set enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `explain (costs off) ${statement.sql}`,
      parameters,
    );
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}
