// SQL for the kanban board: the pages of its columns in rank order, and the column totals.
import type { DatabaseKind } from '../../db/connection';
import { sql } from '../../db/sql-text';
import type { Executor } from '../../context';
import { cardJson, cardTablesWithNames, type StatusIdleBefore } from './card-json.sql';

export type BoardPages = {
  /** The columns, in board order, each with the moment before which its cards are idle. */
  columns: StatusIdleBefore[];
  /** Cards per column; one more is read to know whether a next page exists. */
  limit: number;
  /** Continue after this card (one column only). */
  after?: { rank: string; id: string };
  /** Only this owner's cards (users who see their own cards only). */
  ownerId?: string;
  /** The custom fields the cards carry (domain/fields/board-fields). */
  fieldKeys: string[];
};

type BoardCardRow = { column: number; id: string; rank: string; json: Buffer | string };

/**
 * A page of each column in one statement: every column's page of ids by its own walk of the
 * board index (a UNION ALL of one bounded walk per column), then those cards' JSON, written by the
 * database (card-json.sql.ts). One statement instead of one per column saves PostgreSQL a round
 * trip and a plan per column; the JSON expression is planned once, not once per column. A SQL
 * template (db/sql-text), not a query-builder chain: building seven walks node by node cost a
 * tenth of the board's time (card-list.store.ts).
 * Answers `column` (index into `columns`), id, rank and the card's JSON, in board order.
 */
export async function boardPages(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  moduleId: string,
  pages: BoardPages,
) {
  if (pages.columns.length === 0) return [];
  const own = pages.ownerId ? sql`and cards.owner_id = ${pages.ownerId}` : sql``;
  const after = pages.after
    ? sql`and (cards.rank > ${pages.after.rank}
        or (cards.rank = ${pages.after.rank} and cards.id > ${pages.after.id}))`
    : sql``;
  // Each walk wrapped in a sub-select, so it keeps its own ORDER BY and LIMIT in the UNION ALL.
  const walks = pages.columns.map(
    (column, index) => sql`select * from (select cards.id as id, cards.rank as rank,
        cast(${index} as integer) as "column"
      from cards
      where cards.workspace_id = ${workspaceId} and cards.module_id = ${moduleId}
        and cards.status_id = ${column.statusId} and cards.deleted_at is null ${own} ${after}
      order by cards.rank, cards.id
      limit ${pages.limit + 1}) as column_${sql.raw(String(index))}`,
  );
  const json = cardJson(kind, { fieldKeys: pages.fieldKeys, idleBefore: pages.columns });
  return sql<BoardCardRow>`select page."column" as "column", page.id as id,
      page.rank as rank, ${json} as json
    from ${cardTablesWithNames(workspaceId)}
    inner join (${sql.join(walks, ' union all ')}) as page on page.id = cards.id
    where cards.workspace_id = ${workspaceId}
    order by page."column", page.rank, page.id`.rows(db, kind);
}

/** Totals kept by card-index.store: card count per status, money sums per status and currency. */
export async function storedTotals(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  moduleId: string,
  moneyFieldId: string | null,
) {
  const counts = await sql<{ statusId: string; count: number }>`select
      status_id as "statusId", card_count as count
    from status_totals
    where workspace_id = ${workspaceId} and module_id = ${moduleId}`.rows(db, kind);
  const sums = moneyFieldId
    ? await sql<{ statusId: string; currency: string; amountMinor: number }>`select
          status_id as "statusId", currency, amount_minor as "amountMinor"
        from status_money_totals
        where workspace_id = ${workspaceId} and module_id = ${moduleId}
          and field_id = ${moneyFieldId}`.rows(db, kind)
    : [];
  return { counts, sums: sums.map((s) => ({ ...s, amountMinor: BigInt(s.amountMinor) })) };
}

/**
 * The same totals counted live over one owner's cards, for users who see only their own cards
 * (so the counts they see agree with the cards they see).
 */
export async function ownerTotals(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  moneyFieldId: string | null,
  ownerId: string,
) {
  const counts = await db
    .selectFrom('cards')
    .select(['status_id as statusId', (eb) => eb.fn.countAll<number>().as('count')])
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .where('owner_id', '=', ownerId)
    .where('deleted_at', 'is', null)
    .groupBy('status_id')
    .execute();
  const sums = moneyFieldId
    ? await db
        .selectFrom('card_values')
        .innerJoin('cards', 'cards.id', 'card_values.card_id')
        .select([
          'cards.status_id as statusId',
          'card_values.txt as currency',
          (eb) => eb.fn.sum<number>('card_values.num').as('amount'),
        ])
        .where('card_values.workspace_id', '=', workspaceId)
        .where('card_values.field_id', '=', moneyFieldId)
        .where('card_values.num', 'is not', null)
        .where('cards.owner_id', '=', ownerId)
        .where('cards.deleted_at', 'is', null)
        .groupBy(['cards.status_id', 'card_values.txt'])
        .execute()
    : [];
  return {
    counts: counts.map((c) => ({ ...c, count: Number(c.count) })),
    sums: sums.map((s) => ({
      statusId: s.statusId,
      currency: s.currency ?? '',
      amountMinor: BigInt(Math.round(Number(s.amount) * 100)),
    })),
  };
}
