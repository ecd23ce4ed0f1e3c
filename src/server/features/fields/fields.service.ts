// Custom-field use cases (DESIGN.md step 4): list, add, change (the key is stable, options keep
// their keys, a type change never loses data), archive a field with data, delete one without.
import { Conflict, NotFound, ValidationFailed } from '../../../domain/errors';
import type { ChoiceOption, FieldType } from '../../../domain/field-types';
import {
  CHOICE_TYPES,
  type FieldDefinition,
  type FieldValue,
} from '../../../domain/fields/field-definition';
import { keyFromLabel, keyOptions, type OptionInput } from '../../../domain/fields/field-key';
import { judgeTypeChange, valueSurvivesTypeChange } from '../../../domain/fields/field-type-change';
import { parseFieldValue } from '../../../domain/fields/field-value';
import { requireCompleteOrder } from '../../../domain/pipeline-rules';
import type { Actor, AppContext, Executor } from '../../context';
import { newId, nowIso } from '../../ids';
import { recordAudit } from '../audit/audit.store';
import { moduleSetup } from '../modules/module-setup';
import { requireModuleAccess } from '../modules/modules.service';
import { findCompanySettings } from '../settings/settings.store';
import { findStatus } from '../statuses/statuses.store';
import type { CreateFieldInput, FieldResponse, UpdateFieldInput } from './fields.schemas';
import * as store from './fields.store';

const DEFAULT_SECTION = 'General';
const VALUE_CHECK_PAGE_SIZE = 1000;

function toResponse({ archivedAt, ...row }: store.FieldRow): FieldResponse {
  return { ...row, archived: archivedAt !== null };
}

async function requireField(db: Executor, actor: Actor, fieldId: string) {
  const field = await store.findField(db, actor.workspaceId, fieldId);
  if (!field) throw new NotFound('field');
  return field;
}

async function requireStatusOfModule(
  db: Executor,
  actor: Actor,
  moduleId: string,
  statusId: string,
) {
  const status = await findStatus(db, actor.workspaceId, statusId);
  if (status?.moduleId !== moduleId) {
    throw ValidationFailed.field('requiredFromStatusId', 'must be a status of this module');
  }
}

/** The options a field of `type` gets from what was sent: keyed for a choice type, else none. */
function keyedOptions(
  type: FieldType,
  sent: OptionInput[] | null | undefined,
  reservedKeys?: ReadonlySet<string>,
): ChoiceOption[] | null {
  if (!CHOICE_TYPES.has(type)) {
    if (sent && sent.length > 0) {
      throw ValidationFailed.field(
        'options',
        'only single and multiple choice fields have options',
      );
    }
    return null;
  }
  if (!sent || sent.length === 0) {
    throw ValidationFailed.field('options', 'a choice field needs at least one option');
  }
  const keyed = keyOptions(sent, reservedKeys);
  if (!keyed.ok) throw ValidationFailed.field(keyed.path, keyed.message);
  return keyed.options;
}

async function defaultCurrency(db: Executor, workspaceId: string): Promise<string> {
  return (await findCompanySettings(db, workspaceId))?.currency ?? 'RON';
}

function parseDefault(field: FieldDefinition, raw: unknown, currency: string): FieldValue | null {
  const parsed = parseFieldValue(field, raw, { defaultCurrency: currency });
  if (!parsed.ok) throw ValidationFailed.field('default', parsed.message);
  return parsed.value;
}

export async function listFields(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  options: { includeArchived: boolean },
): Promise<FieldResponse[]> {
  await moduleSetup(ctx, actor, moduleId, 'read');
  const rows = await store.listFields(ctx.db, actor.workspaceId, moduleId, options);
  return rows.map(toResponse);
}

export async function createField(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  input: CreateFieldInput,
): Promise<FieldResponse> {
  const fieldId = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const { workspaceId } = actor;
    await requireModuleAccess(trx, actor, moduleId, 'read');
    const key = input.key ?? keyFromLabel(input.label);
    const options = keyedOptions(input.type, input.options);
    if (input.requiredFromStatusId !== null) {
      await requireStatusOfModule(trx, actor, moduleId, input.requiredFromStatusId);
    }
    const definition: FieldDefinition = {
      id: fieldId,
      key,
      label: input.label,
      type: input.type,
      required: input.required,
      requiredFromStatusId: input.requiredFromStatusId,
      options,
    };
    const defaultValue = parseDefault(
      definition,
      input.default,
      await defaultCurrency(trx, workspaceId),
    );
    if (await store.isFieldKeyTaken(trx, workspaceId, moduleId, key)) {
      const origin =
        input.key === undefined ? ' (made from the label; send a key of your own)' : '';
      throw new Conflict(
        'field_key_taken',
        `this module already has a field with the key ${key}${origin}`,
      );
    }
    const field = {
      ...definition,
      moduleId,
      section: input.section ?? DEFAULT_SECTION,
      helpText: input.helpText,
      default: defaultValue,
      position: await store.nextFieldPosition(trx, workspaceId, moduleId),
    };
    await store.insertFields(trx, workspaceId, moduleId, [field], nowIso());
    await recordAudit(trx, {
      workspaceId,
      userId: actor.userId,
      action: 'field.created',
      target: `field:${fieldId}`,
      details: field,
    });
  });
  return toResponse((await store.findField(ctx.db, actor.workspaceId, fieldId))!);
}

