// SQL for the card list: filters on any field through the card_values index, sort by a core
// column or by any field, keyset pagination. A page is read in one statement with two parts: the
// ids of its cards, by a narrow sub-query that walks one index, then those cards in full by
// their primary key.
//
// Which index the narrow query walks is decided here, not left to the planner, whose statistics
// over a table shared by every workspace and field cannot tell how many cards one value matches:
// a filter that matches few cards drives (its matches are read and sorted); otherwise the sort's
// own index is walked in order with every condition checked per card, and the walk stops after
// one page (card-list-filters.store.ts). Cards without a value for a sorted field come last,
// oldest first. Why and what it costs: docs/custom-field-storage.md.
//
// The queries are SQL templates rather than query-builder chains: building and compiling the
// list's queries node by node took a third of a list call's time beyond its SQL (BENCHMARKS.md);
// a template is compiled in a few microseconds. Every value is a parameter; only names fixed in
// this code are written into the text.
import { sql, type RawBuilder } from 'kysely';
import type { CardSort, FieldFilter } from '../../../domain/cards/list-query';
import type { DatabaseKind } from '../../db/connection';
import type { Executor } from '../../context';
import {
  allOf,
  conditions,
  planFilters,
  probe,
  VALUE_COLUMNS,
  type FilterPlan,
} from './card-list-filters.store';
import { cardJson, cardTablesWithNames, type StatusIdleBefore } from './card-json.sql';

export type CardListQuery = {
  moduleId: string;
  statusIds?: string[];
  ownerId?: string;
  titleContains?: string;
  filters: FieldFilter[];
  sort: CardSort;
  limit: number;
  /** When each status's cards count as idle (the `stale` flag); none listed: never. */
  idleBefore?: StatusIdleBefore[];
  /** Tests set it to force either plan; both must give the same pages. */
  filterDrivesBelow?: number;
};

/** Where the previous page ended: the sort value of its last card (null past the values) and id. */
export type ListPosition = { value: string | number | null; id: string };

type SortValue = string | number | null;
/** A card of a page: its id, its sort value (for the next page's cursor) and its JSON. */
type PageCard = { id: string; sortValue: SortValue; json: Buffer | string };
type Page = { kind: DatabaseKind; workspaceId: string; list: CardListQuery };

const CORE_COLUMNS = {
  title: sql.raw('cards.title_folded'),
  createdAt: sql.raw('cards.created_at'),
  updatedAt: sql.raw('cards.updated_at'),
} as const;

const direction = (descending: boolean) => sql.raw(descending ? 'desc' : 'asc');
const beyond = (descending: boolean) => sql.raw(descending ? '<' : '>');

/**
 * A page's cards in full, in one statement: `keys` finds the page (ids and what they are
 * ordered by, by one index walk), then each card is read by its primary key, with its JSON
 * written by the database (card-json.sql.ts), in the page's order. CROSS JOIN keeps the page as
 * SQLite's outer loop.
 */
async function cardsOfPage(
  db: Executor,
  { kind, workspaceId, list }: Page,
  keys: RawBuilder<unknown>,
  order: RawBuilder<unknown>,
): Promise<PageCard[]> {
  const json = cardJson(kind, { fieldKeys: 'all', idleBefore: list.idleBefore ?? [] });
  const { rows } = await sql<PageCard>`select page.id as id, page."sortValue" as "sortValue",
      ${json} as json
    from (${keys}) as page cross join ${cardTablesWithNames(workspaceId)}
    where cards.id = page.id and cards.workspace_id = ${workspaceId}
    order by ${order}`.execute(db);
  return rows;
}

async function coreSortedCards(
  db: Executor,
  page: Page,
  after: ListPosition | undefined,
  filters: FilterPlan,
): Promise<PageCard[]> {
  const { list } = page;
  if (list.sort.kind !== 'core') throw new Error('core sort expected');
  const column = CORE_COLUMNS[list.sort.key];
  const order = direction(list.sort.descending);
  const where = [conditions(page.workspaceId, list, filters, 'cards.id')];
  if (after) {
    const op = beyond(list.sort.descending);
    where.push(sql`(${column}, cards.id) ${op} (${String(after.value)}, ${after.id})`);
  }
  const keys = sql`select cards.id as id, ${column} as "sortValue" from cards
    where ${allOf(where)}
    order by ${column} ${order}, cards.id ${order}
    limit ${list.limit + 1}`;
  return cardsOfPage(db, page, keys, sql`page."sortValue" ${order}, page.id ${order}`);
}

