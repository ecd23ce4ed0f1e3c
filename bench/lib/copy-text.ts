// PostgreSQL's COPY text format, which the generator's rows are loaded in (bulk-postgres.ts).
import type { Row } from './bulk-writer';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value: `\N` is null; backslash, tab and line ends are escaped. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

/** Rows as COPY text: columns split by tabs, one row per line. */
export function copyRows(rows: Row[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(copyText).join('\t')}\n`;
  return text;
}
