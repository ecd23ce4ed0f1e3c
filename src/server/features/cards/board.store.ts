// SQL for the kanban board: a page of one column in rank order, and the column totals.
import type { DatabaseKind } from '../../db/connection';
import type { Executor } from '../../context';
import { cardJson, type CardJsonShape } from './card-json.sql';
import { cardsWithNames } from './cards.store';

export type ColumnPage = {
  statusId: string;
  limit: number;
  after?: { rank: string; id: string };
  ownerId?: string;
};

/** A page of a column: each card's id and rank (for the next cursor) and its JSON for the API. */
export async function columnCards(
  db: Executor,
  kind: DatabaseKind,
  workspaceId: string,
  moduleId: string,
  page: ColumnPage,
  shape: CardJsonShape,
) {
  let query = cardsWithNames(db, workspaceId)
    .select(['cards.id', 'cards.rank', cardJson(kind, shape).as('json')])
    .where('cards.module_id', '=', moduleId)
    .where('cards.status_id', '=', page.statusId)
    .where('cards.deleted_at', 'is', null)
    .orderBy('cards.rank')
    .orderBy('cards.id')
    .limit(page.limit + 1);
  if (page.ownerId) query = query.where('cards.owner_id', '=', page.ownerId);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('cards.rank', '>', after.rank),
        eb.and([eb('cards.rank', '=', after.rank), eb('cards.id', '>', after.id)]),
      ]),
    );
  }
  return query.execute();
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
