import { describe, expect, it } from 'vitest';
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
