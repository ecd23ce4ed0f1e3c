// SQL for the card list: filters on any field through the card_values index, sort by a core
// column or by any field, keyset pagination. A page is found in two steps: the ids of its cards,
// by a narrow query that walks one index, then those cards in full.
//
// Which index the narrow query walks is decided here, not left to the planner, whose statistics
// over a table shared by every workspace and field cannot tell how many cards one value matches:
// a filter that matches few cards drives (its matches are read and sorted); otherwise the sort's
// own index is walked in order with every condition checked per card, and the walk stops after
// one page (card-list-filters.store.ts). Cards without a value for a sorted field come last,
// oldest first. Why and what it costs: docs/custom-field-storage.md.
//
// The queries are SQL templates (db/sql-text) rather than query-builder chains: building and
// compiling the list's three queries node by node took a third of a list call's time beyond its
// SQL (BENCHMARKS.md). Every value is a parameter; only names fixed in this code are written
// into the text.
import type { CardSort, FieldFilter } from '../../../domain/cards/list-query';
import type { DatabaseKind } from '../../db/connection';
import { sql } from '../../db/sql-text';
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
type PageKey = { id: string; sortValue: SortValue };
const CORE_COLUMNS = {
  title: sql.raw('cards.title_folded'),
  createdAt: sql.raw('cards.created_at'),
  updatedAt: sql.raw('cards.updated_at'),
} as const;

const direction = (descending: boolean) => sql.raw(descending ? 'desc' : 'asc');
const beyond = (descending: boolean) => sql.raw(descending ? '<' : '>');

async function coreSortedKeys(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  list: CardListQuery,
  after: ListPosition | undefined,
  filters: FilterPlan,
): Promise<PageKey[]> {
  if (list.sort.kind !== 'core') throw new Error('core sort expected');
  const column = CORE_COLUMNS[list.sort.key];
  const { descending } = list.sort;
  const where = [conditions(workspaceId, list, filters, 'cards.id')];
  if (after) {
    where.push(
      sql`(${column}, cards.id) ${beyond(descending)} (${String(after.value)}, ${after.id})`,
    );
  }
  return sql<PageKey>`select cards.id as id, ${column} as "sortValue" from cards
    where ${allOf(where)}
    order by ${column} ${direction(descending)}, cards.id ${direction(descending)}
    limit ${list.limit + 1}`.rows(db, kind);
}

async function fieldSortedKeys(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  list: CardListQuery,
  after: ListPosition | undefined,
  filters: FilterPlan,
): Promise<PageKey[]> {
  if (list.sort.kind !== 'field') throw new Error('field sort expected');
  const { fieldId, descending } = list.sort;
  const column = sql`sv.${VALUE_COLUMNS[list.sort.column]}`;
  const keys: PageKey[] = [];
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
      sql`${column} is not null`,
      conditions(workspaceId, list, filters, 'sv.card_id'),
    ];
    if (after) {
      where.push(sql`(${column}, sv.card_id) ${beyond(descending)} (${after.value}, ${after.id})`);
    }
    const withValues = await sql<PageKey>`select sv.card_id as id, ${column} as "sortValue"
      from ${tables}
      where ${allOf(where)}
      order by ${column} ${direction(descending)}, sv.card_id ${direction(descending)}
      limit ${list.limit + 1}`.rows(db, kind);
    keys.push(...withValues);
    if (keys.length > list.limit) return keys;
  }
  const rest = await cardsWithoutValue(
    db,
    kind,
    workspaceId,
    list,
    filters,
    after,
    list.limit + 1 - keys.length,
  );
  return [...keys, ...rest];
}

/**
 * The cards with no value for the sorted field, oldest first: a walk of cards_module_created_at.
 * A cursor past the values names the last card; its creation time is looked up (if that card
 * has since been deleted for good, the walk starts over rather than skip any card).
 */
async function cardsWithoutValue(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  list: CardListQuery,
  filters: FilterPlan,
  after: ListPosition | undefined,
  count: number,
): Promise<PageKey[]> {
  if (list.sort.kind !== 'field') throw new Error('field sort expected');
  const { fieldId, column } = list.sort;
  const withoutValue = { fieldId, column, op: 'empty', empty: true } as const;
  const where = [
    conditions(workspaceId, list, filters, 'cards.id'),
    probe(workspaceId, withoutValue, 'cards.id'),
  ];
  if (after?.value === null) {
    const rows = await sql<{ createdAt: string }>`select created_at as "createdAt" from cards
      where workspace_id = ${workspaceId} and id = ${after.id}`.rows(db, kind);
    const from = rows[0];
    if (from) where.push(sql`(cards.created_at, cards.id) > (${from.createdAt}, ${after.id})`);
  }
  const rows = await sql<{ id: string }>`select cards.id as id from cards
    where ${allOf(where)}
    order by cards.created_at, cards.id
    limit ${count}`.rows(db, kind);
  return rows.map((row) => ({ id: row.id, sortValue: null }));
}

/** The cards of a page as the API writes them (JSON from the database), in the page's order. */
async function withCards(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  list: CardListQuery,
  keys: PageKey[],
) {
  if (keys.length === 0) return [];
  const json = cardJson(kind, { fieldKeys: 'all', idleBefore: list.idleBefore ?? [] });
  const ids = keys.map((key) => key.id);
  const rows = await sql<{ id: string; json: Buffer | string }>`select cards.id as id,
      ${json} as json
    from ${cardTablesWithNames(workspaceId)}
    where cards.workspace_id = ${workspaceId} and cards.id in (${sql.join(ids)})`.rows(db, kind);
  // Not Map(pairs) and flatMap: those took 15 µs for a page, these 4.
  const jsonById = new Map<string, Buffer | string>();
  for (const row of rows) jsonById.set(row.id, row.json);
  return keys
    .map(({ id, sortValue }) => ({ id, sortValue, json: jsonById.get(id) }))
    .filter((card): card is PageKey & { json: Buffer | string } => card.json !== undefined);
}

/** One page plus, when more follow, one row beyond it. */
export async function listCards(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  list: CardListQuery,
  after?: ListPosition,
) {
  const filters = await planFilters(db, kind, workspaceId, list.filters, list.filterDrivesBelow);
  const keys =
    list.sort.kind === 'core'
      ? await coreSortedKeys(db, kind, workspaceId, list, after, filters)
      : await fieldSortedKeys(db, kind, workspaceId, list, after, filters);
  return withCards(db, kind, workspaceId, list, keys);
}
