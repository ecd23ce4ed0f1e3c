// SQL templates for the statements every signed-in request, board and list call runs. Kysely's
// `sql` template makes a frozen node per value and per nested fragment and compiles the tree again
// on each call: 27 µs for the card list's cards statement (51 ids), 12 µs with these, about 30 µs
// of a list call in all (BENCHMARKS.md). A fragment here keeps its text and values flat as it is
// made, and becomes a statement by one join with the engine's placeholders. Kysely runs it, except
// a read on the app's SQLite connection while no transaction is open there, which runs straight
// on its cached statement (sqlite-statement-cache readNow). Every value is a parameter; only
// `sql.raw` text is written into the SQL, and it is only ever given names fixed in code.
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
    const { texts } = this;
    // One join writes a flat string; adding piece by piece makes a rope V8 flattens again when
    // the statement cache hashes it.
    if (kind === 'sqlite') return texts.join('?');
    return texts.map((text, index) => (index === 0 ? text : `$${index}${text}`)).join('');
  }

  /** The statement as Kysely's driver takes it. */
  compile(kind: DatabaseKind): CompiledQuery<Row> {
    return CompiledQuery.raw(this.text(kind), this.values as unknown[]) as CompiledQuery<Row>;
  }

  /** Runs the statement; answers its rows. */
  async rows(db: Executor, kind: DatabaseKind): Promise<Row[]> {
    return this.rowsNow(db, kind) ?? (await db.executeQuery(this.compile(kind))).rows;
  }

  /** The rows of a read run at once on `db`'s connection, or undefined if it cannot be. */
  rowsNow(db: Executor, kind: DatabaseKind): Row[] | undefined {
    return directReads.get(db)?.readNow(this.text(kind), this.values) as Row[] | undefined;
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

/** Writes `part` at the end of the texts and values being gathered: a fragment, or a value. */
function append(texts: string[], values: unknown[], part: unknown) {
  if (!(part instanceof SqlText)) {
    values.push(part);
    texts.push('');
    return;
  }
  texts[texts.length - 1] += part.texts[0]!;
  for (let index = 0; index < part.values.length; index++) {
    values.push(part.values[index]);
    texts.push(part.texts[index + 1]!);
  }
}

/**
 * A template: `${value}` is a parameter, `${fragment}` (a SqlText) is written in place with its own
 * values.
 */
export function sql<Row = unknown>(strings: TemplateStringsArray, ...parts: unknown[]) {
  // Values only (most fragments): the template's own strings are the texts.
  if (!parts.some((part) => part instanceof SqlText)) return new SqlText<Row>(strings, parts);
  const texts = [strings[0]!];
  const values: unknown[] = [];
  for (let index = 0; index < parts.length; index++) {
    append(texts, values, parts[index]);
    texts[texts.length - 1] += strings[index + 1]!;
  }
  return new SqlText<Row>(texts, values);
}

/** Text written into the SQL as it is: names fixed in code, never a value. */
sql.raw = (text: string) => new SqlText([text], []);

/** Fragments (or values, each a parameter) one after the other, `separator` between them. */
sql.join = (parts: readonly unknown[], separator = ', ') => {
  const texts = [''];
  const values: unknown[] = [];
  for (let index = 0; index < parts.length; index++) {
    if (index > 0) texts[texts.length - 1] += separator;
    append(texts, values, parts[index]);
  }
  return new SqlText(texts, values);
};
