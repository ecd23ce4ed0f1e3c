// Starts the real application on a fresh database for one test file: SQLite in a temporary
// folder, or a new PostgreSQL database when CARTA_TEST_DB=postgres. Nothing is mocked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { readConfig } from '../../src/server/config';
import type { AppContext } from '../../src/server/context';
import { openPostgres, openSqlite, type DatabaseHandle } from '../../src/server/db/connection';
import { migrateToLatest } from '../../src/server/db/migrate';

const testDbKind = process.env.CARTA_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

function postgresAdminUrl(): string {
  return (
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = postgresAdminUrl();
  const name = `carta_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // A language collation, as many installations have, rather than this machine's C.UTF-8: the
  // suite then catches any order the app needs byte by byte but leaves to the collation.
  try {
    await admin.query(
      `create database ${name} template template0 locale_provider icu icu_locale 'en-US' locale 'C.UTF-8'`,
    );
  } catch (error) {
    console.warn(`PostgreSQL without ICU (${(error as Error).message}): default collation used`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
export type DatabaseLocation = { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string };

/** The names of the tables a statement's syntax tree mentions. */
function tablesIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) tablesIn(item, found);
  } else if (node !== null && typeof node === 'object') {
    const table = node as { kind?: string; table?: { identifier?: { name?: string } } };
    if (table.kind === 'TableNode' && table.table?.identifier?.name) {
      found.add(table.table.identifier.name);
    }
    for (const value of Object.values(node)) tablesIn(value, found);
  }
  return found;
}

function tableRecorder(onTables: (tables: string[]) => void): KyselyPlugin {
  return {
    transformQuery: ({ node }) => {
      onTables([...tablesIn(node)]);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
}

export async function startTestApp() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carta-test-'));
  const config = {
    ...readConfig({}),
    dataDir,
    webDir: path.join(dataDir, 'no-web-app'),
    checkResponses: true,
  };
  let open: () => DatabaseHandle;
  let dropDatabase = async () => {};
  let location: DatabaseLocation;
  if (testDbKind === 'postgres') {
    const created = await createPostgresDatabase();
    open = () => openPostgres(created.url);
    dropDatabase = created.drop;
    location = { kind: 'postgres', url: created.url };
  } else {
    const file = path.join(dataDir, 'carta.sqlite');
    open = () => openSqlite(file);
    location = { kind: 'sqlite', file };
  }
  const handle = open();
  const others: { close: () => Promise<void> }[] = [];
  await migrateToLatest(handle);
  const ctx: AppContext = { db: handle.db, dbKind: handle.kind, config };
  const app = await buildApp(ctx);
  return {
    app,
    ctx,
    db: handle.db,
    /** Where the database is, for tests that open their own connection to it (query plans). */
    location,
    /**
     * Another server process on the same database: its own connections, its own memory.
     * `onTables` hears the tables each of its statements names.
     */
    async secondServer(options: { onTables?: (tables: string[]) => void } = {}) {
      const other = open();
      const db = options.onTables ? other.db.withPlugin(tableRecorder(options.onTables)) : other.db;
      const otherApp = await buildApp({ ...ctx, db });
      const server = { app: otherApp, db, close: () => otherApp.close().then(other.close) };
      others.push(server);
      return server;
    },
    async close() {
      for (const other of others) await other.close();
      await app.close();
      await handle.close();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
