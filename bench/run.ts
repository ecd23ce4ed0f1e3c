// Benchmarks (issue 3, item 8) on the data of `npm run bench:generate`: the board and the filtered,
// sorted list of the 200,000-card module, a card read, a card update and a contact search through
// the API over HTTP and, for the board, list, card read and contact search, the same SQL straight
// on the connection (the floor): the queries of the feature itself, and every statement the
// request runs.
// `npm run bench` (PostgreSQL when DATABASE_URL is set); `-- --explain` adds the query plans,
// `-- --shapes` times more list shapes (bench/lib/list-shapes.ts).
import path from 'node:path';
import { parseFieldFilters, parseSort, type CardSort } from '../src/domain/cards/list-query';
import { buildApp } from '../src/server/app';
import { readConfig } from '../src/server/config';
import type { AppContext } from '../src/server/context';
import { idleBeforeOfStatuses } from '../src/domain/cards/staleness';
import { boardFields } from '../src/domain/fields/board-fields';
import { BOARD_PAGE_SIZE } from '../src/server/features/cards/board.schemas';
import { boardPages, storedTotals } from '../src/server/features/cards/board.store';
import {
  loadFieldDefinitions,
  loadStatuses,
} from '../src/server/features/cards/card-context.store';
import { listCards, type CardListQuery } from '../src/server/features/cards/card-list.store';
import { findCard } from '../src/server/features/cards/cards.store';
import { findModule } from '../src/server/features/modules/modules.store';
import { listen, signIn, type ApiClient, type Session } from './lib/api-client';
import { openBenchDatabase, type BenchDatabase, type RawQuery } from './lib/bench-database';
import { benchTarget, readLogin, type BenchLogin } from './lib/bench-target';
import { timeListShapes } from './lib/list-shapes';
import { measure, measureAlternating, summarise, type Timing } from './lib/timing';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 1000);
// Each scenario is timed as a server that has been answering for a while runs it: the request
// path keeps getting faster over its first few thousand calls while its SQL does not (on the
// machine of BENCHMARKS.md a list call took 1.3 ms after 500 calls and 1.05 ms after 5,000, its
// statements 0.7 ms throughout). The floors get the same warm-up.
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 3000);
const LIST_QUERY = 'filter[source]=website&sort=-value&limit=50';
/**
 * Besides its second page asked for again and again, the list is timed as a client paging
 * through it asks for its pages: one after another, each new to the database and to the CPU's
 * caches, whereas the same statements run again and again find in those caches the index pages
 * they read the time before (BENCHMARKS.md). The API and its floors take the same pages in turn.
 */
const WALKED_PAGES = 100;
const options = { warmUp: WARM_UP, iterations: ITERATIONS };
/** An API call and its floors alternate in this many blocks of timed runs. */
const BLOCKS = 10;

type Result = { name: string; timing: Timing; statements: number };
type Run = {
  bench: BenchDatabase;
  ctx: AppContext;
  app: Awaited<ReturnType<typeof buildApp>>;
  session: Session;
  client: ApiClient;
  login: BenchLogin;
  results: Result[];
  /** How long the server took over each request, receipt to answer written (its own clock). */
  serverTimes: number[];
};

async function moduleSetting(run: Run) {
  const { workspaceId, bigModuleId: moduleId } = run.login;
  const [fields, statuses] = await Promise.all([
    loadFieldDefinitions(run.bench.db, workspaceId, moduleId),
    loadStatuses(run.bench.db, workspaceId, moduleId),
  ]);
  const module = await findModule(run.bench.db, workspaceId, moduleId);
  const now = new Date();
  const list: CardListQuery = {
    moduleId,
    filters: parseFieldFilters({ 'filter[source]': 'website' }, fields).filters,
    sort: parseSort('-value', fields) as CardSort,
    limit: 50,
    idleBefore: idleBeforeOfStatuses(statuses, module!.idleDays, now),
  };
  const sumFieldId = fields.find((field) => field.type === 'money')?.id ?? null;
  const cardFields = boardFields(fields).map((field) => field.key);
  return {
    workspaceId,
    moduleId,
    statuses,
    list,
    sumFieldId,
    cardFields,
    idleDays: module!.idleDays,
  };
}

