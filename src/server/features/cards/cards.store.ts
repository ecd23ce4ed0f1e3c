// SQL for cards.
import { foldForSearch } from '../../../domain/text/fold';
import type { Executor } from '../../context';

export type NewCard = {
  id: string;
  moduleId: string;
  statusId: string;
  title: string;
  ownerId: string;
  contactId: string | null;
  fields: Record<string, unknown>;
  rank: string;
  isSample: boolean;
  createdBy: string;
};

export async function insertCards(
  db: Executor,
  workspaceId: string,
  cards: NewCard[],
  now: string,
) {
  if (cards.length === 0) return;
  await db
    .insertInto('cards')
    .values(
      cards.map((card) => ({
        id: card.id,
        workspace_id: workspaceId,
        module_id: card.moduleId,
        status_id: card.statusId,
        title: card.title,
        title_folded: foldForSearch(card.title),
        owner_id: card.ownerId,
        contact_id: card.contactId,
        fields: JSON.stringify(card.fields),
        rank: card.rank,
        is_sample: card.isSample ? 1 : 0,
        created_by: card.createdBy,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function listSampleCards(db: Executor, workspaceId: string) {
  const rows = await db
    .selectFrom('cards')
    .select([
      'id',
      'module_id as moduleId',
      'status_id as statusId',
      'fields',
      'deleted_at as deletedAt',
    ])
    .where('workspace_id', '=', workspaceId)
    .where('is_sample', '=', 1)
    .execute();
  return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as Record<string, unknown> }));
}

export async function deleteSampleCards(db: Executor, workspaceId: string): Promise<number> {
  const result = await db
    .deleteFrom('cards')
    .where('workspace_id', '=', workspaceId)
    .where('is_sample', '=', 1)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

const cardColumns = [
  'cards.id',
  'cards.module_id as moduleId',
  'cards.status_id as statusId',
  'cards.title',
  'cards.owner_id as ownerId',
  'users.name as ownerName',
  'cards.contact_id as contactId',
  'contacts.name as contactName',
  'cards.fields',
  'cards.rank',
  'cards.version',
  'cards.created_at as createdAt',
  'cards.updated_at as updatedAt',
  'cards.deleted_at as deletedAt',
] as const;

export type CardRow = {
  id: string;
  moduleId: string;
  statusId: string;
  title: string;
  ownerId: string;
  ownerName: string;
  contactId: string | null;
  contactName: string | null;
  fields: Record<string, unknown>;
  rank: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** A workspace's cards joined to their owner (users) and contact (contacts); callers select. */
export function cardsWithNames(db: Executor, workspaceId: string) {
  return db
    .selectFrom('cards')
    .innerJoin('users', (join) =>
      join.onRef('users.id', '=', 'cards.owner_id').on('users.workspace_id', '=', workspaceId),
    )
    .leftJoin('contacts', (join) =>
      join
        .onRef('contacts.id', '=', 'cards.contact_id')
        .on('contacts.workspace_id', '=', workspaceId),
    )
    .where('cards.workspace_id', '=', workspaceId);
}

/** Cards with their owner's and contact's names, for reading; callers add conditions. */
export function selectCards(db: Executor, workspaceId: string) {
  return cardsWithNames(db, workspaceId).select(cardColumns);
}

export function toCardRow(row: Omit<CardRow, 'fields'> & { fields: string }): CardRow {
  return { ...row, fields: JSON.parse(row.fields) as Record<string, unknown> };
}

export async function findCard(db: Executor, workspaceId: string, cardId: string) {
  const row = await selectCards(db, workspaceId).where('cards.id', '=', cardId).executeTakeFirst();
  return row && toCardRow(row);
}

/** The last rank of a column, to append after it. */
export async function lastRankInStatus(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  statusId: string,
) {
  const row = await db
    .selectFrom('cards')
    .select('rank')
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .where('status_id', '=', statusId)
    .where('deleted_at', 'is', null)
    .orderBy('rank', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.rank ?? null;
}

/** Rank of a live card of a column, or undefined when it is not there (moved or deleted since). */
export async function rankOf(db: Executor, workspaceId: string, statusId: string, cardId: string) {
  const row = await db
    .selectFrom('cards')
    .select('rank')
    .where('workspace_id', '=', workspaceId)
    .where('status_id', '=', statusId)
    .where('id', '=', cardId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.rank;
}

/**
 * The rank of the card next to `rank` in a column: the following one ('after') or the one
 * before ('before'); null at the column's end.
 */
export async function neighbourRank(
  db: Executor,
  workspaceId: string,
  place: { moduleId: string; statusId: string; rank: string; side: 'after' | 'before' },
) {
  const after = place.side === 'after';
  const row = await db
    .selectFrom('cards')
    .select('rank')
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', place.moduleId)
    .where('status_id', '=', place.statusId)
    .where('deleted_at', 'is', null)
    .where('rank', after ? '>' : '<', place.rank)
    .orderBy('rank', after ? 'asc' : 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.rank ?? null;
}

export type CardChanges = {
  title?: string;
  statusId?: string;
  ownerId?: string;
  contactId?: string | null;
  fields?: Record<string, unknown>;
  rank?: string;
  deletedAt?: string | null;
};

/**
 * Writes a change only if the card is still at `version`; returns false when someone else
 * changed it first (the caller answers 409).
 */
export async function updateCardIfVersion(
  db: Executor,
  workspaceId: string,
  cardId: string,
  version: number,
  changes: CardChanges,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('cards')
    .set({
      ...(changes.title !== undefined && {
        title: changes.title,
        title_folded: foldForSearch(changes.title),
      }),
      ...(changes.statusId !== undefined && { status_id: changes.statusId }),
      ...(changes.ownerId !== undefined && { owner_id: changes.ownerId }),
      ...(changes.contactId !== undefined && { contact_id: changes.contactId }),
      ...(changes.fields !== undefined && { fields: JSON.stringify(changes.fields) }),
      ...(changes.rank !== undefined && { rank: changes.rank }),
      ...(changes.deletedAt !== undefined && { deleted_at: changes.deletedAt }),
      version: version + 1,
      updated_at: now,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', cardId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
