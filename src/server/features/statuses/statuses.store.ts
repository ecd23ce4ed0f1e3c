// SQL for pipeline statuses: read with their live card counts, add, change, reorder, remove.
import type { StatusGroup } from '../../../domain/pipeline';
import type { Executor } from '../../context';

export type StatusRow = {
  id: string;
  moduleId: string;
  name: string;
  group: StatusGroup;
  color: string;
  probability: number;
  position: number;
  cardCount: number;
};

function selectStatuses(db: Executor, workspaceId: string) {
  return db
    .selectFrom('statuses')
    .leftJoin('status_totals', (join) =>
      join
        .onRef('status_totals.status_id', '=', 'statuses.id')
        .on('status_totals.workspace_id', '=', workspaceId),
    )
    .select([
      'statuses.id',
      'statuses.module_id as moduleId',
      'statuses.name',
      'statuses.group_name as group',
      'statuses.color',
      'statuses.probability',
      'statuses.position',
      'status_totals.card_count as cardCount',
    ])
    .where('statuses.workspace_id', '=', workspaceId);
}

function toRow(row: Omit<StatusRow, 'cardCount'> & { cardCount: number | null }): StatusRow {
  return { ...row, cardCount: Number(row.cardCount ?? 0) };
}

export async function listStatuses(
  db: Executor,
  workspaceId: string,
  moduleId: string,
): Promise<StatusRow[]> {
  const rows = await selectStatuses(db, workspaceId)
    .where('statuses.module_id', '=', moduleId)
    .orderBy('statuses.position')
    .orderBy('statuses.id')
    .execute();
  return rows.map(toRow);
}

export async function findStatus(
  db: Executor,
  workspaceId: string,
  statusId: string,
): Promise<StatusRow | undefined> {
  const row = await selectStatuses(db, workspaceId)
    .where('statuses.id', '=', statusId)
    .executeTakeFirst();
  return row && toRow(row);
}

export async function updateStatus(
  db: Executor,
  workspaceId: string,
  statusId: string,
  changes: {
    name?: string;
    group?: StatusGroup;
    color?: string;
    probability?: number;
    position?: number;
  },
) {
  if (Object.values(changes).every((value) => value === undefined)) return;
  await db
    .updateTable('statuses')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.group !== undefined && { group_name: changes.group }),
      ...(changes.color !== undefined && { color: changes.color }),
      ...(changes.probability !== undefined && { probability: changes.probability }),
      ...(changes.position !== undefined && { position: changes.position }),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', statusId)
    .execute();
}

/** Cards in the status, trashed ones included: all of them would lose their status. */
export async function countCardsInStatus(
  db: Executor,
  workspaceId: string,
  statusId: string,
): Promise<number> {
  const row = await db
    .selectFrom('cards')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('status_id', '=', statusId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Moves every card of one status to another in one statement. The version goes up so an edit
 * made against the old status is caught as stale; updated_at stays, as no one touched the card.
 */
export async function moveCardsToStatus(
  db: Executor,
  workspaceId: string,
  fromStatusId: string,
  toStatusId: string,
): Promise<number> {
  const result = await db
    .updateTable('cards')
    .set((eb) => ({ status_id: toStatusId, version: eb('version', '+', 1) }))
    .where('workspace_id', '=', workspaceId)
    .where('status_id', '=', fromStatusId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Removes the status; fields required from it stop being so (the foreign key sets null). */
export async function deleteStatus(db: Executor, workspaceId: string, statusId: string) {
  await db
    .deleteFrom('statuses')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', statusId)
    .execute();
}
