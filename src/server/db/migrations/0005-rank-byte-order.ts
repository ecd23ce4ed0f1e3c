// Card ranks (fractional-indexing keys: digits, then A–Z, then a–z) must sort byte by byte, as the
// app compares them when it places a card between two others. SQLite compares text that way;
// PostgreSQL uses the database's collation, and under a language collation (en-US, ro-RO) "aZ"
// sorts after "aa": a column read in that order put cards out of place and refused some moves.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../connection';

export async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  if (kind !== 'postgres') return;
  await sql`alter table cards alter column rank type text collate "C"`.execute(db);
}