type Setting = Awaited<ReturnType<typeof moduleSetting>>;

/**
 * Every SQL statement each GET issues, recorded by an app over a recording connection: each URL's
 * second call, as in the timed runs, where the module's setup is already kept in memory.
 */
async function statementsOf(run: Run, urls: string[]) {
  const issued: RawQuery[][] = [];
  await run.bench.capture(async (db, restart) => {
    const app = await buildApp({ ...run.ctx, db });
    for (const url of urls) {
      for (const call of ['first', 'second']) {
        const answer = await app.inject({ method: 'GET', url, headers: run.session });
        if (answer.statusCode !== 200) throw new Error(`${url}: ${answer.statusCode}`);
        const statements = restart();
        if (call === 'second') issued.push(statements);
      }
    }
    await app.close();
  });
  return issued;
}

const runAll = async (bench: BenchDatabase, queries: RawQuery[]) => {
  for (const query of queries) await bench.raw(query);
};

/**
 * Each scenario starts on a collected heap (`npm run bench` gives node --expose-gc): what the
 * scenarios before it left behind (the board's answers, the apps that recorded statements)
 * would otherwise be marked and swept during its timed calls.
 */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * The API call as the client sees it and as the server's own clock does, with its floors: every
 * statement the call issued run raw one after the other ("all SQL") and, if given, the feature's
 * own statements ("raw SQL"). All are timed in alternating blocks (measureAlternating). Given
 * several URLs (and as many sets of the feature's statements), the n-th run of each takes the
 * n-th in turn.
 */
async function timeApi(run: Run, name: string, url: string | string[], featureSql?: RawQuery[][]) {
  const urls = typeof url === 'string' ? [url] : url;
  const issued = await statementsOf(run, urls);
  const turn = <T>(items: T[], iteration: number) => items[iteration % items.length]!;
  collectGarbage();
  const works: Record<string, (iteration: number) => Promise<unknown>> = {
    API: (i) => run.client.call('GET', turn(urls, i)),
  };
  const statements = issued[0]!.length;
  if (statements > 0) works['all SQL'] = (i) => runAll(run.bench, turn(issued, i));
  if (featureSql) works['raw SQL'] = (i) => runAll(run.bench, turn(featureSql, i));
  const timings = await measureAlternating(works, {
    ...options,
    blocks: BLOCKS,
    timing: () => (run.serverTimes.length = 0),
  });
  const server = summarise(run.serverTimes);
  run.results.push({ name: `${name}, API`, timing: timings.API!, statements });
  run.results.push({ name: `${name}, API server`, timing: server, statements });
  for (const floor of ['all SQL', 'raw SQL']) {
    const timing = timings[floor];
    const count = floor === 'all SQL' ? statements : (featureSql?.[0]?.length ?? 0);
    if (timing) run.results.push({ name: `${name}, ${floor}`, timing, statements: count });
  }
}

/** Runs captured statements straight on the connection, one after the other. */
async function timeRaw(run: Run, name: string, queries: RawQuery[][]) {
  const timing = await measure((i) => runAll(run.bench, queries[i % queries.length]!), options);
  run.results.push({ name: `${name}, raw SQL`, timing, statements: queries[0]!.length });
}

async function explain(run: Run, title: string, queries: RawQuery[]) {
  if (!process.argv.includes('--explain')) return;
  console.log(`\n-- ${title}`);
  for (const query of queries) {
    console.log(`\n${query.sql}\n${JSON.stringify(query.parameters)}`);
    for (const line of await run.bench.explain(query)) console.log(`  ${line}`);
  }
}

function positionOf(cursor: string) {
  const { v, id } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
    v: string;
    id: string;
  };
  return { value: JSON.parse(v) as string | number | null, id };
}

