// Command line: `start` (migrate, then serve; `--demo` first creates a demo workspace),
// `migrate`, and `demo` (create the demo workspace only).
import { buildApp } from './app';
import { readConfig } from './config';
import type { AppContext } from './context';
import { openDatabase } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { createDemoWorkspace } from './demo';

async function main(argv: string[]) {
  const [command = 'start', ...flags] = argv;
  const config = readConfig();
  const handle = openDatabase(config);
  await migrateToLatest(handle);
  const ctx: AppContext = { db: handle.db, dbKind: handle.kind, config };

  if (command === 'migrate') {
    console.log(`Migrations applied (${handle.kind}).`);
    return handle.close();
  }
  if (command === 'demo' || flags.includes('--demo')) {
    const login = await createDemoWorkspace(ctx);
    console.log(
      `\nDemo workspace ready. Sign in at http://localhost:${config.port}/login with\n` +
        `  e-mail:   ${login.email}\n  password: ${login.password}\n`,
    );
    if (command === 'demo') return handle.close();
  }
  if (command !== 'start') throw new Error(`unknown command "${command}" (start, migrate, demo)`);

  const app = await buildApp(ctx, { logger: true });
  const stop = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  console.log(`Carta is running at http://localhost:${config.port} (database: ${handle.kind})`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
