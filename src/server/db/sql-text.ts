// SQL templates for the statements every signed-in request, board and list call runs. Kysely's
// `sql` template makes a frozen node per value and per nested fragment and compiles the tree again
// on each call: 27 µs for the card list's cards statement (51 ids), 12 µs with these, about 30 µs
// of a list call in all (BENCHMARKS.md). A fragment here keeps its text and values flat as it is
// made, and becomes a statement by one join with the engine's placeholders; Kysely still runs it.
// Every value is a parameter; only `sql.raw` text is written into the SQL, and it is only ever
// given names fixed in code. On the app's SQLite connection a read runs straight on its cached
// statement (sqlite-statement-cache readNow) when no transaction is open.
import { CompiledQuery } from 'kysely';
import type { Executor } from '../context';
import type { DatabaseKind } from './connection';

export class SqlText<Row = unknown> {
  /** Text, value, text, …, text: one more text than values. */
  readonly texts: readonly string[];
  readonly values: readonly unknown[];

  constructor(texts: readonly string[], values: readonly unknown[]) {
    this.texts = texts;
    this.values = values;
  }

  /** The statement's text: `?` placeholders on SQLite, `$1`, `$2`… on PostgreSQL. */
  text(kind: DatabaseKind): string {
    const { texts, values } = this;
    let text = texts[0]!;
    for (let index = 0; index < values.length; index++) {
      text += (kind === 'postgres' ? `$${index + 1}` : '?') + texts[index + 1]!;
    }
    return text;
  }

  /** The statement as Kysely's driver takes it. */
  compile(kind: DatabaseKind): CompiledQuery<Row> {
    return CompiledQuery.raw(this.text(kind), this.values as unknown[]) as CompiledQuery<Row>;
  }

  /** Runs the statement; answers its rows. */
  async rows(db: Executor, kind: DatabaseKind): Promise<Row[]> {
    const read = directReads.get(db);
    if (read) {
      const rows = read.readNow(this.text(kind), this.values);
      if (rows) return rows as Row[];
    }
    return (await db.executeQuery(this.compile(kind))).rows;
  }
}

/** A connection that runs a read at once, or answers undefined to have Kysely run it. */
export type DirectReads = {
  readNow(sql: string, values: readonly unknown[]): unknown[] | undefined;
};

// By Kysely instance: a transaction is another instance, so its statements go through Kysely
// on the transaction's connection, as do those of any other Kysely (the bench's recorder).
const directReads = new WeakMap<Executor, DirectReads>();

/** Lets SqlText reads on `db` run straight on `connection` (connection.ts, SQLite only). */
export function readDirectly(db: Executor, connection: DirectReads) {
  directReads.set(db, connection);
}

/** One value as a parameter. */
const parameter = (value: unknown) => new SqlText(['', ''], [value]);

/** Writes `fragment` at the end of the texts and values being gathered. */
function append(texts: string[], values: unknown[], fragment: SqlText) {
  texts[texts.length - 1] += fragment.texts[0]!;
  for (let index = 0; index < fragment.values.length; index++) {
    values.push(fragment.values[index]);
    texts.push(fragment.texts[index + 1]!);
  }
}

/**
 * A template: `${value}` is a parameter, `${fragment}` (a SqlText) is written in place with its own
 * values.
 */
export function sql<Row = unknown>(strings: TemplateStringsArray, ...parts: unknown[]) {
  const texts = [strings[0]!];
  const values: unknown[] = [];
  parts.forEach((part, index) => {
    append(texts, values, part instanceof SqlText ? part : parameter(part));
    texts[texts.length - 1] += strings[index + 1]!;
  });
  return new SqlText<Row>(texts, values);
}

/** Text written into the SQL as it is: names fixed in code, never a value. */
sql.raw = (text: string) => new SqlText([text], []);

/** Fragments (or values, each a parameter) one after the other, `separator` between them. */
sql.join = (parts: readonly unknown[], separator = ', ') => {
  const texts = [''];
  const values: unknown[] = [];
  parts.forEach((part, index) => {
    if (index > 0) texts[texts.length - 1] += separator;
    append(texts, values, part instanceof SqlText ? part : parameter(part));
  });
  return new SqlText(texts, values);
};