async function boardAndList(run: Run, s: Setting) {
  const now = new Date();
  const boardSql = await run.bench.capture(async (db) => {
    await storedTotals(db, run.bench.kind, s.workspaceId, s.moduleId, s.sumFieldId);
    await boardPages(db, run.bench.kind, s.workspaceId, s.moduleId, {
      columns: idleBeforeOfStatuses(s.statuses, s.idleDays, now),
      limit: BOARD_PAGE_SIZE,
      fieldKeys: s.cardFields,
    });
  });
  await explain(run, 'board: totals, then a page of every column', boardSql);
  const board = `(a) board (${s.statuses.length} columns)`;
  await timeApi(run, board, `/api/v1/modules/${s.moduleId}/board`, [boardSql]);

  const listUrl = `/api/v1/modules/${s.moduleId}/cards?${LIST_QUERY}`;
  const pages = await pagesAfterTheFirst(run, listUrl, WALKED_PAGES);
  const pageSql = (cursor: string) =>
    run.bench.capture((db) =>
      listCards(db, run.bench.kind, s.workspaceId, s.list, positionOf(cursor)),
    );
  const listSql = await run.bench.capture((db) =>
    listCards(db, run.bench.kind, s.workspaceId, s.list),
  );
  const nextSql = await pageSql(pages[0]!.cursor);
  await explain(run, `list ${LIST_QUERY}`, listSql);
  await explain(run, 'list, next page', nextSql);
  await timeApi(run, '(b) list filtered+sorted', listUrl, [listSql]);
  await timeApi(run, '(b) list page 2 (cursor)', pages[0]!.url, [nextSql]);
  const walkSql: RawQuery[][] = [];
  for (const page of pages) walkSql.push(await pageSql(page.cursor));
  const walk = `(b) list pages 2–${WALKED_PAGES + 1} in turn`;
  await timeApi(
    run,
    walk,
    pages.map((page) => page.url),
    walkSql,
  );
}

/** The URLs of the list's pages after its first, as a client paging through it reaches them. */
async function pagesAfterTheFirst(run: Run, listUrl: string, count: number) {
  const pages: { url: string; cursor: string }[] = [];
  let url = listUrl;
  while (pages.length < count) {
    const { nextCursor } = JSON.parse((await run.client.call('GET', url)).toString()) as {
      nextCursor: string | null;
    };
    if (!nextCursor) throw new Error(`the list ends after ${pages.length + 1} pages`);
    url = `${listUrl}&cursor=${nextCursor}`;
    pages.push({ url, cursor: nextCursor });
  }
  return pages;
}

/** Live cards of one column, spread over it, with their version and `source` value. */
async function sampleCards(run: Run, s: Setting, statusId: string, count: number) {
  const rows = await run.bench.db
    .selectFrom('cards')
    .select(['id', 'version', 'fields'])
    .where('workspace_id', '=', s.workspaceId)
    .where('module_id', '=', s.moduleId)
    .where('status_id', '=', statusId)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .limit(count * 20)
    .execute();
  return rows
    .filter((_, index) => index % 20 === 7)
    .map((row) => ({ ...row, source: (JSON.parse(row.fields) as { source?: string }).source }));
}

async function cardReadAndWrite(run: Run, s: Setting) {
  const [first, second] = s.statuses as [Setting['statuses'][0], Setting['statuses'][0]];
  const cards = await sampleCards(run, s, second.id, WARM_UP + ITERATIONS);
  const urls = cards.map((card) => `/api/v1/cards/${card.id}`);
  const readSql = await Promise.all(
    cards.map((card) => run.bench.capture((db) => findCard(db, s.workspaceId, card.id))),
  );
  run.results.push({
    name: '(c) card read, API',
    timing: await measure((i) => run.client.call('GET', urls[i % urls.length]!), options),
    statements: (await statementsOf(run, [urls[0]!]))[0]!.length,
  });
  await timeRaw(run, '(c) card read', readSql);

  // Every change is undone by the next one, so the data set ends as it began.
  const patch = async (card: { id: string; version: number }, change: object) => {
    const answer = await run.client.call('PATCH', `/api/v1/cards/${card.id}`, {
      version: card.version,
      ...change,
    });
    card.version = (JSON.parse(answer.toString()) as { version: number }).version;
  };
  const edited = cards[0]!;
  // Alternate between another value and the card's own (null: empty), so each PATCH changes it.
  const original = edited.source ?? null;
  const sources = [original === 'referral' ? 'website' : 'referral', original];
  run.results.push({
    name: '(d) card update (a field), API',
    timing: await measure((i) => patch(edited, { fields: { source: sources[i % 2] } }), options),
    statements: 0,
  });
  const moved = (await sampleCards(run, s, first.id, 1))[0]!;
  run.results.push({
    name: '(d) card move to next column, API',
    timing: await measure(
      (i) => patch(moved, { statusId: i % 2 === 0 ? second.id : first.id }),
      options,
    ),
    statements: 0,
  });
}