/** Refuses a type change that would lose or invalidate a value some card holds. */
async function checkTypeChange(db: Executor, actor: Actor, field: store.FieldRow, to: FieldType) {
  const verdict = judgeTypeChange(field.type, to, field.hasData);
  if (!verdict.allowed) throw new Conflict('type_change_loses_data', verdict.message);
  if (!verdict.checkEachValue) return;
  for (let after = ''; ;) {
    const page = await store.fieldValuePage(
      db,
      actor.workspaceId,
      field,
      after,
      VALUE_CHECK_PAGE_SIZE,
    );
    const lost = page.find(
      ({ value }) => value !== null && !valueSurvivesTypeChange(field, to, value),
    );
    if (lost) {
      throw new Conflict(
        'type_change_loses_data',
        `card ${lost.cardId} holds a value of this ${field.type} field that a ${to} field cannot ` +
          'keep unchanged (it is too long); shorten it first',
      );
    }
    if (page.length < VALUE_CHECK_PAGE_SIZE) return;
    after = page[page.length - 1]!.cardId;
  }
}

/**
 * The options after a change. A sent option with a current key keeps it (renaming its label keeps
 * the cards' values); one without a key is new; a current option left out is removed, which is
 * refused while any card holds it.
 */
async function nextOptions(
  db: Executor,
  actor: Actor,
  field: store.FieldRow,
  type: FieldType,
  sent: OptionInput[] | null | undefined,
): Promise<ChoiceOption[] | null> {
  const current = CHOICE_TYPES.has(field.type) ? (field.options ?? []) : [];
  if (sent === undefined && CHOICE_TYPES.has(type) && current.length > 0) return current;
  const options = keyedOptions(type, sent, new Set(current.map((o) => o.key)));
  const removed = current.filter((o) => !options?.some((kept) => kept.key === o.key));
  const used = await store.optionKeysInUse(
    db,
    actor.workspaceId,
    field.id,
    removed.map((o) => o.key),
  );
  if (used.length > 0) {
    const named = removed
      .filter((o) => used.includes(o.key))
      .map((o) => `"${o.label}" (${o.key})`)
      .join(', ');
    throw new Conflict(
      'option_in_use',
      `cards hold the option ${named}; change those cards before removing it`,
    );
  }
  return options;
}

export async function updateField(
  ctx: AppContext,
  actor: Actor,
  fieldId: string,
  input: UpdateFieldInput,
): Promise<FieldResponse> {
  await ctx.db.transaction().execute(async (trx) => {
    const { workspaceId } = actor;
    const current = await requireField(trx, actor, fieldId);
    const type = input.type ?? current.type;
    if (type !== current.type) await checkTypeChange(trx, actor, current, type);
    const options = await nextOptions(trx, actor, current, type, input.options);
    if (input.requiredFromStatusId) {
      await requireStatusOfModule(trx, actor, current.moduleId, input.requiredFromStatusId);
    }
    const definition: FieldDefinition = { ...current, type, options };
    const currency = await defaultCurrency(trx, workspaceId);
    // A default the new type or options no longer accept is dropped rather than kept invalid.
    const kept =
      current.default === null
        ? null
        : parseFieldValue(definition, current.default, { defaultCurrency: currency });
    const defaultValue =
      input.default !== undefined
        ? parseDefault(definition, input.default, currency)
        : kept?.ok
          ? kept.value
          : null;
    const archivedAt =
      input.archived === undefined || input.archived === (current.archivedAt !== null)
        ? undefined
        : input.archived
          ? nowIso()
          : null;
    await store.updateField(trx, workspaceId, fieldId, {
      label: input.label,
      type: input.type,
      section: input.section,
      required: input.required,
      requiredFromStatusId: input.requiredFromStatusId,
      options,
      helpText: input.helpText,
      default: defaultValue,
      position: input.position,
      archivedAt,
    });
    await recordAudit(trx, {
      workspaceId,
      userId: actor.userId,
      action: 'field.updated',
      target: `field:${fieldId}`,
      details: { moduleId: current.moduleId, ...input },
    });
  });
  return toResponse((await store.findField(ctx.db, actor.workspaceId, fieldId))!);
}

/** A field some card holds a value for is archived (and returned); any other is deleted (null). */
export async function deleteField(
  ctx: AppContext,
  actor: Actor,
  fieldId: string,
): Promise<FieldResponse | null> {
  const archived = await ctx.db.transaction().execute(async (trx) => {
    const { workspaceId } = actor;
    const field = await requireField(trx, actor, fieldId);
    const { hasData } = field;
    if (hasData && field.archivedAt === null) {
      await store.updateField(trx, workspaceId, fieldId, { archivedAt: nowIso() });
    } else if (!hasData) {
      await store.deleteField(trx, workspaceId, fieldId);
    }
    await recordAudit(trx, {
      workspaceId,
      userId: actor.userId,
      action: hasData ? 'field.archived' : 'field.deleted',
      target: `field:${fieldId}`,
      details: { moduleId: field.moduleId, key: field.key, label: field.label },
    });
    return hasData;
  });
  return archived ? toResponse((await store.findField(ctx.db, actor.workspaceId, fieldId))!) : null;
}

/** `ids` names every field in use (not archived) once: their new order on the card. */
export async function reorderFields(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  ids: string[],
): Promise<FieldResponse[]> {
  await ctx.db.transaction().execute(async (trx) => {
    await requireModuleAccess(trx, actor, moduleId, 'read');
    const fields = await store.listFields(trx, actor.workspaceId, moduleId, {
      includeArchived: false,
    });
    requireCompleteOrder(
      fields.map((field) => field.id),
      ids,
      'field',
    );
    for (const [position, id] of ids.entries()) {
      await store.updateField(trx, actor.workspaceId, id, { position });
    }
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'field.reordered',
      target: `module:${moduleId}`,
      details: { ids },
    });
  });
  const rows = await store.listFields(ctx.db, actor.workspaceId, moduleId, {
    includeArchived: false,
  });
  return rows.map(toResponse);
}
