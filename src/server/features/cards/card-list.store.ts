// SQL for the card list: filters on any field through the card_values index, sort by a core
// column or by any field, keyset pagination. Sorting by a field walks that field's index in
// order (cards with a value), then the cards without one (nulls last, by id).
import { sql, type ExpressionBuilder } from 'kysely';
import type { CardSort, FieldFilter } from '../../../domain/cards/list-query';
import type { Executor } from '../../context';
import type { Database } from '../../db/schema';
import { selectCards, toCardRow, type CardRow } from './cards.store';

export type CardListQuery = {
  moduleId: string;
  statusIds?: string[];
  ownerId?: string;
  titleContains?: string;
  filters: FieldFilter[];
  sort: CardSort;
  limit: number;
};

/** Where the previous page ended: the sort value of its last card (null past the values) and id. */
export type ListPosition = { value: string | number | null; id: string };

type CardQuery = ReturnType<typeof selectCards>;
type Eb = ExpressionBuilder<Database, 'cards'>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column LIKE '%text%'` with %, _ and \ taken literally; SQLite has no escape unless told. */
function containsText(column: string, text: string) {
  return sql<boolean>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '\\'`;
}

function fieldCondition(eb: Eb, workspaceId: string, filter: FieldFilter) {
  const values = eb
    .selectFrom('card_values')
    .select('card_values.card_id')
    .where('card_values.workspace_id', '=', workspaceId)
    .where('card_values.field_id', '=', filter.fieldId);
  if (filter.op === 'empty') {
    return filter.empty ? eb('cards.id', 'not in', values) : eb('cards.id', 'in', values);
  }
  const column = `card_values.${filter.column}` as const;
  if (filter.op === 'eq') return eb('cards.id', 'in', values.where(column, 'in', filter.values));
  if (filter.op === 'contains') {
    return eb('cards.id', 'in', values.where(containsText(column, filter.value)));
  }
  const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
  return eb('cards.id', 'in', values.where(column, op[filter.op], filter.value));
}

function applyConditions(query: CardQuery, workspaceId: string, list: CardListQuery): CardQuery {
  let q = query.where('cards.module_id', '=', list.moduleId).where('cards.deleted_at', 'is', null);
  if (list.statusIds?.length) q = q.where('cards.status_id', 'in', list.statusIds);
  if (list.ownerId) q = q.where('cards.owner_id', '=', list.ownerId);
  if (list.titleContains) {
    q = q.where(containsText('cards.title_folded', list.titleContains));
  }
  for (const filter of list.filters) q = q.where((eb) => fieldCondition(eb, workspaceId, filter));
  return q;
}

const CORE_COLUMNS = {
  title: 'cards.title_folded',
  createdAt: 'cards.created_at',
  updatedAt: 'cards.updated_at',
} as const;

async function coreSorted(
  db: Executor,
  workspaceId: string,
  list: CardListQuery,
  after?: ListPosition,
) {
  if (list.sort.kind !== 'core') throw new Error('core sort expected');
  const column = CORE_COLUMNS[list.sort.key];
  const direction = list.sort.descending ? 'desc' : 'asc';
  const beyond = list.sort.descending ? '<' : '>';
  let query = applyConditions(selectCards(db, workspaceId), workspaceId, list)
    .select(`${column} as sortValue`)
    .orderBy(column, direction)
    .orderBy('cards.id', direction)
    .limit(list.limit + 1);
  if (after) {
    const value = String(after.value);
    query = query.where((eb) =>
      eb.or([
        eb(column, beyond, value),
        eb.and([eb(column, '=', value), eb('cards.id', beyond, after.id)]),
      ]),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    card: toCardRow(row),
    sortValue: row.sortValue as string | number | null,
  }));
}

async function fieldSorted(
  db: Executor,
  workspaceId: string,
  list: CardListQuery,
  after?: ListPosition,
) {
  if (list.sort.kind !== 'field') throw new Error('field sort expected');
  const { fieldId, descending } = list.sort;
  const column = `sv.${list.sort.column}` as const;
  const direction = descending ? 'desc' : 'asc';
  const beyond = descending ? '<' : '>';
  const results: { card: CardRow; sortValue: string | number | null }[] = [];

  if (!after || after.value !== null) {
    const position = after && after.value !== null ? { value: after.value, id: after.id } : null;
    const withValues = applyConditions(selectCards(db, workspaceId), workspaceId, list)
      .innerJoin('card_values as sv', (join) =>
        join
          .onRef('sv.card_id', '=', 'cards.id')
          .on('sv.workspace_id', '=', workspaceId)
          .on('sv.field_id', '=', fieldId),
      )
      .select(`${column} as sortValue`)
      .$if(position !== null, (q) =>
        q.where((eb) =>
          eb.or([
            eb(column, beyond, position!.value),
            eb.and([eb(column, '=', position!.value), eb('sv.card_id', beyond, position!.id)]),
          ]),
        ),
      )
      .orderBy(column, direction)
      .orderBy('sv.card_id', direction)
      .limit(list.limit + 1);
    for (const row of await withValues.execute()) {
      results.push({ card: toCardRow(row), sortValue: row.sortValue });
    }
    if (results.length > list.limit) return results;
  }

  let withoutValues = applyConditions(selectCards(db, workspaceId), workspaceId, list)
    .where((eb) => fieldCondition(eb, workspaceId, { fieldId, op: 'empty', empty: true }))
    .orderBy('cards.id')
    .limit(list.limit + 1 - results.length);
  if (after && after.value === null) withoutValues = withoutValues.where('cards.id', '>', after.id);
  for (const row of await withoutValues.execute())
    results.push({ card: toCardRow(row), sortValue: null });
  return results;
}

/** One page plus, when more follow, one row beyond it. */
export function listCards(
  db: Executor,
  workspaceId: string,
  list: CardListQuery,
  after?: ListPosition,
) {
  return list.sort.kind === 'core'
    ? coreSorted(db, workspaceId, list, after)
    : fieldSorted(db, workspaceId, list, after);
}
