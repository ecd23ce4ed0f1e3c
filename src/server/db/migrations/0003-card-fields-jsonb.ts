// PostgreSQL keeps a card's field values as jsonb: the board has the database write each card's
// JSON with a few of its fields (card-json.sql.ts), and picking keys out of jsonb costs a lookup
// where json text would be parsed anew for every card (10 µs against 1.5 µs per card measured).
// The app still reads the column as JSON text (connection.ts parses jsonb to a string). SQLite's
// JSON functions work on text, so SQLite is unchanged.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../connection';

export async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  if (kind !== 'postgres') return;
  await sql`alter table cards alter column fields drop default`.execute(db);
  await sql`alter table cards alter column fields type jsonb using fields::jsonb`.execute(db);
  await sql`alter table cards alter column fields set default '{}'::jsonb`.execute(db);
}