function printTable(run: Run) {
  const cell = (value: number | string, width = 8) => String(value).padStart(width);
  const ms = (value: number) => cell(value.toFixed(2));
  console.log(
    `\nCarta benchmark: ${run.login.engine}, ${ITERATIONS} iterations after ${WARM_UP} warm-up; ` +
      'times in ms; SQL = statements per call\n',
  );
  console.log(
    `${'scenario'.padEnd(40)}${cell('SQL', 5)}${cell('n', 6)}${cell('mean')}${cell('p50')}${cell('p95')}${cell('max')}`,
  );
  for (const { name, timing, statements } of run.results) {
    const sqlCount = statements === 0 ? '' : statements;
    console.log(
      `${name.padEnd(40)}${cell(sqlCount, 5)}${cell(timing.n, 6)}${ms(timing.mean)}${ms(timing.p50)}${ms(timing.p95)}${ms(timing.max)}`,
    );
  }
  console.log("\nAPI time over its floors, p50 (p95): the feature's queries; every statement");
  const named = (name: string) => run.results.find((r) => r.name === name);
  const ratio = (api: Timing, floor: Timing | undefined) =>
    floor ? `${(api.p50 / floor.p50).toFixed(2)}× (${(api.p95 / floor.p95).toFixed(2)}×)` : '—';
  for (const api of run.results.filter((result) => / API( server)?$/.test(result.name))) {
    const scenario = api.name.replace(/, API( server)?$/, '');
    const raw = named(`${scenario}, raw SQL`);
    const all = named(`${scenario}, all SQL`);
    if (!raw && !all) continue;
    const clock = api.name.endsWith('server') ? 'server' : 'client';
    const figures = `${ratio(api.timing, raw?.timing).padEnd(18)}${ratio(api.timing, all?.timing)}`;
    console.log(`  ${scenario.padEnd(30)}${clock.padEnd(8)}${figures}`);
  }
}

async function printShapes(run: Run) {
  const shapes = await timeListShapes(run.bench, run.login, Math.min(ITERATIONS, 50));
  console.log('\nMore list shapes, at the store (listCards), milliseconds\n');
  for (const { name, timing, rows } of shapes) {
    const figures = [timing.mean, timing.p50, timing.p95].map((v) => v.toFixed(2).padStart(8));
    console.log(`${name.padEnd(46)}${String(rows).padStart(4)} rows${figures.join('')}`);
  }
}

async function main() {
  const target = benchTarget();
  const login = readLogin(target);
  const bench = openBenchDatabase(target);
  const config = { ...readConfig({}), dataDir: target.dataDir, databaseUrl: target.databaseUrl };
  const ctx: AppContext = {
    db: bench.db,
    dbKind: bench.kind,
    config: { ...config, webDir: path.join(target.dataDir, 'no-web-app') },
  };
  const app = await buildApp(ctx);
  const serverTimes: number[] = [];
  // A callback hook: an async one would add a promise to every timed call.
  app.addHook('onResponse', (_request, reply, done) => {
    serverTimes.push(reply.elapsedTime);
    done();
  });
  const session = await signIn(app, login);
  const client = await listen(app, session);
  const run: Run = { bench, ctx, app, session, client, login, results: [], serverTimes };
  // The least any call costs: an answer with no session, no SQL and a few bytes.
  await timeApi(run, '(0) GET /healthz', '/healthz');
  const setting = await moduleSetting(run);
  await boardAndList(run, setting);
  await cardReadAndWrite(run, setting);
  // The contact picker's search among the 200,000 contacts (a prefix of the folded name).
  await timeApi(run, '(e) contact search', '/api/v1/contacts?q=ion&limit=20');
  printTable(run);
  if (process.argv.includes('--shapes')) await printShapes(run);
  client.close();
  await app.close();
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
