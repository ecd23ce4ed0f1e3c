// SQL for the trash: trashed cards newest first, keyset by (deleted_at, id).
import type { Executor } from '../../context';

export async function listTrashedCards(
  db: Executor,
  workspaceId: string,
  scope: { moduleIds: string[] | 'all'; ownerId?: string },
  page: { limit: number; before?: { deletedAt: string; id: string } },
) {
  let query = db
    .selectFrom('cards')
    .innerJoin('modules', 'modules.id', 'cards.module_id')
    .select([
      'cards.id',
      'cards.title',
      'cards.module_id as moduleId',
      'modules.name as moduleName',
      'cards.deleted_at as deletedAt',
    ])
    .where('cards.workspace_id', '=', workspaceId)
    .where('modules.workspace_id', '=', workspaceId)
    .where('cards.deleted_at', 'is not', null)
    .orderBy('cards.deleted_at', 'desc')
    .orderBy('cards.id', 'desc')
    .limit(page.limit + 1);
  if (scope.moduleIds !== 'all') {
    if (scope.moduleIds.length === 0) return [];
    query = query.where('cards.module_id', 'in', scope.moduleIds);
  }
  if (scope.ownerId) query = query.where('cards.owner_id', '=', scope.ownerId);
  const before = page.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('cards.deleted_at', '<', before.deletedAt),
        eb.and([eb('cards.deleted_at', '=', before.deletedAt), eb('cards.id', '<', before.id)]),
      ]),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, deletedAt: row.deletedAt as string }));
}
