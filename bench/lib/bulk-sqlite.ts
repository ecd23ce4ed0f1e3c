// Bulk loading into SQLite: multi-row prepared INSERTs, one transaction per batch.
import SQLite from 'better-sqlite3';
import type { BulkWriter, EncodedRows, Row } from './bulk-writer';

// SQLite binds at most 32766 parameters per statement.
const MAX_PARAMETERS = 32_000;
const MAX_ROWS_PER_STATEMENT = 500;

export function sqliteBulkWriter(file: string): BulkWriter {
  const db = new SQLite(file);
  // The load is redone from scratch if it fails, so it need not survive a crash half-way: no
  // journal (WAL would write every page twice) until the end, when the app's WAL mode returns.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('threads = 2');
  const dropped: { name: string; sql: string }[] = [];
  const statements = new Map<string, SQLite.Statement>();

  function statement(table: string, columns: readonly string[], rowCount: number) {
    const key = `${table}|${rowCount}`;
    let prepared = statements.get(key);
    if (!prepared) {
      const row = `(${columns.map(() => '?').join(',')})`;
      const values = Array.from({ length: rowCount }, () => row).join(',');
      prepared = db.prepare(`insert into ${table} (${columns.join(',')}) values ${values}`);
      statements.set(key, prepared);
    }
    return prepared;
  }

  const insertAll = db.transaction((table: string, columns: readonly string[], rows: Row[]) => {
    const perStatement = Math.min(
      MAX_ROWS_PER_STATEMENT,
      Math.floor(MAX_PARAMETERS / columns.length),
    );
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      statement(table, columns, chunk.length).run(chunk.flat());
    }
  });

  return {
    kind: 'sqlite',
    async dropIndexes(tables, keep) {
      const placeholders = tables.map(() => '?').join(',');
      const rows = db
        .prepare(
          `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${placeholders})`,
        )
        .all(...tables) as { name: string; sql: string }[];
      for (const row of rows.filter((index) => !keep.includes(index.name))) {
        db.exec(`drop index ${row.name}`);
        dropped.push(row);
      }
    },
    async insert(table, columns, encoded: EncodedRows) {
      if (!('rows' in encoded)) throw new Error('SQLite takes rows as they are');
      insertAll(table, columns, encoded.rows);
    },
    async flush() {},
    async restoreIndexes(report) {
      for (const { name, sql } of dropped.splice(0)) {
        const started = performance.now();
        db.exec(sql);
        report(name, performance.now() - started);
      }
    },
    // What SQLite advises an application to run when it opens a database (and what
    // connection.ts should run; BENCHMARKS.md): sampled statistics, about a second here.
    async analyze() {
      db.pragma('analysis_limit = 1000');
      db.pragma('optimize = 0x10002');
    },
    async close() {
      db.pragma('journal_mode = WAL');
      db.close();
    },
  };
}
