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
import type { CardSort, FieldFilter } from '../../../domain/cards/list-query';
import type { DatabaseKind } from '../../db/connection';
import type { Executor } from '../../context';
import { conditions, planFilters, probe, type FilterPlan } from './card-list-filters.store';
import { cardJson, type StatusIdleBefore } from './card-json.sql';
import { cardsWithNames } from './cards.store';

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
  title: 'cards.title_folded',
  createdAt: 'cards.created_at',
  updatedAt: 'cards.updated_at',
} as const;

async function coreSortedKeys(
  db: Executor,
  workspaceId: string,
  list: CardListQuery,
  after: ListPosition | undefined,
  filters: FilterPlan,
): Promise<PageKey[]> {
  if (list.sort.kind !== 'core') throw new Error('core sort expected');
  const column = CORE_COLUMNS[list.sort.key];
  const direction = list.sort.descending ? 'desc' : 'asc';
  const beyond = list.sort.descending ? '<' : '>';
  return db
    .selectFrom('cards')
    .select(['cards.id', `${column} as sortValue`])
    .where(conditions(db, workspaceId, list, filters, 'cards.id'))
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb(eb.refTuple(column, 'cards.id'), beyond, eb.tuple(String(after!.value), after!.id)),
      ),
    )
    .orderBy(column, direction)
    .orderBy('cards.id', direction)
    .limit(list.limit + 1)
    .execute();
}

async function fieldSortedKeys(
  db: Executor,
  workspaceId: string,
  list: CardListQuery,
  after: ListPosition | undefined,
  filters: FilterPlan,
): Promise<PageKey[]> {
  if (list.sort.kind !== 'field') throw new Error('field sort expected');
  const { fieldId, descending } = list.sort;
  const column = `sv.${list.sort.column}` as const;
  const direction = descending ? 'desc' : 'asc';
  const keys: PageKey[] = [];
  if (!after || after.value !== null) {
    // CROSS JOIN fixes the join order on SQLite (its documented planner hint): from the sort's
    // index when walking it, from the cards when a filter drives. PostgreSQL plans it as any join.
    const tables = filters.driver
      ? db.selectFrom('cards').crossJoin('card_values as sv')
      : db.selectFrom('card_values as sv').crossJoin('cards');
    const withValues = await tables
      .whereRef('sv.card_id', '=', 'cards.id')
      .select(['sv.card_id as id', `${column} as sortValue`])
      .where('sv.workspace_id', '=', workspaceId)
      .where('sv.field_id', '=', fieldId)
      .where(conditions(db, workspaceId, list, filters, 'sv.card_id'))
      .$if(after !== undefined, (q) =>
        q.where((eb) =>
          eb(
            eb.refTuple(column, 'sv.card_id'),
            descending ? '<' : '>',
            eb.tuple(after!.value as string | number, after!.id),
          ),
        ),
      )
      .orderBy(column, direction)
      .orderBy('sv.card_id', direction)
      .limit(list.limit + 1)
      .execute();
    keys.push(...withValues);
    if (keys.length > list.limit) return keys;
  }
  const rest = await cardsWithoutValue(
    db,
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
  workspaceId: string,
  list: CardListQuery,
  filters: FilterPlan,
  after: ListPosition | undefined,
  count: number,
): Promise<PageKey[]> {
  if (list.sort.kind !== 'field') throw new Error('field sort expected');
  const withoutValue = { fieldId: list.sort.fieldId, op: 'empty', empty: true } as const;
  const from =
    after?.value === null
      ? await db
          .selectFrom('cards')
          .select('created_at')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', after.id)
          .executeTakeFirst()
      : undefined;
  const rows = await db
    .selectFrom('cards')
    .select('cards.id')
    .where(conditions(db, workspaceId, list, filters, 'cards.id'))
    .where(() => probe(db, workspaceId, withoutValue, 'cards.id'))
    .$if(from !== undefined, (q) =>
      q.where((eb) =>
        eb(eb.refTuple('cards.created_at', 'cards.id'), '>', eb.tuple(from!.created_at, after!.id)),
      ),
    )
    .orderBy('cards.created_at')
    .orderBy('cards.id')
    .limit(count)
    .execute();
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
  const rows = await cardsWithNames(db, workspaceId)
    .select([
      'cards.id',
      cardJson(kind, { fieldKeys: 'all', idleBefore: list.idleBefore ?? [] }).as('json'),
    ])
    .where(
      'cards.id',
      'in',
      keys.map((key) => key.id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row.json]));
  return keys.flatMap(({ id, sortValue }) => {
    const json = byId.get(id);
    return json === undefined ? [] : [{ id, sortValue, json }];
  });
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
  const keys =
    list.sort.kind === 'core'
      ? await coreSortedKeys(db, workspaceId, list, after, filters)
      : await fieldSortedKeys(db, workspaceId, list, after, filters);
  return withCards(db, kind, workspaceId, list, keys);
}
