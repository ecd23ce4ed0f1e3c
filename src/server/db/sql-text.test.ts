import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { kyselyOnSqlite, prepareSqlite } from './connection';
import { sql } from './sql-text';

describe('sql templates', () => {
  const name = 'Ana';
  const inner = sql`users.name = ${name} and users.role in (${sql.join(['admin', 'member'])})`;
  const query = sql`select id from users where workspace_id = ${'w1'} and ${inner} limit ${5}`;

  it('writes fragments in place and keeps every value a parameter, in order', () => {
    expect(query.compile('sqlite')).toMatchObject({
      sql: 'select id from users where workspace_id = ? and users.name = ? and users.role in (?, ?) limit ?',
      parameters: ['w1', 'Ana', 'admin', 'member', 5],
    });
  });

  it('numbers the placeholders for PostgreSQL across fragments', () => {
    expect(query.compile('postgres').sql).toBe(
      'select id from users where workspace_id = $1 and users.name = $2 and users.role in ($3, $4) limit $5',
    );
  });

  it('writes raw text as it is and joins fragments with their separator', () => {
    const conditions = [sql`a = ${1}`, sql`b is null`, sql`${sql.raw('c')} > ${2}`];
    const joined = sql`where ${sql.join(conditions, ' and ')}`.compile('postgres');
    expect(joined.sql).toBe('where a = $1 and b is null and c > $2');
    expect(joined.parameters).toEqual([1, 2]);
  });

  it('treats text that looks like SQL as a value, never as SQL', () => {
    const hostile = "x'; drop table users; --";
    expect(sql`select ${hostile}`.compile('sqlite')).toMatchObject({
      sql: 'select ?',
      parameters: [hostile],
    });
  });

  it('makes an empty fragment of an empty template', () => {
    expect(sql`select 1 ${sql``}`.compile('sqlite').sql).toBe('select 1 ');
  });
});

describe('sql templates on the app’s SQLite connection', () => {
  it('read straight from the connection, and never see another request’s open transaction', async () => {
    const { db } = kyselyOnSqlite(prepareSqlite(new SQLite(':memory:')));
    await sql`create table t (n integer)`.rows(db, 'sqlite');
    await sql`insert into t values (${1})`.rows(db, 'sqlite');
    const count = () => sql<{ n: number }>`select count(*) as n from t`.rows(db, 'sqlite');
    expect(await count()).toEqual([{ n: 1 }]);

    let insertedInside!: () => void;
    let finish!: () => void;
    const inside = new Promise<void>((resolve) => (insertedInside = resolve));
    const transaction = db.transaction().execute(async (trx) => {
      await sql`insert into t values (${2})`.rows(trx, 'sqlite');
      insertedInside();
      await new Promise<void>((resolve) => (finish = resolve));
    });
    await inside;
    // The read waits for the transaction (Kysely's lock on the one connection), then sees it.
    const during = count();
    const seen = await Promise.race([
      during,
      new Promise((r) => setTimeout(() => r('waiting'), 50)),
    ]);
    expect(seen).toBe('waiting');
    finish();
    await transaction;
    expect(await during).toEqual([{ n: 2 }]);
    await db.destroy();
  });
});
