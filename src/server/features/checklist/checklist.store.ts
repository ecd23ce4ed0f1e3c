// SQL gathering the facts the checklist rules look at, a few grouped counts per workspace.
import type { Executor } from '../../context';

export async function activeModuleDefinitionCounts(db: Executor, workspaceId: string) {
  const modules = await db
    .selectFrom('modules')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .execute();
  const statuses = await db
    .selectFrom('statuses')
    .select(['module_id', 'group_name', (eb) => eb.fn.countAll<number>().as('count')])
    .where('workspace_id', '=', workspaceId)
    .groupBy(['module_id', 'group_name'])
    .execute();
  const fields = await db
    .selectFrom('fields')
    .select(['module_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .groupBy('module_id')
    .execute();
  const taskTypes = await db
    .selectFrom('task_types')
    .select(['module_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('module_id')
    .execute();
  const countOf = (rows: { module_id: string; count: number }[], moduleId: string) =>
    Number(rows.find((r) => r.module_id === moduleId)?.count ?? 0);
  const statusCount = (moduleId: string, group: string) =>
    Number(statuses.find((s) => s.module_id === moduleId && s.group_name === group)?.count ?? 0);
  return modules.map(({ id }) => ({
    openStatuses: statusCount(id, 'open'),
    wonStatuses: statusCount(id, 'won'),
    lostStatuses: statusCount(id, 'lost'),
    fields: countOf(fields, id),
    taskTypes: countOf(taskTypes, id),
  }));
}

export async function userCounts(db: Executor, workspaceId: string) {
  const row = await db
    .selectFrom('users')
    .select((eb) => [
      eb.fn.countAll<number>().as('nonAdminUsers'),
      eb.fn
        .count<number>('users.id')
        .filterWhere(
          'users.id',
          'in',
          // Access to an archived module gives nothing to work in, so it does not count.
          eb
            .selectFrom('module_access')
            .innerJoin('modules', (join) =>
              join
                .onRef('modules.id', '=', 'module_access.module_id')
                .onRef('modules.workspace_id', '=', 'module_access.workspace_id'),
            )
            .select('module_access.user_id')
            .where('module_access.workspace_id', '=', workspaceId)
            .where('module_access.access', 'in', ['read', 'write'])
            .where('modules.archived_at', 'is', null),
        )
        .as('withAccess'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('is_active', '=', 1)
    .where('role', '!=', 'admin')
    .executeTakeFirstOrThrow();
  const others = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspace_id', '=', workspaceId)
    .where('is_active', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    nonAdminUsers: Number(row.nonAdminUsers),
    nonAdminsWithModuleAccess: Number(row.withAccess),
    otherActiveUsers: Number(others.count) - 1,
  };
}
