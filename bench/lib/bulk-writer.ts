// Writes generated rows fast: secondary indexes are dropped before the load and rebuilt from
// their own definitions after it (so the schema ends exactly as the migrations made it), except
// those whose keys grow in insertion order; rows go in as large batches.
import type { DatabaseKind } from '../../src/server/db/connection';
import { copyRows } from './copy-text';

export type Row = unknown[];

/**
 * Rows in the form a writer takes them: as they are for SQLite, already in COPY's text format for
 * PostgreSQL. Encoding is the costly part, so a worker thread does it (card-worker.ts).
 */
export type EncodedRows = { rows: Row[] } | { copyText: string };

export function encodeRows(kind: DatabaseKind, rows: Row[]): EncodedRows {
  return kind === 'postgres' ? { copyText: copyRows(rows) } : { rows };
}

export type BulkWriter = {
  kind: DatabaseKind;
  /** Drop the secondary indexes of these tables but `keep`, remembering their definitions. */
  dropIndexes: (tables: string[], keep: string[]) => Promise<void>;
  /** Queue rows (in `columns` order); the writer may still be writing when this returns. */
  insert: (table: string, columns: readonly string[], rows: EncodedRows) => Promise<void>;
  /** Wait for every queued insert. */
  flush: () => Promise<void>;
  /** Rebuild the dropped indexes; reports each one's time. */
  restoreIndexes: (report: (name: string, ms: number) => void) => Promise<void>;
  /** Refresh planner statistics (and on PostgreSQL the visibility map) after the load. */
  analyze: (tables: string[]) => Promise<void>;
  close: () => Promise<void>;
};
