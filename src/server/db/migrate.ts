// Applies the migrations in order, once each; `npm start` runs it before serving.
import { Migrator, type Migration } from 'kysely';
import type { Kysely } from 'kysely';
import type { DatabaseHandle, DatabaseKind } from './connection';
import * as foundation from './migrations/0001-foundation';
import * as cards from './migrations/0002-cards';
import * as cardFieldsJsonb from './migrations/0003-card-fields-jsonb';
import * as setupVersion from './migrations/0004-setup-version';
import * as rankByteOrder from './migrations/0005-rank-byte-order';
import * as contactNameFolded from './migrations/0006-contact-name-folded';
import * as partialValueIndexes from './migrations/0007-partial-value-indexes';

type MigrationModule = { up: (db: Kysely<unknown>, kind: DatabaseKind) => Promise<void> };

// Names sort in the order they must run; never rename or edit one that has shipped.
const migrations: Record<string, MigrationModule> = {
  '0001-foundation': foundation,
  '0002-cards': cards,
  '0003-card-fields-jsonb': cardFieldsJsonb,
  '0004-setup-version': setupVersion,
  '0005-rank-byte-order': rankByteOrder,
  '0006-contact-name-folded': contactNameFolded,
  '0007-partial-value-indexes': partialValueIndexes,
};

export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const provided: Record<string, Migration> = {};
  for (const [name, migration] of Object.entries(migrations)) {
    provided[name] = { up: (db) => migration.up(db, handle.kind) };
  }
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => provided },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
