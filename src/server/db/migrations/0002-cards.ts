// Cards at scale: the custom-field index (card_values), per-column totals kept with every write
// (status_totals, status_money_totals), the card history and attachments. See
// docs/custom-field-storage.md for why values are indexed this way.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../connection';
import { columnTypes } from './column-types';

export async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  const { time, bytes } = columnTypes(kind);
  const decimal = kind === 'postgres' ? 'double precision' : 'real';

  // Status names are unique per module whatever their case; the service checks first, this
  // index settles two admins saving at the same moment.
  await sql`create unique index statuses_module_name on statuses (workspace_id, module_id, lower(name))`.execute(
    db,
  );

  await db.schema
    .alterTable('cards')
    .addColumn('title_folded', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.dropIndex('cards_board').execute();
  // The board reads a column in rank order; trashed cards are left out of the index.
  await db.schema
    .createIndex('cards_board')
    .on('cards')
    .columns(['workspace_id', 'module_id', 'status_id', 'rank', 'id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  for (const column of ['created_at', 'updated_at', 'title_folded'] as const) {
    await db.schema
      .createIndex(`cards_module_${column}`)
      .on('cards')
      .columns(['workspace_id', 'module_id', column, 'id'])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
  }
  await db.schema
    .createIndex('cards_trash')
    .on('cards')
    .columns(['workspace_id', 'deleted_at', 'id'])
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();

  await db.schema
    .createTable('card_values')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('module_id', 'text', (c) => c.notNull())
    .addColumn('field_id', 'text', (c) => c.notNull().references('fields.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('num', decimal)
    .addColumn('txt', 'text')
    .execute();
  await db.schema
    .createIndex('card_values_num')
    .on('card_values')
    .columns(['workspace_id', 'field_id', 'num', 'card_id'])
    .execute();
  await db.schema
    .createIndex('card_values_txt')
    .on('card_values')
    .columns(['workspace_id', 'field_id', 'txt', 'card_id'])
    .execute();
  // Covering: the list checks a filter card by card with one index-only read (card-list.store).
  await db.schema
    .createIndex('card_values_card')
    .on('card_values')
    .columns(['workspace_id', 'card_id', 'field_id', 'num', 'txt'])
    .execute();

  await db.schema
    .createTable('status_totals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('module_id', 'text', (c) => c.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('status_id', 'text', (c) =>
      c.notNull().references('statuses.id').onDelete('cascade'),
    )
    .addColumn('card_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('status_totals_pk', ['workspace_id', 'status_id'])
    .execute();
  await db.schema
    .createTable('status_money_totals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('module_id', 'text', (c) => c.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('status_id', 'text', (c) =>
      c.notNull().references('statuses.id').onDelete('cascade'),
    )
    .addColumn('field_id', 'text', (c) => c.notNull().references('fields.id').onDelete('cascade'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('status_money_totals_pk', [
      'workspace_id',
      'status_id',
      'field_id',
      'currency',
    ])
    .execute();

  await db.schema
    .createTable('card_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('body', 'text')
    .addColumn('at', time, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('card_history_card')
    .on('card_history')
    .columns(['workspace_id', 'card_id', 'id'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_card')
    .on('attachments')
    .columns(['workspace_id', 'card_id', 'id'])
    .execute();
}
