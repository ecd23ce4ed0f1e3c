// What every service needs from the running server: the database and the configuration.
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseKind } from './db/connection';
import type { Database } from './db/schema';
import type { Config } from './config';
import type { Role } from '../domain/permissions';

export type AppContext = {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  config: Config;
};

/** A store function runs on the database or inside a caller's transaction alike. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** The signed-in caller of a use case. */
export type Actor = {
  userId: string;
  workspaceId: string;
  role: Role;
  /**
   * The workspace's setup version read with the session: with it, a module's setup may come from
   * memory (features/modules/module-setup.ts); without it, it is read afresh.
   */
  setupVersion?: number;
};
