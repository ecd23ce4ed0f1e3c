// SQL for the card list's conditions (card-list.store.ts): a field filter either drives the
// query (its index range gives the candidate cards) or is checked card by card (a probe), chosen
// by counting its matches; plus the conditions on the card row itself. Written as SQL templates
// of db/sql-text, not with the query builder: see card-list.store.ts.
import type { FieldFilter } from '../../../domain/cards/list-query';
import type { DatabaseKind } from '../../db/connection';
import { sql, type SqlText } from '../../db/sql-text';
import type { Executor } from '../../context';
import type { CardListQuery } from './card-list.store';

/** The column a condition on "this card" refers to: the card row, or the sorted value's row. */
export type CardRef = 'cards.id' | 'sv.card_id';
type Condition = SqlText;

/** About where reading a filter's matches costs as much as walking the sort's index. */
export const FILTER_DRIVES_BELOW = 2_000;

/** The value columns of card_values a filter or sort reads (domain/cards/list-query). */
export const VALUE_COLUMNS = { num: sql.raw('num'), txt: sql.raw('txt') } as const;
const COMPARISONS = { gt: sql.raw('>'), gte: sql.raw('>='), lt: sql.raw('<'), lte: sql.raw('<=') };

export const allOf = (conditions: Condition[]): Condition => sql.join(conditions, ' and ');

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column LIKE '%text%'` with %, _ and \ taken literally; SQLite has no escape unless told. */
function containsText(column: SqlText, text: string): Condition {
  return sql`${column} like ${`%${escapeLike(text)}%`} escape '\\'`;
}

/**
 * The condition on a card_values row for a filter's field and value. The column is said to be
 * not null so that the field's partial index (migration 0007) can serve the condition.
 */
function valueMatches(workspaceId: string, filter: FieldFilter): Condition {
  const column = sql`card_values.${VALUE_COLUMNS[filter.column]}`;
  const row = sql`card_values.workspace_id = ${workspaceId} and card_values.field_id = ${filter.fieldId}
    and ${column} is not null`;
  if (filter.op === 'empty') return row;
  if (filter.op === 'eq') return sql`${row} and ${column} in (${sql.join(filter.values)})`;
  if (filter.op === 'contains') return sql`${row} and ${containsText(column, filter.value)}`;
  return sql`${row} and ${column} ${COMPARISONS[filter.op]} ${filter.value}`;
}

/** Ids of the cards whose value of the filter's field matches it: one index range. */
function matchingCards(workspaceId: string, filter: FieldFilter) {
  return sql`select card_values.card_id from card_values where ${valueMatches(workspaceId, filter)}`;
}

/**
 * Whether one card matches a filter, as a scalar sub-select on that card's own index rows:
 * both engines run it per card and never turn it into a join that could drive the query.
 */
export function probe(workspaceId: string, filter: FieldFilter, card: CardRef): Condition {
  const missing = filter.op === 'empty' && filter.empty;
  return sql`(select 1 from card_values where ${valueMatches(workspaceId, filter)}
    and card_values.card_id = ${sql.raw(card)} limit 1) ${sql.raw(missing ? 'is' : 'is not')} null`;
}

/** How the field filters are applied: the one that drives (if any), the others as probes. */
export type FilterPlan = { driver: FieldFilter | null; probes: FieldFilter[] };

/**
 * Counts each filter's matches up to FILTER_DRIVES_BELOW: the smallest count under it drives,
 * and the probes run most selective first, so most cards are turned down by the first.
 */
export async function planFilters(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  filters: FieldFilter[],
  drivesBelow = FILTER_DRIVES_BELOW,
) {
  const counted: { filter: FieldFilter; count: number }[] = [];
  for (const filter of filters) {
    if (filter.op === 'empty' && filter.empty) {
      counted.push({ filter, count: Infinity });
      continue;
    }
    const rows = await sql<{ n: number }>`select count(*) as n
      from (${matchingCards(workspaceId, filter)} limit ${drivesBelow}) as m`.rows(db, kind);
    counted.push({ filter, count: Number(rows[0]!.n) });
  }
  counted.sort((a, b) => a.count - b.count);
  const first = counted[0];
  const driver = first && first.count < drivesBelow ? first.filter : null;
  const probes = counted.map(({ filter }) => filter).filter((filter) => filter !== driver);
  return { driver, probes } satisfies FilterPlan;
}

/** The list's conditions on a card: its own columns, then the field filters. */
export function conditions(
  workspaceId: string,
  list: CardListQuery,
  filters: FilterPlan,
  card: CardRef,
): Condition {
  const own: Condition[] = [
    sql`cards.workspace_id = ${workspaceId}`,
    sql`cards.module_id = ${list.moduleId}`,
    sql`cards.deleted_at is null`,
  ];
  if (list.statusIds?.length) own.push(sql`cards.status_id in (${sql.join(list.statusIds)})`);
  if (list.ownerId) own.push(sql`cards.owner_id = ${list.ownerId}`);
  if (list.titleContains) own.push(containsText(sql`cards.title_folded`, list.titleContains));
  if (filters.driver) {
    own.push(sql`cards.id in (${matchingCards(workspaceId, filters.driver)})`);
  }
  for (const filter of filters.probes) own.push(probe(workspaceId, filter, card));
  return allOf(own);
}
