// A workspace's setup version: a number raised by every change to what the card screens read
// about a module (the module, its statuses and fields, who may open it, the workspace currency).
// The app keeps that setup in memory (features/modules/module-setup.ts) and reads the number with
// the session, so every server process sees a change on its next request. Triggers raise it, so
// no write path, present or future, can forget to; a rolled-back change leaves it as it was.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../connection';

/**
 * The tables a module's setup is read from; each carries workspace_id. Fixed with this migration:
 * a table the setup comes to read later gets its triggers from a migration of its own.
 */
export const SETUP_TABLES = [
  'modules',
  'statuses',
  'fields',
  'module_access',
  'company_settings',
] as const;

async function sqliteTriggers(db: Kysely<unknown>) {
  const bump = (row: 'new' | 'old') =>
    `update workspaces set setup_version = setup_version + 1 where id = ${row}.workspace_id;`;
  for (const table of SETUP_TABLES) {
    for (const [event, row] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      await sql
        .raw(
          `create trigger ${table}_setup_${event} after ${event} on ${table} begin ${bump(row)} end`,
        )
        .execute(db);
    }
  }
}

async function postgresTriggers(db: Kysely<unknown>) {
  await sql`
    create function raise_setup_version() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        update workspaces set setup_version = setup_version + 1 where id = old.workspace_id;
      else
        update workspaces set setup_version = setup_version + 1 where id = new.workspace_id;
      end if;
      return null;
    end $$`.execute(db);
  // Deferred to the commit: the workspace row is then the last lock a setup change takes, so
  // two admins' changes queue on it instead of deadlocking on rows each took before.
  for (const table of SETUP_TABLES) {
    await sql
      .raw(
        `create constraint trigger ${table}_setup_changed
           after insert or update or delete on ${table}
           deferrable initially deferred
           for each row execute function raise_setup_version()`,
      )
      .execute(db);
  }
}

export async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('setup_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await (kind === 'postgres' ? postgresTriggers(db) : sqliteTriggers(db));
}
