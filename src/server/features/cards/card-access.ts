// Which cards an actor may reach: those of their workspace, and for restricted users only their
// own. Anything else is "not found", so ids of hidden cards reveal nothing.
import { NotFound } from '../../../domain/errors';
import { seesOnlyOwnCards } from '../../../domain/permissions';
import type { Actor, Executor } from '../../context';
import { findCard } from './cards.store';

export async function findVisibleCard(db: Executor, actor: Actor, cardId: string) {
  const card = await findCard(db, actor.workspaceId, cardId);
  if (!card || (seesOnlyOwnCards(actor.role) && card.ownerId !== actor.userId)) {
    throw new NotFound('card');
  }
  return card;
}
