// A card's timeline: its recorded changes and comments, newest first.
import type { Actor, AppContext } from '../../context';
import { decodeCursor, keysetPage } from '../../http/cursor';
import { nowIso } from '../../ids';
import { insertHistory, listHistory } from './card-history.store';
import { requireCardAccess, requireReadableCard } from './card-access';

export async function getHistory(
  ctx: AppContext,
  actor: Actor,
  cardId: string,
  page: { limit: number; cursor?: string },
) {
  await requireReadableCard(ctx, actor, cardId);
  const beforeId = page.cursor ? decodeCursor(page.cursor, ['id']).id : undefined;
  const rows = await listHistory(ctx.db, actor.workspaceId, cardId, {
    limit: page.limit,
    beforeId,
  });
  return keysetPage(rows, page.limit, (last) => ({ id: last.id }));
}

/** Adds a comment; answers it as the timeline shows it (its newest entry, in the same transaction). */
export async function addComment(ctx: AppContext, actor: Actor, cardId: string, body: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const card = await requireCardAccess(trx, actor, cardId, 'write');
    await insertHistory(trx, actor.workspaceId, {
      cardId: card.id,
      userId: actor.userId,
      kind: 'comment',
      body,
      at: nowIso(),
    });
    const [comment] = await listHistory(trx, actor.workspaceId, card.id, { limit: 1 });
    return comment!;
  });
}