async function fieldSortedCards(
  db: Executor,
  page: Page,
  after: ListPosition | undefined,
  filters: FilterPlan,
): Promise<PageCard[]> {
  const { list, workspaceId } = page;
  if (list.sort.kind !== 'field') throw new Error('field sort expected');
  const { fieldId, descending } = list.sort;
  const column = sql`sv.${VALUE_COLUMNS[list.sort.column]}`;
  const order = direction(descending);
  const cards: PageCard[] = [];
  if (!after || after.value !== null) {
    // CROSS JOIN fixes the join order on SQLite (its documented planner hint): from the sort's
    // index when walking it, from the cards when a filter drives. PostgreSQL plans it as any join.
    const tables = filters.driver
      ? sql`cards cross join card_values as sv`
      : sql`card_values as sv cross join cards`;
    const where = [
      sql`sv.card_id = cards.id`,
      sql`sv.workspace_id = ${workspaceId}`,
      sql`sv.field_id = ${fieldId}`,
      conditions(workspaceId, list, filters, 'sv.card_id'),
    ];
    if (after) {
      where.push(sql`(${column}, sv.card_id) ${beyond(descending)} (${after.value}, ${after.id})`);
    }
    const keys = sql`select sv.card_id as id, ${column} as "sortValue" from ${tables}
      where ${allOf(where)}
      order by ${column} ${order}, sv.card_id ${order}
      limit ${list.limit + 1}`;
    cards.push(
      ...(await cardsOfPage(db, page, keys, sql`page."sortValue" ${order}, page.id ${order}`)),
    );
    if (cards.length > list.limit) return cards;
  }
  const rest = await cardsWithoutValue(db, page, filters, after, list.limit + 1 - cards.length);
  return [...cards, ...rest];
}

/**
 * The cards with no value for the sorted field, oldest first: a walk of cards_module_created_at.
 * A cursor past the values names the last card; its creation time is looked up (if that card
 * has since been deleted for good, the walk starts over rather than skip any card).
 */
async function cardsWithoutValue(
  db: Executor,
  page: Page,
  filters: FilterPlan,
  after: ListPosition | undefined,
  count: number,
): Promise<PageCard[]> {
  const { list, workspaceId } = page;
  if (list.sort.kind !== 'field') throw new Error('field sort expected');
  const withoutValue = { fieldId: list.sort.fieldId, op: 'empty', empty: true } as const;
  const where = [
    conditions(workspaceId, list, filters, 'cards.id'),
    probe(workspaceId, withoutValue, 'cards.id'),
  ];
  if (after?.value === null) {
    const { rows } = await sql<{ createdAt: string }>`select created_at as "createdAt" from cards
      where workspace_id = ${workspaceId} and id = ${after.id}`.execute(db);
    const from = rows[0];
    if (from) where.push(sql`(cards.created_at, cards.id) > (${from.createdAt}, ${after.id})`);
  }
  const keys = sql`select cards.id as id, null as "sortValue", cards.created_at as "createdAt"
    from cards
    where ${allOf(where)}
    order by cards.created_at, cards.id
    limit ${count}`;
  return cardsOfPage(db, page, keys, sql`page."createdAt", page.id`);
}

/** One page plus, when more follow, one row beyond it. */
export async function listCards(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  list: CardListQuery,
  after?: ListPosition,
) {
  const filters = await planFilters(db, workspaceId, list.filters, list.filterDrivesBelow);
  const page = { kind, workspaceId, list };
  return list.sort.kind === 'core'
    ? coreSortedCards(db, page, after, filters)
    : fieldSortedCards(db, page, after, filters);
}
