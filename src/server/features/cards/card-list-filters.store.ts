// SQL for the card list's conditions (card-list.store.ts): a field filter either drives the
// query (its index range gives the candidate cards) or is checked card by card (a probe), chosen
// by counting its matches; plus the conditions on the card row itself.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { FieldFilter } from '../../../domain/cards/list-query';
import type { Executor } from '../../context';
import type { Database } from '../../db/schema';
import type { CardListQuery } from './card-list.store';

/** The column a condition on "this card" refers to: the card row, or the sorted value's row. */
export type CardRef = 'cards.id' | 'sv.card_id';
type Eb = ExpressionBuilder<Database, 'cards'>;

/** About where reading a filter's matches costs as much as walking the sort's index. */
export const FILTER_DRIVES_BELOW = 2_000;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column LIKE '%text%'` with %, _ and \ taken literally; SQLite has no escape unless told. */
function containsText(column: string, text: string) {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '\\'`;
}

/** Ids of the cards whose value of the filter's field matches it: one index range. */
function matchingCards(db: Executor, workspaceId: string, filter: FieldFilter) {
  const values = db
    .selectFrom('card_values')
    .select('card_values.card_id')
    .where('card_values.workspace_id', '=', workspaceId)
    .where('card_values.field_id', '=', filter.fieldId);
  if (filter.op === 'empty') return values;
  const column = `card_values.${filter.column}` as const;
  if (filter.op === 'eq') return values.where(column, 'in', filter.values);
  if (filter.op === 'contains') {
    return values.where(containsText(column, filter.value));
  }
  const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
  return values.where(column, op[filter.op], filter.value);
}

/**
 * Whether one card matches a filter, as a scalar sub-select on that card's own index rows:
 * both engines run it per card and never turn it into a join that could drive the query.
 */
export function probe(db: Executor, workspaceId: string, filter: FieldFilter, card: CardRef) {
  const hit = matchingCards(db, workspaceId, filter)
    .clearSelect()
    .select(sql<number>`1`.as('hit'))
    .where('card_values.card_id', '=', sql.ref<string>(card))
    .limit(1);
  return sql<SqlBool>`(${hit}) ${sql.raw(filter.op === 'empty' && filter.empty ? 'is' : 'is not')} null`;
}

/** How the field filters are applied: the one that drives (if any), the others as probes. */
export type FilterPlan = { driver: FieldFilter | null; probes: FieldFilter[] };

/**
 * Counts each filter's matches up to FILTER_DRIVES_BELOW: the smallest count under it drives,
 * and the probes run most selective first, so most cards are turned down by the first.
 */
export async function planFilters(
  db: Executor,
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
    const row = await db
      .selectFrom(matchingCards(db, workspaceId, filter).limit(drivesBelow).as('m'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counted.push({ filter, count: Number(row.n) });
  }
  counted.sort((a, b) => a.count - b.count);
  const first = counted[0];
  const driver = first && first.count < drivesBelow ? first.filter : null;
  const probes = counted.map(({ filter }) => filter).filter((filter) => filter !== driver);
  return { driver, probes } satisfies FilterPlan;
}

/** The list's conditions on a card: its own columns, then the field filters. */
export function conditions(
  db: Executor,
  workspaceId: string,
  list: CardListQuery,
  filters: FilterPlan,
  card: CardRef,
) {
  return (eb: Eb) => {
    const all: Expression<SqlBool>[] = [
      eb('cards.workspace_id', '=', workspaceId),
      eb('cards.module_id', '=', list.moduleId),
      eb('cards.deleted_at', 'is', null),
    ];
    if (list.statusIds?.length) all.push(eb('cards.status_id', 'in', list.statusIds));
    if (list.ownerId) all.push(eb('cards.owner_id', '=', list.ownerId));
    if (list.titleContains) all.push(containsText('cards.title_folded', list.titleContains));
    if (filters.driver) {
      all.push(eb('cards.id', 'in', matchingCards(db, workspaceId, filters.driver)));
    }
    for (const filter of filters.probes) all.push(probe(db, workspaceId, filter, card));
    return eb.and(all);
  };
}
