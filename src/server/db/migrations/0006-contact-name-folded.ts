// Contacts are found by name ignoring case and diacritics ("stefan" finds "Ștefan"), as card
// titles are: a folded copy of the name (domain/text/fold), indexed per workspace for prefix
// search and for paging in name order.
import { sql, type Kysely } from 'kysely';
import { foldForSearch } from '../../../domain/text/fold';
import type { DatabaseKind } from '../connection';
import type { Database } from '../schema';

const BATCH = 1000;

export async function up(untyped: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  const db = untyped as unknown as Kysely<Database>;
  // Byte order on both engines (SQLite's is already), so a name prefix is one range of the index.
  const collation = kind === 'postgres' ? 'collate "C"' : '';
  await sql
    .raw(`alter table contacts add column name_folded text ${collation} not null default ''`)
    .execute(db);
  // Existing contacts, a batch at a time in id order.
  for (let after = ''; ;) {
    const rows = await db
      .selectFrom('contacts')
      .select(['id', 'name'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      await db
        .updateTable('contacts')
        .set({ name_folded: foldForSearch(row.name) })
        .where('id', '=', row.id)
        .execute();
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)!.id;
  }
  await db.schema
    .createIndex('contacts_workspace_name_folded')
    .on('contacts')
    .columns(['workspace_id', 'name_folded', 'id'])
    .execute();
}
