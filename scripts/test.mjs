// `npm test`: static checks, unit tests, the API suite on SQLite and again on PostgreSQL, and the
// browser tests. A suite whose engine is missing is skipped loudly, or fails when required
// (CI=true, or REQUIRE_POSTGRES / REQUIRE_BROWSER=true).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const ci = process.env.CI === 'true';
const requirePostgres = ci || process.env.REQUIRE_POSTGRES === 'true';
const requireBrowser = ci || process.env.REQUIRE_BROWSER === 'true';
const resultsDir = path.resolve('test-results');
fs.mkdirSync(resultsDir, { recursive: true });

const steps = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(name, command, args, env = {}) {
  console.log(`\n━━ ${name} ━━ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, outcome: ok ? 'passed' : 'FAILED' });
  return ok;
}

function runVitest(name, project, env = {}) {
  const report = path.join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  fs.rmSync(report, { force: true });
  const ok = run(
    name,
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    env,
  );
  if (fs.existsSync(report)) {
    const counts = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += counts.numPassedTests;
    totals.failed += counts.numFailedTests;
    totals.skipped += counts.numPendingTests + counts.numTodoTests;
    if (counts.numTotalTests === 0) {
      steps.at(-1).outcome = 'FAILED (no tests ran)';
      return false;
    }
  } else if (!ok) {
    totals.failed += 1;
  }
  return ok;
}

function skip(name, reason, required) {
  const line = `${required ? 'MISSING (required)' : 'SKIPPED'}: ${reason}`;
  console.log(`\n${'!'.repeat(78)}\n!! ${name}: ${line}\n${'!'.repeat(78)}`);
  steps.push({ name, outcome: line });
  if (required) totals.failed += 1;
}

async function postgresReachable() {
  const url =
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { ok: true, url };
  } catch (error) {
    return { ok: false, url, reason: error.message };
  } finally {
    await client.end().catch(() => {});
  }
}

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  return candidates.find((file) => fs.existsSync(file));
}

run('format', 'npx', ['prettier', '--check', '.']);
run('lint', 'npx', ['eslint', '.']);
run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
runVitest('unit', 'unit');
runVitest('api on SQLite', 'api', { CARTA_TEST_DB: 'sqlite' });

const postgres = await postgresReachable();
if (postgres.ok) runVitest('api on PostgreSQL', 'api', { CARTA_TEST_DB: 'postgres' });
else
  skip(
    'api on PostgreSQL',
    `no PostgreSQL at ${postgres.url} (${postgres.reason})`,
    requirePostgres,
  );

const chromium = findChromium();
if (chromium) {
  if (run('build web app', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
    runVitest('browser (e2e)', 'e2e', { CHROMIUM_PATH: chromium });
  }
} else {
  skip(
    'browser (e2e)',
    'no Chromium found (set CHROMIUM_PATH or apt-get install chromium)',
    requireBrowser,
  );
}

console.log('\n━━ summary ━━');
for (const step of steps) console.log(`  ${step.name.padEnd(22)} ${step.outcome}`);
const failedSteps = steps.filter((s) => s.outcome !== 'passed' && !s.outcome.startsWith('SKIPPED'));
// The plain closing line CI reads.
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
