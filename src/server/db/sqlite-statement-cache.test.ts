import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache';

const open: SQLite.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.open && db.close()));

function database() {
  const sqlite = new SQLite(':memory:');
  open.push(sqlite);
  sqlite.exec('create table t (n integer)');
  return sqlite;
}

describe('SQLite statement cache', () => {
  it('prepares a statement once and reuses it', () => {
    const cached = withStatementCache(database());
    const first = cached.prepare('select count(*) as n from t');
    expect(cached.prepare('select count(*) as n from t')).toBe(first);
    cached.prepare('insert into t values (?)').run([1]);
    expect(first.all([])).toEqual([{ n: 1 }]);
  });

  it('forgets the least recently used statement when full', () => {
    const cached = withStatementCache(database(), 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    cached.prepare('select 1');
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('reads at once, and leaves writes and reads inside an open transaction to Kysely', () => {
    const sqlite = database();
    const cached = withStatementCache(sqlite);
    cached.prepare('insert into t values (?)').run([1]);
    expect(cached.readNow('select n from t where n >= ?', [1])).toEqual([{ n: 1 }]);
    expect(cached.readNow('insert into t values (?) returning n', [2])).toBeUndefined();
    expect(cached.readNow('select count(*) as n from t', [])).toEqual([{ n: 1 }]);
    sqlite.exec('begin');
    expect(cached.readNow('select n from t', [])).toBeUndefined();
    sqlite.exec('commit');
    expect(cached.readNow('select n from t', [])).toEqual([{ n: 1 }]);
  });

  it('closes the database', () => {
    const sqlite = database();
    withStatementCache(sqlite).close();
    expect(sqlite.open).toBe(false);
  });
});
