// Runtime configuration, read once from the environment; every knob has a working default.
import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  /** Folder for the embedded SQLite database and other local files. */
  dataDir: string;
  /** PostgreSQL connection string; when absent the embedded SQLite database is used. */
  databaseUrl: string | undefined;
  /** Mark the session cookie Secure (set when served over HTTPS). */
  secureCookies: boolean;
  sessionTtlHours: number;
  logLevel: string;
  /** Where the built web app lives; served when present. */
  webDir: string;
  /** Behind a reverse proxy: trust X-Forwarded-For for the client address (sign-in throttle). */
  trustProxy: boolean;
  /** Check every response against its zod schema before writing it (tests, development). */
  checkResponses: boolean;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: env.SECURE_COOKIES === 'true',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 24 * 14),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: path.resolve(env.WEB_DIR ?? 'dist/web'),
    trustProxy: env.TRUST_PROXY === 'true',
    checkResponses: env.CHECK_RESPONSES === 'true',
  };
}
