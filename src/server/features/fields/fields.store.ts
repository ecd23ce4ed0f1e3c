// SQL for custom fields: read with whether any card holds a value, add, change, archive, delete,
// and the card_values look-ups that tell whether a change would touch stored data.
import type { ChoiceOption, FieldType } from '../../../domain/field-types';
import type { FieldValue } from '../../../domain/fields/field-definition';
import { indexColumnOf } from '../../../domain/fields/index-entries';
import type { Executor } from '../../context';

export type FieldRow = {
  id: string;
  moduleId: string;
  key: string;
  label: string;
  type: FieldType;
  section: string;
  required: boolean;
  requiredFromStatusId: string | null;
  options: ChoiceOption[] | null;
  helpText: string;
  default: FieldValue | null;
  position: number;
  archivedAt: string | null;
  hasData: boolean;
};

/** A field's row, and whether any card holds a value of it: a probe of each value index. */
function selectFields(db: Executor, workspaceId: string) {
  return db
    .selectFrom('fields')
    .select([
      'fields.id',
      'fields.module_id as moduleId',
      'fields.key',
      'fields.label',
      'fields.type',
      'fields.section',
      'fields.required',
      'fields.required_from_status_id as requiredFromStatusId',
      'fields.options',
      'fields.help_text as helpText',
      'fields.default_value as defaultValue',
      'fields.position',
      'fields.archived_at as archivedAt',
    ])
    .select((eb) =>
      eb
        .or(
          // A value sits in `num` or in `txt`; each partial index is walked only when the query
          // says its column is not null (migration 0007).
          (['num', 'txt'] as const).map((column) =>
            eb.exists(
              eb
                .selectFrom('card_values')
                .select('card_values.card_id')
                .where('card_values.workspace_id', '=', workspaceId)
                .whereRef('card_values.field_id', '=', 'fields.id')
                .where(`card_values.${column}`, 'is not', null),
            ),
          ),
        )
        .as('hasData'),
    )
    .where('fields.workspace_id', '=', workspaceId);
}

type SelectedField = Awaited<
  ReturnType<ReturnType<typeof selectFields>['executeTakeFirstOrThrow']>
>;

function toRow({ defaultValue, ...row }: SelectedField): FieldRow {
  return {
    ...row,
    required: Boolean(row.required),
    options: row.options === null ? null : (JSON.parse(row.options) as ChoiceOption[]),
    default: defaultValue === null ? null : (JSON.parse(defaultValue) as FieldValue),
    // SQLite answers 0/1, PostgreSQL a boolean.
    hasData: Boolean(row.hasData),
  };
}

export async function listFields(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  options: { includeArchived: boolean },
): Promise<FieldRow[]> {
  let query = selectFields(db, workspaceId)
    .where('fields.module_id', '=', moduleId)
    .orderBy('fields.position')
    .orderBy('fields.id');
  if (!options.includeArchived) query = query.where('fields.archived_at', 'is', null);
  return (await query.execute()).map(toRow);
}

export async function findField(
  db: Executor,
  workspaceId: string,
  fieldId: string,
): Promise<FieldRow | undefined> {
  const row = await selectFields(db, workspaceId)
    .where('fields.id', '=', fieldId)
    .executeTakeFirst();
  return row && toRow(row);
}

/** Keys are unique in a module, archived fields included: their values still sit on cards. */
export async function isFieldKeyTaken(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  key: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('fields')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

export async function nextFieldPosition(
  db: Executor,
  workspaceId: string,
  moduleId: string,
): Promise<number> {
  const row = await db
    .selectFrom('fields')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export type NewField = {
  id: string;
  key: string;
  label: string;
  type: FieldType;
  section: string;
  required: boolean;
  requiredFromStatusId: string | null;
  options: ChoiceOption[] | null;
  helpText: string;
  default?: FieldValue | null;
  position: number;
};

/** New fields of one module: a template's, or one an admin adds. */
export async function insertFields(
  db: Executor,
  workspaceId: string,
  moduleId: string,
  fields: NewField[],
  now: string,
) {
  if (fields.length === 0) return;
  await db
    .insertInto('fields')
    .values(
      fields.map((field) => ({
        id: field.id,
        workspace_id: workspaceId,
        module_id: moduleId,
        key: field.key,
        label: field.label,
        type: field.type,
        section: field.section,
        required: field.required ? 1 : 0,
        required_from_status_id: field.requiredFromStatusId,
        options: field.options === null ? null : JSON.stringify(field.options),
        help_text: field.helpText,
        default_value: field.default == null ? null : JSON.stringify(field.default),
        position: field.position,
        created_at: now,
      })),
    )
    .execute();
}

export type FieldChanges = Partial<Omit<NewField, 'id' | 'key'> & { archivedAt: string | null }>;

export async function updateField(
  db: Executor,
  workspaceId: string,
  fieldId: string,
  changes: FieldChanges,
) {
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  const set = {
    ...(changes.label !== undefined && { label: changes.label }),
    ...(changes.type !== undefined && { type: changes.type }),
    ...(changes.section !== undefined && { section: changes.section }),
    ...(changes.required !== undefined && { required: changes.required ? 1 : 0 }),
    ...(changes.requiredFromStatusId !== undefined && {
      required_from_status_id: changes.requiredFromStatusId,
    }),
    ...(changes.options !== undefined && { options: json(changes.options) }),
    ...(changes.helpText !== undefined && { help_text: changes.helpText }),
    ...(changes.default !== undefined && { default_value: json(changes.default) }),
    ...(changes.position !== undefined && { position: changes.position }),
    ...(changes.archivedAt !== undefined && { archived_at: changes.archivedAt }),
  };
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('fields')
    .set(set)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', fieldId)
    .execute();
}

export async function deleteField(db: Executor, workspaceId: string, fieldId: string) {
  await db
    .deleteFrom('fields')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', fieldId)
    .execute();
}

/** Which of `keys` some card (trashed ones too) holds for a choice field. */
export async function optionKeysInUse(
  db: Executor,
  workspaceId: string,
  fieldId: string,
  keys: string[],
): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('card_values')
    .select('txt')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('field_id', '=', fieldId)
    .where('txt', 'is not', null)
    .where('txt', 'in', keys)
    .execute();
  return rows.map((row) => row.txt as string);
}

/** One page of the values cards hold for a field, in card id order (keyset after `afterCardId`). */
export async function fieldValuePage(
  db: Executor,
  workspaceId: string,
  field: { id: string; key: string; type: FieldType },
  afterCardId: string,
  limit: number,
): Promise<{ cardId: string; value: FieldValue | null }[]> {
  const rows = await db
    .selectFrom('cards')
    .select(['cards.id', 'cards.fields'])
    .where('cards.workspace_id', '=', workspaceId)
    .where('cards.id', 'in', (eb) =>
      eb
        .selectFrom('card_values')
        .select('card_values.card_id')
        .where('card_values.workspace_id', '=', workspaceId)
        .where('card_values.field_id', '=', field.id)
        .where(`card_values.${indexColumnOf(field.type)}`, 'is not', null),
    )
    .where('cards.id', '>', afterCardId)
    .orderBy('cards.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    cardId: row.id,
    value: ((JSON.parse(row.fields) as Record<string, FieldValue | undefined>)[field.key] ??
      null) as FieldValue | null,
  }));
}
