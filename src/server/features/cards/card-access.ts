// Which cards an actor may reach: those of their workspace, and for restricted users only their
// own. Anything else is "not found", so ids of hidden cards reveal nothing.
import { Conflict, NotFound } from '../../../domain/errors';
import { seesOnlyOwnCards } from '../../../domain/permissions';
import type { Actor, AppContext, Executor } from '../../context';
import { moduleSetup } from '../modules/module-setup';
import { requireModuleAccess } from '../modules/modules.service';
import { findCard } from './cards.store';

export async function findVisibleCard(db: Executor, actor: Actor, cardId: string) {
  const card = await findCard(db, actor.workspaceId, cardId);
  if (!card || (seesOnlyOwnCards(actor.role) && card.ownerId !== actor.userId)) {
    throw new NotFound('card');
  }
  return card;
}

/**
 * A visible card whose module the actor may read or write. Writing (comments, files) on a card
 * in the trash is refused, as changing its fields is: restore it first.
 */
export async function requireCardAccess(
  db: Executor,
  actor: Actor,
  cardId: string,
  needed: 'read' | 'write',
) {
  const card = await findVisibleCard(db, actor, cardId);
  await requireModuleAccess(db, actor, card.moduleId, needed);
  if (needed === 'write') refuseTrashed(card);
  return card;
}

/** A visible card the actor may read, with its module's setup (kept in memory). */
export async function requireReadableCard(ctx: AppContext, actor: Actor, cardId: string) {
  const card = await findVisibleCard(ctx.db, actor, cardId);
  const setup = await moduleSetup(ctx, actor, card.moduleId, 'read');
  return { card, setup };
}

/** A card in the trash takes no changes (fields, comments, files): restore it first. */
export function refuseTrashed(card: { deletedAt: string | null }) {
  if (card.deletedAt !== null) {
    throw new Conflict('card_in_trash', 'restore the card before changing it');
  }
}
