// Generates the benchmark data set (issue 3, item 8): one workspace, 50 users, 5 template modules
// with 20 fields each, 1,000,000 cards (200,000 per module) and 200,000 contacts, written as the
// app writes them. `npm run bench:generate`; PostgreSQL when DATABASE_URL is set.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { readConfig } from '../src/server/config';
import type { AppContext } from '../src/server/context';
import { openDatabase } from '../src/server/db/connection';
import { migrateToLatest } from '../src/server/db/migrate';
import { benchTarget, writeLogin, type BenchTarget } from './lib/bench-target';
import { postgresBulkWriter } from './lib/bulk-postgres';
import { sqliteBulkWriter } from './lib/bulk-sqlite';
import { encodeRows, type BulkWriter, type Row } from './lib/bulk-writer';
import { createIdSource } from './lib/bench-ids';
import { cardBatches, type CardJob } from './lib/card-batches';
import * as cardRows from './lib/card-rows';
import { companyRow, CONTACT_COLUMNS, personRow } from './lib/contact-rows';
import { createRandom, type Random } from './lib/random';
import { BENCH_PASSWORD, setUpWorkspace, type BenchWorkspace } from './lib/workspace-setup';

const CARDS_PER_MODULE = Number(process.env.BENCH_CARDS_PER_MODULE ?? 200_000);
const COMPANIES = 50_000;
const PERSONS = 150_000;
const BATCH = 5_000;
const SEED = 20_260_101;
const LOADED_TABLES = ['card_values', 'cards', 'card_history', 'contacts'];
/** Indexes whose keys grow in insertion order cost little to keep during the load. */
const KEPT_INDEXES = ['card_values_card', 'card_history_card', 'cards_workspace_sample'];

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s`;
const log = (message: string) => console.log(`[${elapsed()}] ${message}`);

async function resetPostgres(target: BenchTarget) {
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  const { rows } = await client.query(`select to_regclass('public.workspaces') as found`);
  if (rows[0].found) {
    if (!fs.existsSync(target.loginFile)) {
      throw new Error('the database is not empty and was not made by the generator; use a new one');
    }
    await client.query('drop schema public cascade; create schema public');
  }
  await client.end();
}

async function reset(target: BenchTarget) {
  if (target.kind === 'postgres') return resetPostgres(target);
  if (!fs.existsSync(target.sqliteFile)) return;
  if (!fs.existsSync(target.loginFile)) {
    throw new Error(`${target.sqliteFile} was not made by the generator; choose another DATA_DIR`);
  }
  for (const suffix of ['', '-wal', '-shm'])
    fs.rmSync(`${target.sqliteFile}${suffix}`, { force: true });
}

async function writeContacts(writer: BulkWriter, random: Random, workspaceId: string) {
  const now = new Date().toISOString();
  const newId = createIdSource(random);
  const companyIds: string[] = [];
  const contactIds: string[] = [];
  for (let made = 0; made < COMPANIES + PERSONS; made += BATCH) {
    const rows: Row[] = [];
    for (let n = made; n < Math.min(made + BATCH, COMPANIES + PERSONS); n++) {
      const row =
        n < COMPANIES
          ? companyRow(random, newId, workspaceId, now)
          : personRow(random, newId, workspaceId, random.pick(companyIds), now);
      if (n < COMPANIES) companyIds.push(row[0] as string);
      contactIds.push(row[0] as string);
      rows.push(row);
    }
    await writer.insert('contacts', CONTACT_COLUMNS, encodeRows(writer.kind, rows));
  }
  log(`contacts ${contactIds.length.toLocaleString('en')}`);
  return contactIds;
}

/** One module's cards, made by a worker thread (card-worker.ts), and its column totals. */
async function writeModule(writer: BulkWriter, job: CardJob) {
  const batches = cardBatches(job);
  let valueCount = 0;
  for (;;) {
    const next = await batches.next();
    if (next.done) {
      const { countRows, moneyRows } = next.value;
      await writer.insert(
        'status_totals',
        cardRows.TOTAL_COLUMNS,
        encodeRows(writer.kind, countRows),
      );
      await writer.insert(
        'status_money_totals',
        cardRows.MONEY_TOTAL_COLUMNS,
        encodeRows(writer.kind, moneyRows),
      );
      return valueCount;
    }
    const batch = next.value;
    valueCount += batch.valueCount;
    await writer.insert('cards', cardRows.CARD_COLUMNS, batch.cards);
    await writer.insert('card_values', cardRows.VALUE_COLUMNS, batch.values);
    await writer.insert('card_history', cardRows.HISTORY_COLUMNS, batch.history);
  }
}

/**
 * Every module's cards. PostgreSQL stores rows in its own processes, so two modules are made at
 * once (one per core); SQLite stores them on this thread, so one worker makes cards while it does.
 */
async function writeCards(writer: BulkWriter, workspace: BenchWorkspace, contactIds: string[]) {
  const refs = { userIds: workspace.userIds, contactIds };
  const queue = workspace.modules.map((module, index) => ({ module, seed: SEED + 1 + index }));
  const lanes = writer.kind === 'postgres' ? 2 : 1;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const valueCount = await writeModule(writer, {
          kind: writer.kind,
          workspaceId: workspace.workspaceId,
          module: next.module,
          refs,
          cardCount: CARDS_PER_MODULE,
          batch: BATCH,
          seed: next.seed,
        });
        log(
          `module ${next.module.template}: ${CARDS_PER_MODULE.toLocaleString('en')} cards, ${valueCount.toLocaleString('en')} card_values rows`,
        );
      }
    }),
  );
}

function appContext(target: BenchTarget) {
  const handle = openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
  const config = { ...readConfig({}), dataDir: target.dataDir, databaseUrl: target.databaseUrl };
  const webDir = path.join(target.dataDir, 'no-web-app');
  const ctx: AppContext = { db: handle.db, dbKind: handle.kind, config: { ...config, webDir } };
  return { handle, ctx };
}

/** The kept totals of the big module must equal a live count of its cards. */
async function checkTotals(target: BenchTarget, workspaceId: string, moduleId: string) {
  const { handle, ctx } = appContext(target);
  const live = await ctx.db
    .selectFrom('cards')
    .select(['status_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .where('deleted_at', 'is', null)
    .groupBy('status_id')
    .execute();
  const kept = await ctx.db
    .selectFrom('status_totals')
    .select(['status_id', 'card_count'])
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .execute();
  await handle.close();
  const keptBy = new Map(kept.map((row) => [row.status_id, Number(row.card_count)]));
  const wrong = live.filter((row) => keptBy.get(row.status_id) !== Number(row.n));
  if (wrong.length > 0 || live.length !== kept.length) {
    throw new Error('status_totals disagree with the cards');
  }
}

/** Workspace, users, modules and fields through the app, on its own connection. */
async function setUp(target: BenchTarget, random: Random) {
  const { handle, ctx } = appContext(target);
  await migrateToLatest(handle);
  const workspace = await setUpWorkspace(ctx, random);
  await handle.close();
  const fieldCount = workspace.modules[0]?.fields.length;
  log(
    `${target.kind}: workspace, ${workspace.userIds.length} users, 5 modules of ${fieldCount} fields`,
  );
  return workspace;
}

async function load(target: BenchTarget, random: Random, workspace: BenchWorkspace) {
  const writer =
    target.kind === 'sqlite'
      ? sqliteBulkWriter(target.sqliteFile)
      : await postgresBulkWriter(target.databaseUrl!);
  await writer.dropIndexes(LOADED_TABLES, KEPT_INDEXES);
  const contactIds = await writeContacts(writer, random, workspace.workspaceId);
  await writeCards(writer, workspace, contactIds);
  await writer.flush();
  log('rows written; rebuilding indexes');
  await writer.restoreIndexes((name, ms) => log(`index ${name} (${(ms / 1000).toFixed(1)}s)`));
  await writer.analyze(LOADED_TABLES);
  log('planner statistics gathered');
  await writer.close();
}

async function main() {
  const target = benchTarget();
  await reset(target);
  const random = createRandom(SEED);
  const workspace = await setUp(target, random);
  await load(target, random, workspace);
  const bigModule = workspace.modules[0]!;
  await checkTotals(target, workspace.workspaceId, bigModule.id);
  const seconds = (performance.now() - started) / 1000;
  writeLogin(target, {
    engine: target.kind,
    email: workspace.email,
    password: BENCH_PASSWORD,
    workspaceId: workspace.workspaceId,
    bigModuleId: bigModule.id,
    generatedAt: new Date().toISOString(),
    generatorSeconds: Math.round(seconds),
  });
  console.log(
    `\nDone in ${seconds.toFixed(0)} s (${target.kind}); the column totals match the cards.`,
  );
  console.log(`  sign in:    ${workspace.email} / ${BENCH_PASSWORD}`);
  console.log(
    `  big module: ${bigModule.id} (${bigModule.template}, ${CARDS_PER_MODULE.toLocaleString('en')} cards)`,
  );
  console.log(`  written to: ${target.loginFile}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
