import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { kyselyOnSqlite, prepareSqlite } from '../../db/connection';
import { sql } from '../../db/sql-text';
import { keptSession, liveSession } from './live-sessions';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true })));

/** Two connections to one SQLite file, as two server processes have. */
function twoConnections() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carta-live-sessions-'));
  folders.push(dir);
  const file = path.join(dir, 'carta.sqlite');
  return [
    kyselyOnSqlite(prepareSqlite(new SQLite(file))).db,
    kyselyOnSqlite(prepareSqlite(new SQLite(file))).db,
  ] as const;
}

describe('sessions kept between writes', () => {
  const NOW = '2026-11-30T12:00:00.000Z';
  const actor = { userId: 'u1' };

  it('looks a session up once, again after a write by this connection or another', async () => {
    const [db, otherDb] = twoConnections();
    await sql`create table notes (n integer)`.rows(db, 'sqlite');
    let lookUps = 0;
    const resolve = (now = NOW) =>
      liveSession(db, 'token-1', now, async () => {
        lookUps++;
        return { actor, expiresAt: '2026-12-01T00:00:00.000Z' };
      });

    expect(await resolve()).toEqual(actor);
    expect(await resolve()).toEqual(actor);
    expect(lookUps).toBe(1);

    await sql`insert into notes values (${1})`.rows(db, 'sqlite');
    await resolve();
    expect(lookUps).toBe(2);

    await sql`insert into notes values (${2})`.rows(otherDb, 'sqlite');
    await resolve();
    await resolve();
    expect(lookUps).toBe(3);

    // Past its expiry the kept session is looked up again (the look-up decides).
    await resolve('2026-12-01T00:00:00.000Z');
    expect(lookUps).toBe(4);
    await Promise.all([db.destroy(), otherDb.destroy()]);
  });

  it('answers a kept session at once until a write or its expiry, and nothing else', async () => {
    const [db, otherDb] = twoConnections();
    await sql`create table notes (n integer)`.rows(db, 'sqlite');
    const lookUp = async () => ({ actor, expiresAt: '2026-12-01T00:00:00.000Z' });
    expect(keptSession(db, 'token-3', NOW)).toBeUndefined();
    await liveSession(db, 'token-3', NOW, lookUp);
    expect(keptSession(db, 'token-3', NOW)).toEqual(actor);
    expect(keptSession(db, 'another', NOW)).toBeUndefined();
    expect(keptSession(db, 'token-3', '2026-12-01T00:00:00.000Z')).toBeUndefined();

    await sql`insert into notes values (${1})`.rows(otherDb, 'sqlite');
    expect(keptSession(db, 'token-3', NOW)).toBeUndefined();
    await liveSession(db, 'token-3', NOW, lookUp);
    expect(keptSession(db, 'token-3', NOW)).toEqual(actor);
    await sql`insert into notes values (${2})`.rows(db, 'sqlite');
    expect(keptSession(db, 'token-3', NOW)).toBeUndefined();
    await Promise.all([db.destroy(), otherDb.destroy()]);
  });

  it('keeps nothing it did not find, and nothing while a transaction is open', async () => {
    const [db, otherDb] = twoConnections();
    let lookUps = 0;
    const missing = () =>
      liveSession(db, 'unknown', NOW, async () => {
        lookUps++;
        return null;
      });
    expect(await missing()).toBeNull();
    expect(await missing()).toBeNull();
    expect(lookUps).toBe(2);

    const found = () =>
      liveSession(db, 'token-2', NOW, async () => {
        lookUps++;
        return { actor, expiresAt: '2026-12-01T00:00:00.000Z' };
      });
    await db.transaction().execute(async () => {
      await found();
      await found();
    });
    expect(lookUps).toBe(4);
    await Promise.all([db.destroy(), otherDb.destroy()]);
  });
});
