// A card as the API writes it (cards.schemas cardResponse), written as UTF-8 JSON by the database
// itself, for the board and the list. The board sends a few hundred cards at once; having the
// database write each card's JSON spares the app parsing every card's stored fields, building an
// object per card and writing it out again, which took longer than the board's queries. API
// tests compare these cards with GET /cards/:id on both engines, and the test suites check them
// against the schema.
import type { DatabaseKind } from '../../db/connection';
import { sql, type SqlText } from '../../db/sql-text';
import { columnTypes } from '../../db/migrations/column-types';

export type StatusIdleBefore = { statusId: string; idleBefore: Date | null };

export type CardJsonShape = {
  /**
   * The custom fields to include (the board's), in this order; a card without a value omits it.
   * 'all': every value the card holds, as stored (what GET /cards/:id answers).
   */
  fieldKeys: string[] | 'all';
  /**
   * When the cards of each status count as idle (domain/cards/staleness idleBefore); cards of a
   * status not listed, or listed with null, never do.
   */
  idleBefore: StatusIdleBefore[];
};

/** Field keys are checked against FIELD_KEY_PATTERN when made; quoting keeps any text inert. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

function sqliteTemplate(fieldKeys: string[] | 'all'): [string, string] {
  // json_patch onto '{}' drops the keys whose value is missing, as the stored object does.
  const fields =
    fieldKeys === 'all'
      ? 'json(cards.fields)'
      : fieldKeys.length === 0
        ? `json('{}')`
        : `json_patch('{}', json_object(${fieldKeys
            .map((key) => `${literal(key)}, cards.fields -> ${literal(`$."${key}"`)}`)
            .join(', ')}))`;
  // Cast to a blob so the driver hands over the bytes, not a string to join and encode again
  // (UTF-8: the text encoding of every database the app creates).
  return [
    `cast(json_object('id', cards.id, 'moduleId', cards.module_id, 'statusId', cards.status_id,
      'title', cards.title, 'ownerId', cards.owner_id, 'ownerName', users.name,
      'contactId', cards.contact_id, 'contactName', contacts.name, 'fields', ${fields},
      'rank', cards.rank, 'version', cards.version,
      'stale', json(iif(cards.updated_at < `,
    `, 'true', 'false')),
      'createdAt', cards.created_at, 'updatedAt', cards.updated_at,
      'deletedAt', cards.deleted_at) as blob)`,
  ];
}

/** Times as JavaScript writes them (toISOString), which the pg driver's parser also gives. */
const isoTime = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

function postgresTemplate(fieldKeys: string[] | 'all'): [string, string] {
  // cards.fields is jsonb here (migration 0003): each key is a lookup, not a parse.
  const fields =
    fieldKeys === 'all'
      ? 'cards.fields'
      : fieldKeys.length === 0
        ? `'{}'::jsonb`
        : `jsonb_strip_nulls(jsonb_build_object(${fieldKeys
            .map((key) => `${literal(key)}::text, cards.fields -> ${literal(key)}`)
            .join(', ')}))`;
  return [
    `json_build_object('id', cards.id, 'moduleId', cards.module_id, 'statusId', cards.status_id,
      'title', cards.title, 'ownerId', cards.owner_id, 'ownerName', users.name,
      'contactId', cards.contact_id, 'contactName', contacts.name, 'fields', ${fields},
      'rank', cards.rank, 'version', cards.version,
      'stale', coalesce(cards.updated_at < `,
    `::timestamptz, false),
      'createdAt', ${isoTime('cards.created_at')}, 'updatedAt', ${isoTime('cards.updated_at')},
      'deletedAt', ${isoTime('cards.deleted_at')})::text`,
  ];
}

// The expression's text depends only on the engine and the field keys: written once, it is
// compiled as two raw pieces around the idle moment, not rebuilt node by node for every query.
const templates = new Map<string, [string, string]>();
const TEMPLATES_KEPT = 1000;

/**
 * The expression for a query over `cards` joined to `users` (owner) and `contacts` (contact):
 * the card's JSON as bytes (SQLite) or text (PostgreSQL).
 */
export function cardJson(kind: DatabaseKind, shape: CardJsonShape): SqlText {
  const keys = shape.fieldKeys === 'all' ? '*' : shape.fieldKeys.join(',');
  const cacheKey = `${kind}:${keys}`;
  let template = templates.get(cacheKey);
  if (!template) {
    template =
      kind === 'postgres' ? postgresTemplate(shape.fieldKeys) : sqliteTemplate(shape.fieldKeys);
    if (templates.size >= TEMPLATES_KEPT) templates.clear();
    templates.set(cacheKey, template);
  }
  const [before, after] = template;
  return sql`${sql.raw(before)}${idleBeforeByStatus(kind, shape.idleBefore)}${sql.raw(after)}`;
}

/**
 * The idle moment of a card by its status: null (never idle) for a status without one. The
 * statuses that share a moment (all of a module's open ones do) are one `in` list: one time
 * written per moment, not per status.
 */
function idleBeforeByStatus(kind: DatabaseKind, statuses: StatusIdleBefore[]) {
  const { time } = columnTypes(kind);
  const statusesByMoment = new Map<number, string[]>();
  for (const { statusId, idleBefore } of statuses) {
    if (!idleBefore) continue;
    const moment = idleBefore.getTime();
    const sharing = statusesByMoment.get(moment);
    if (sharing) sharing.push(statusId);
    else statusesByMoment.set(moment, [statusId]);
  }
  if (statusesByMoment.size === 0) return sql`cast(null as ${sql.raw(time)})`;
  const limits = [...statusesByMoment].map(
    ([moment, statusIds]) =>
      sql`when cards.status_id in (${sql.join(statusIds)}) then cast(${new Date(moment).toISOString()} as ${sql.raw(time)})`,
  );
  return sql`case ${sql.join(limits, ' ')} end`;
}

/**
 * The tables cardJson reads, for a FROM clause: the workspace's cards joined to their owner and
 * (if any) contact, as cards.store's cardsWithNames joins them.
 */
export function cardTablesWithNames(workspaceId: string) {
  return sql`cards
    inner join users on users.id = cards.owner_id and users.workspace_id = ${workspaceId}
    left join contacts on contacts.id = cards.contact_id and contacts.workspace_id = ${workspaceId}`;
}
