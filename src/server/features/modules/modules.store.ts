// SQL for modules and their definitions: pipeline statuses and task types (fields: fields.store).
import type { ModuleAccess } from '../../../domain/permissions';
import type { StatusGroup } from '../../../domain/pipeline';
import type { Executor } from '../../context';

const moduleColumns = [
  'modules.id',
  'modules.name',
  'modules.template',
  'modules.position',
  'modules.idle_days as idleDays',
  'modules.archived_at as archivedAt',
  'modules.created_at as createdAt',
] as const;

export type ModuleRow = {
  id: string;
  name: string;
  template: string;
  position: number;
  idleDays: number | null;
  archivedAt: string | null;
  createdAt: string;
  cardCount: number;
};

function selectModules(db: Executor, workspaceId: string) {
  return db
    .selectFrom('modules')
    .select(moduleColumns)
    .select((eb) =>
      // From the column totals kept with every card write: a count over a big module's
      // cards would cost every module-scoped request tens of milliseconds.
      eb
        .selectFrom('status_totals')
        .select((totals) => totals.fn.sum<number>('status_totals.card_count').as('n'))
        .where('status_totals.workspace_id', '=', workspaceId)
        .whereRef('status_totals.module_id', '=', 'modules.id')
        .as('cardCount'),
    )
    .where('modules.workspace_id', '=', workspaceId);
}

export async function listModules(
  db: Executor,
  workspaceId: string,
  options: { includeArchived: boolean },
): Promise<ModuleRow[]> {
  let query = selectModules(db, workspaceId).orderBy('modules.position').orderBy('modules.id');
  if (!options.includeArchived) query = query.where('modules.archived_at', 'is', null);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, cardCount: Number(row.cardCount ?? 0) }));
}

export async function findModule(
  db: Executor,
  workspaceId: string,
  moduleId: string,
): Promise<ModuleRow | undefined> {
  const row = await selectModules(db, workspaceId)
    .where('modules.id', '=', moduleId)
    .executeTakeFirst();
  return row && { ...row, cardCount: Number(row.cardCount ?? 0) };
}

/** The module without its card count (which every card write changes), for kept setups. */
export async function findModuleDefinition(
  db: Executor,
  workspaceId: string,
  moduleId: string,
): Promise<Omit<ModuleRow, 'cardCount'> | undefined> {
  return db
    .selectFrom('modules')
    .select(moduleColumns)
    .where('modules.workspace_id', '=', workspaceId)
    .where('modules.id', '=', moduleId)
    .executeTakeFirst();
}

export async function nextModulePosition(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('modules')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertModule(
  db: Executor,
  module: { id: string; workspaceId: string; name: string; template: string; position: number },
  now: string,
) {
  await db
    .insertInto('modules')
    .values({
      id: module.id,
      workspace_id: module.workspaceId,
      name: module.name,
      template: module.template,
      position: module.position,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updateModule(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  changes: {
    name?: string;
    idleDays?: number | null;
    archivedAt?: string | null;
    position?: number;
  },
  now: string,
) {
  await db
    .updateTable('modules')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.idleDays !== undefined && { idle_days: changes.idleDays }),
      ...(changes.archivedAt !== undefined && { archived_at: changes.archivedAt }),
      ...(changes.position !== undefined && { position: changes.position }),
      updated_at: now,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', moduleId)
    .execute();
}

export type NewStatus = {
  id: string;
  name: string;
  group: StatusGroup;
  color: string;
  probability: number;
  position: number;
};

export async function insertStatuses(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  statuses: NewStatus[],
  now: string,
) {
  if (statuses.length === 0) return;
  await db
    .insertInto('statuses')
    .values(
      statuses.map((s) => ({
        id: s.id,
        workspace_id: workspaceId,
        module_id: moduleId,
        name: s.name,
        group_name: s.group,
        color: s.color,
        probability: s.probability,
        position: s.position,
        created_at: now,
      })),
    )
    .execute();
}

export type NewTaskType = {
  id: string;
  name: string;
  color: string;
  icon: string;
  defaultDurationMin: number;
  defaultReminderMin: number;
  position: number;
};

export async function insertTaskTypes(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  taskTypes: NewTaskType[],
  now: string,
) {
  if (taskTypes.length === 0) return;
  await db
    .insertInto('task_types')
    .values(
      taskTypes.map((t) => ({
        id: t.id,
        workspace_id: workspaceId,
        module_id: moduleId,
        name: t.name,
        color: t.color,
        icon: t.icon,
        default_duration_min: t.defaultDurationMin,
        default_reminder_min: t.defaultReminderMin,
        position: t.position,
        created_at: now,
      })),
    )
    .execute();
}

export async function listTaskTypes(db: Executor, workspaceId: string, moduleId: string) {
  return db
    .selectFrom('task_types')
    .select([
      'id',
      'name',
      'color',
      'icon',
      'default_duration_min as defaultDurationMin',
      'default_reminder_min as defaultReminderMin',
    ])
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .orderBy('position')
    .execute();
}

/** Modules a non-admin user was granted read or write access to. */
export async function grantedModuleIds(
  db: Executor,
  workspaceId: string,
  userId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('module_access')
    .select('module_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('access', 'in', ['read', 'write'])
    .execute();
  return new Set(rows.map((row) => row.module_id));
}

export async function findModuleAccess(
  db: Executor,
  workspaceId: string,
  userId: string,
  moduleId: string,
): Promise<ModuleAccess | undefined> {
  const row = await db
    .selectFrom('module_access')
    .select('access')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('module_id', '=', moduleId)
    .executeTakeFirst();
  return row?.access as ModuleAccess | undefined;
}
