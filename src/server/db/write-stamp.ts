// Whether anything has been written to the database since a moment, for what a server process
// keeps in memory until the next write. On SQLite, `data_version` changes when another
// connection (another server process) commits, and `total_changes()` when this connection writes;
// reading both costs a few microseconds and no table. PostgreSQL has no such cheap signal.
import type { Executor } from '../context';
import { sql } from './sql-text';

const STAMP = sql<{ changes: number; version: number }>`select total_changes() as changes,
  data_version as version from pragma_data_version`;

/**
 * A value that differs after any write by anyone; undefined when it cannot be told cheaply
 * (PostgreSQL, or a transaction open on the connection).
 */
export function writeStamp(db: Executor): string | undefined {
  const row = STAMP.rowsNow(db, 'sqlite')?.[0];
  return row && `${row.changes} ${row.version}`;
}
