// Which database the benchmark uses: PostgreSQL when DATABASE_URL is set, else SQLite in
// DATA_DIR (default ./bench-data); and where the generator leaves the login for run.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseKind } from '../../src/server/db/connection';

export type BenchTarget = {
  kind: DatabaseKind;
  databaseUrl: string | undefined;
  dataDir: string;
  sqliteFile: string;
  loginFile: string;
};

export type BenchLogin = {
  engine: DatabaseKind;
  email: string;
  password: string;
  workspaceId: string;
  bigModuleId: string;
  generatedAt: string;
  generatorSeconds: number;
};

export function benchTarget(env: NodeJS.ProcessEnv = process.env): BenchTarget {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = path.resolve(env.DATA_DIR ?? 'bench-data');
  const sqliteFile = path.join(dataDir, 'carta.sqlite');
  if (!databaseUrl) {
    return {
      kind: 'sqlite',
      databaseUrl,
      dataDir,
      sqliteFile,
      loginFile: path.join(dataDir, 'bench-login.json'),
    };
  }
  const name = new URL(databaseUrl).pathname.slice(1) || 'postgres';
  const loginFile = path.resolve('bench/.out', `${name}.json`);
  return { kind: 'postgres', databaseUrl, dataDir, sqliteFile, loginFile };
}

export function readLogin(target: BenchTarget): BenchLogin {
  if (!fs.existsSync(target.loginFile)) {
    throw new Error(
      `no ${target.loginFile}: run \`npm run bench:generate\` with the same settings first`,
    );
  }
  return JSON.parse(fs.readFileSync(target.loginFile, 'utf8')) as BenchLogin;
}

export function writeLogin(target: BenchTarget, login: BenchLogin) {
  fs.mkdirSync(path.dirname(target.loginFile), { recursive: true });
  fs.writeFileSync(target.loginFile, `${JSON.stringify(login, null, 2)}\n`);
}
