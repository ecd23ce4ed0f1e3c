// The trash: trashed cards the actor could see, and (for admins) archived modules; both
// restorable (POST /cards/:id/restore, PATCH /modules/:id { archived: false }).
import { seesOnlyOwnCards } from '../../../domain/permissions';
import type { Actor, AppContext } from '../../context';
import { decodeCursor, keysetPage } from '../../http/cursor';
import { listModules } from '../modules/modules.service';
import { listTrashedCards } from './trash.store';

export async function getTrash(
  ctx: AppContext,
  actor: Actor,
  page: { limit: number; cursor?: string },
) {
  const isAdmin = actor.role === 'admin';
  const before = page.cursor ? decodeCursor(page.cursor, ['deletedAt', 'id']) : undefined;
  // Others need the modules they may see; an admin, only the archived ones, on the first page.
  const modules = isAdmin && before ? [] : await listModules(ctx, actor, { includeArchived: true });
  const rows = await listTrashedCards(
    ctx.db,
    actor.workspaceId,
    {
      moduleIds: isAdmin ? 'all' : modules.map((m) => m.id),
      ownerId: seesOnlyOwnCards(actor.role) ? actor.userId : undefined,
    },
    { limit: page.limit, before },
  );
  const { items: cards, nextCursor } = keysetPage(rows, page.limit, (last) => ({
    deletedAt: last.deletedAt,
    id: last.id,
  }));
  return {
    // Archived modules are few; they come whole with the first page.
    modules:
      before || !isAdmin
        ? []
        : modules
            .filter((m) => m.archived)
            .map((m) => ({ id: m.id, name: m.name, archivedAt: m.archivedAt! })),
    cards,
    nextCursor,
  };
}
