// Bulk loading into PostgreSQL: each batch is one INSERT ... SELECT FROM unnest($1::type[], ...)
// (one array parameter per column, close to COPY speed without a COPY client), spread over two
// connections so the server works while Node builds the next batch.
import pg from 'pg';
import type { BulkWriter, Row } from './bulk-writer';

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
  const columnTypes = new Map<string, Map<string, string>>();
  const dropped: { name: string; sql: string }[] = [];
  const inFlight: Promise<unknown>[] = [];
  // One query at a time per connection: each has its own queue.
  const queues: Promise<unknown>[] = clients.map(() => Promise.resolve());
  let failure: unknown = null;
  let turn = 0;

  async function typesOf(table: string) {
    let types = columnTypes.get(table);
    if (!types) {
      const { rows } = await main.query<{ column_name: string; udt_name: string }>(
        `select column_name, udt_name from information_schema.columns where table_schema = 'public' and table_name = $1`,
        [table],
      );
      types = new Map(rows.map((row) => [row.column_name, row.udt_name]));
      columnTypes.set(table, types);
    }
    return types;
  }

  async function waitForRoom(room: number) {
    while (inFlight.length > room) await inFlight.shift();
    if (failure) throw failure;
  }

  return {
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
    async insert(table, columns, rows: Row[]) {
      const types = await typesOf(table);
      const casts = columns.map((column, n) => `$${n + 1}::${types.get(column)}[]`);
      const arrays = columns.map((_, n) => rows.map((row) => row[n]));
      const text = `insert into ${table} (${columns.join(',')}) select * from unnest(${casts.join(',')})`;
      await waitForRoom(MAX_IN_FLIGHT - 1);
      const index = turn++ % clients.length;
      const client = clients[index] as pg.Client;
      const done = (queues[index] as Promise<unknown>)
        .then(() => client.query(text, arrays))
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
