// SQL for a card's history: every change (who, what, from what to what, when) and comments.
import type { Executor } from '../../context';
import { newId } from '../../ids';

export type HistoryKind = 'created' | 'updated' | 'deleted' | 'restored' | 'comment';
export type HistoryChange = { field: string; label: string; from: unknown; to: unknown };

export async function insertHistory(
  db: Executor,
  workspaceId: string,
  entry: {
    cardId: string;
    userId: string;
    kind: HistoryKind;
    changes?: HistoryChange[];
    body?: string;
    at: string;
  },
) {
  await db
    .insertInto('card_history')
    .values({
      id: newId(),
      workspace_id: workspaceId,
      card_id: entry.cardId,
      user_id: entry.userId,
      kind: entry.kind,
      changes: JSON.stringify(entry.changes ?? []),
      body: entry.body ?? null,
      at: entry.at,
    })
    .execute();
}

/** Newest first; ids are UUIDv7, so id order is time order. */
export async function listHistory(
  db: Executor,
  workspaceId: string,
  cardId: string,
  page: { limit: number; beforeId?: string },
) {
  let query = db
    .selectFrom('card_history')
    .leftJoin('users', (join) =>
      join
        .onRef('users.id', '=', 'card_history.user_id')
        .on('users.workspace_id', '=', workspaceId),
    )
    .select([
      'card_history.id',
      'card_history.kind',
      'card_history.user_id as userId',
      'users.name as userName',
      'card_history.at',
      'card_history.changes',
      'card_history.body',
    ])
    .where('card_history.workspace_id', '=', workspaceId)
    .where('card_history.card_id', '=', cardId)
    .orderBy('card_history.id', 'desc')
    .limit(page.limit + 1);
  if (page.beforeId) query = query.where('card_history.id', '<', page.beforeId);
  const rows = await query.execute();
  return rows.map((row) => ({
    ...row,
    kind: row.kind as HistoryKind,
    changes: JSON.parse(row.changes) as HistoryChange[],
  }));
}
