// SQL for what card rules need to know about their module: field definitions and statuses.
import type { FieldDefinition } from '../../../domain/fields/field-definition';
import type { StatusGroup } from '../../../domain/pipeline';
import type { Executor } from '../../context';

export type LoadedField = FieldDefinition & { defaultValue: unknown; archived: boolean };

/**
 * Every field of the module, archived ones included: their values stay on cards and in the
 * index, so indexing must know them; validation and display use `activeFields`.
 */
export async function loadFieldDefinitions(
  db: Executor,
  workspaceId: string,
  moduleId: string,
): Promise<LoadedField[]> {
  const rows = await db
    .selectFrom('fields')
    .select([
      'id',
      'key',
      'label',
      'type',
      'required',
      'required_from_status_id',
      'options',
      'default_value',
      'archived_at',
    ])
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    archived: row.archived_at !== null,
    id: row.id,
    key: row.key,
    label: row.label,
    type: row.type,
    required: row.required === 1,
    requiredFromStatusId: row.required_from_status_id,
    options: row.options ? (JSON.parse(row.options) as { key: string; label: string }[]) : null,
    defaultValue: row.default_value === null ? null : (JSON.parse(row.default_value) as unknown),
  }));
}

export function activeFields<T extends { archived: boolean }>(fields: readonly T[]): T[] {
  return fields.filter((field) => !field.archived);
}

export type StatusInfo = {
  id: string;
  name: string;
  group: StatusGroup;
  color: string;
  probability: number;
  position: number;
};

export async function loadStatuses(
  db: Executor,
  workspaceId: string,
  moduleId: string,
): Promise<StatusInfo[]> {
  return db
    .selectFrom('statuses')
    .select(['id', 'name', 'group_name as group', 'color', 'probability', 'position'])
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .orderBy('position')
    .execute();
}

export async function isActiveUser(db: Executor, workspaceId: string, userId: string) {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', userId)
    .where('is_active', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isLiveContact(db: Executor, workspaceId: string, contactId: string) {
  const row = await db
    .selectFrom('contacts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', contactId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isAttachmentOfCard(
  db: Executor,
  workspaceId: string,
  cardId: string,
  attachmentId: string,
) {
  const row = await db
    .selectFrom('attachments')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('card_id', '=', cardId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return row !== undefined;
}
