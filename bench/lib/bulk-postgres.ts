// Bulk loading into PostgreSQL: each batch is one COPY … FROM STDIN in PostgreSQL's text format
// (the fastest way rows go in, as pg_restore loads a dump), spread over two connections so the
// server stores one batch while the worker threads encode the next (card-worker.ts).
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkWriter, EncodedRows } from './bulk-writer';

const CONNECTIONS = 2;
const MAX_IN_FLIGHT = 4;

export async function postgresBulkWriter(databaseUrl: string): Promise<BulkWriter> {
  const clients: pg.Client[] = [];
  for (let n = 0; n < CONNECTIONS; n++) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    // As pg_restore --disable-triggers: the generator writes consistent rows, so the per-row
    // foreign-key triggers are skipped; nothing is lost if the load dies half-way.
    await client.query(`set session_replication_role = replica`);
    await client.query(`set synchronous_commit = off`);
    await client.query(`set maintenance_work_mem = '2GB'`);
    clients.push(client);
  }
  const [main] = clients as [pg.Client];
  const dropped: { name: string; sql: string }[] = [];
  const inFlight: Promise<unknown>[] = [];
  // One COPY at a time per connection: each has its own queue.
  const queues: Promise<unknown>[] = clients.map(() => Promise.resolve());
  let failure: unknown = null;
  let turn = 0;

  async function waitForRoom(room: number) {
    while (inFlight.length > room) await inFlight.shift();
    if (failure) throw failure;
  }

  return {
    kind: 'postgres',
    async dropIndexes(tables, keep) {
      const { rows } = await main.query<{ indexname: string; indexdef: string; tablename: string }>(
        `select indexname, indexdef, tablename from pg_indexes
          where schemaname = 'public' and tablename = any($1)
            and indexname not in (select conname from pg_constraint)`,
        [tables],
      );
      // Rebuilt in the order the tables were named: the biggest first.
      rows.sort((a, b) => tables.indexOf(a.tablename) - tables.indexOf(b.tablename));
      for (const row of rows.filter((index) => !keep.includes(index.indexname))) {
        await main.query(`drop index ${row.indexname}`);
        dropped.push({ name: row.indexname, sql: row.indexdef });
      }
    },
    async insert(table, columns, encoded: EncodedRows) {
      if (!('copyText' in encoded)) throw new Error('PostgreSQL takes rows as COPY text');
      const text = encoded.copyText;
      if (text === '') return;
      await waitForRoom(MAX_IN_FLIGHT - 1);
      const index = turn++ % clients.length;
      const client = clients[index] as pg.Client;
      const done = (queues[index] as Promise<unknown>)
        .then(() =>
          pipeline(
            Readable.from([text]),
            client.query(copyFrom(`copy ${table} (${columns.join(',')}) from stdin`)),
          ),
        )
        .catch((error: unknown) => {
          failure = error;
        });
      queues[index] = done;
      inFlight.push(done);
    },
    async flush() {
      await waitForRoom(0);
    },
    async restoreIndexes(report) {
      // Two at a time: one per core.
      const queue = dropped.splice(0);
      await Promise.all(
        clients.map(async (client) => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const started = performance.now();
            await client.query(next.sql);
            report(next.name, performance.now() - started);
          }
        }),
      );
    },
    // What autovacuum does after such a load, done now rather than during the benchmark; then
    // every other table, as autovacuum does once a table has seen 50 changes.
    async analyze(tables) {
      const queue = [...tables];
      await Promise.all(
        clients.map(async (client) => {
          for (let table = queue.shift(); table; table = queue.shift()) {
            await client.query(`vacuum (analyze) ${table}`);
          }
        }),
      );
      await main.query('analyze');
    },
    async close() {
      await Promise.all(clients.map((client) => client.end()));
    },
  };
}
