// SQL for the kanban board: the pages of its columns in rank order, and the column totals.
import { sql } from 'kysely';
import type { DatabaseKind } from '../../db/connection';
import type { Executor } from '../../context';
import { cardJson, type StatusIdleBefore } from './card-json.sql';
import { cardsWithNames } from './cards.store';

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

/**
 * A page of each column in one statement: every column's page of ids by its own walk of the
 * board index (a UNION ALL of one bounded walk per column), then those cards' JSON, written by the
 * database (card-json.sql.ts). One statement instead of one per column saves PostgreSQL a round
 * trip and a plan per column; the JSON expression is planned once, not once per column.
 * Answers `column` (index into `columns`), id, rank and the card's JSON, in board order.
 */
export async function boardPages(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  moduleId: string,
  pages: BoardPages,
) {
  const walks = pages.columns.map((column, index) => {
    let walk = db
      .selectFrom('cards')
      .select(['cards.id', 'cards.rank', sql<number>`cast(${index} as integer)`.as('column')])
      .where('cards.workspace_id', '=', workspaceId)
      .where('cards.module_id', '=', moduleId)
      .where('cards.status_id', '=', column.statusId)
      .where('cards.deleted_at', 'is', null)
      .orderBy('cards.rank')
      .orderBy('cards.id')
      .limit(pages.limit + 1);
    if (pages.ownerId) walk = walk.where('cards.owner_id', '=', pages.ownerId);
    const after = pages.after;
    if (after) {
      walk = walk.where((eb) =>
        eb.or([
          eb('cards.rank', '>', after.rank),
          eb.and([eb('cards.rank', '=', after.rank), eb('cards.id', '>', after.id)]),
        ]),
      );
    }
    // Wrapped, so each walk keeps its own ORDER BY and LIMIT inside the UNION ALL.
    return db.selectFrom(walk.as(`column_${index}`)).selectAll();
  });
  if (walks.length === 0) return [];
  const page = walks.slice(1).reduce((all, walk) => all.unionAll(walk), walks[0]!);
  return cardsWithNames(db, workspaceId)
    .innerJoin(page.as('page'), 'page.id', 'cards.id')
    .select([
      'page.column',
      'page.id',
      'page.rank',
      cardJson(kind, {
        fieldKeys: pages.fieldKeys,
        idleBefore: pages.columns,
      }).as('json'),
    ])
    .orderBy('page.column')
    .orderBy('page.rank')
    .orderBy('page.id')
    .execute();
}

/** Totals kept by card-index.store: card count per status, money sums per status and currency. */
export async function storedTotals(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  moneyFieldId: string | null,
) {
  const counts = await db
    .selectFrom('status_totals')
    .select(['status_id as statusId', 'card_count as count'])
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .execute();
  const sums = moneyFieldId
    ? await db
        .selectFrom('status_money_totals')
        .select(['status_id as statusId', 'currency', 'amount_minor as amountMinor'])
        .where('workspace_id', '=', workspaceId)
        .where('module_id', '=', moduleId)
        .where('field_id', '=', moneyFieldId)
        .execute()
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
