// User use cases. (Invitations, roles and leavers come with checklist steps 6 and 7.)
import type { Actor, AppContext } from '../../context';
import { decodeCursor, keysetPage } from '../../http/cursor';
import type { Role } from '../../../domain/permissions';
import * as store from './users.store';

export async function listUsers(
  ctx: AppContext,
  actor: Actor,
  page: { limit: number; cursor?: string },
) {
  const after = page.cursor ? decodeCursor(page.cursor, ['name', 'id']) : undefined;
  const rows = await store.listUsers(ctx.db, actor.workspaceId, { limit: page.limit, after });
  const { items, nextCursor } = keysetPage(rows, page.limit, (last) => ({
    name: last.name,
    id: last.id,
  }));
  return {
    items: items.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role as Role,
      position: row.position,
      active: row.isActive === 1,
    })),
    nextCursor,
  };
}
