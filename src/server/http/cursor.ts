// Keyset-pagination cursors: the sort key of the last row, opaque to clients (base64url JSON).
import { ValidationFailed } from '../../domain/errors';

export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<K extends string>(cursor: string, keys: K[]): Record<K, string> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null) {
      const record = parsed as Record<string, unknown>;
      if (keys.every((k) => typeof record[k] === 'string')) return record as Record<K, string>;
    }
  } catch {
    // falls through to the error below
  }
  throw ValidationFailed.field('query.cursor', 'is not a cursor this list gave out');
}

/**
 * A page of `rows`, which were read with one row beyond `limit`: the first `limit` rows, and the
 * cursor after the last of them when that extra row shows that more follow (else null).
 */
export function keysetPage<Row>(
  rows: Row[],
  limit: number,
  keyOf: (last: Row) => Record<string, string>,
): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
