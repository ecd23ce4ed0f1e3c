// Module use cases: create from a template, list, rename, reorder, archive and restore.
import { NotFound } from '../../../domain/errors';
import type { Locale } from '../../../domain/locale';
import type { Role } from '../../../domain/permissions';
import { requireCompleteOrder } from '../../../domain/pipeline-rules';
import { getModuleTemplate, moduleTemplates } from '../../../domain/templates';
import { planModule } from '../../../domain/templates/plan-module';
import type { ModuleTemplateKey } from '../../../domain/templates/template.types';
import type { Actor, AppContext, Executor } from '../../context';
import { newId, nowIso } from '../../ids';
import { recordAudit } from '../audit/audit.store';
import { indexNewCards } from '../cards/card-index.store';
import { insertCards } from '../cards/cards.store';
import { ensureSampleContacts } from '../sample-data/sample-data.service';
import { findCompanySettings } from '../settings/settings.store';
import type { CreateModuleInput, ModuleResponse, UpdateModuleInput } from './modules.schemas';
import { listFields } from '../fields/fields.store';
import { listStatuses } from '../statuses/statuses.store';
import { insertFields } from '../fields/fields.store';
import { checkModuleAccess } from './module-access';
import * as store from './modules.store';

function toResponse(row: store.ModuleRow): ModuleResponse {
  return { ...row, archived: row.archivedAt !== null };
}

async function workspaceLocale(db: Executor, workspaceId: string): Promise<Locale> {
  const settings = await findCompanySettings(db, workspaceId);
  return settings?.locale ?? 'ro';
}

/** Writes a module made from a template, inside the caller's transaction. */
export async function createModuleFromTemplate(
  db: Executor,
  input: {
    workspaceId: string;
    ownerId: string;
    template: ModuleTemplateKey;
    name?: string;
    locale: Locale;
    sampleData: boolean;
  },
): Promise<string> {
  const template = getModuleTemplate(input.template);
  const plan = planModule(template, { locale: input.locale, sampleData: input.sampleData, newId });
  const moduleId = newId();
  const now = nowIso();
  const { workspaceId } = input;
  await store.insertModule(
    db,
    {
      id: moduleId,
      workspaceId,
      name: input.name ?? template.name[input.locale],
      template: template.key,
      position: await store.nextModulePosition(db, workspaceId),
    },
    now,
  );
  await store.insertStatuses(db, workspaceId, moduleId, plan.statuses, now);
  await insertFields(db, workspaceId, moduleId, plan.fields, now);
  await store.insertTaskTypes(db, workspaceId, moduleId, plan.taskTypes, now);
  if (plan.sampleCards.length > 0) {
    const contactIds = await ensureSampleContacts(db, workspaceId);
    const cards = plan.sampleCards.map((card) => ({
      ...card,
      moduleId,
      ownerId: input.ownerId,
      contactId: card.contactKey ? (contactIds.get(card.contactKey) ?? null) : null,
      isSample: true,
      createdBy: input.ownerId,
    }));
    await insertCards(db, workspaceId, cards, now);
    await indexNewCards(
      db,
      workspaceId,
      plan.fields,
      cards.map((card) => ({ ...card, deleted: false })),
    );
  }
  return moduleId;
}

export async function listModuleTemplates(ctx: AppContext, actor: Actor) {
  const locale = await workspaceLocale(ctx.db, actor.workspaceId);
  return Object.values(moduleTemplates).map((t) => ({
    key: t.key,
    name: t.name[locale],
    description: t.description[locale],
    statusCount: t.statuses.length,
    fieldCount: t.fields.length,
    taskTypeCount: t.taskTypes.length,
  }));
}

function canSeeAllModules(role: Role): boolean {
  return role === 'admin';
}

export async function listModules(
  ctx: AppContext,
  actor: Actor,
  options: { includeArchived: boolean },
) {
  const rows = await store.listModules(ctx.db, actor.workspaceId, options);
  if (canSeeAllModules(actor.role)) return rows.map(toResponse);
  const granted = await store.grantedModuleIds(ctx.db, actor.workspaceId, actor.userId);
  return rows.filter((row) => granted.has(row.id)).map(toResponse);
}

async function requireModule(db: Executor, actor: Actor, moduleId: string) {
  const row = await store.findModule(db, actor.workspaceId, moduleId);
  if (!row) throw new NotFound('module');
  if (!canSeeAllModules(actor.role)) {
    const granted = await store.grantedModuleIds(db, actor.workspaceId, actor.userId);
    if (!granted.has(moduleId)) throw new NotFound('module');
  }
  return row;
}

/** The module, if the actor may read (or write) it (module-access.ts); read afresh. */
export async function requireModuleAccess(
  db: Executor,
  actor: Actor,
  moduleId: string,
  needed: 'read' | 'write',
) {
  const row = await store.findModule(db, actor.workspaceId, moduleId);
  const granted =
    actor.role === 'admin' || !row
      ? undefined
      : await store.findModuleAccess(db, actor.workspaceId, actor.userId, moduleId);
  checkModuleAccess(actor, row, granted, needed);
  return row;
}

export async function getModule(ctx: AppContext, actor: Actor, moduleId: string) {
  const row = await requireModule(ctx.db, actor, moduleId);
  const [statuses, fields, taskTypes] = await Promise.all([
    listStatuses(ctx.db, actor.workspaceId, moduleId),
    listFields(ctx.db, actor.workspaceId, moduleId, { includeArchived: false }),
    store.listTaskTypes(ctx.db, actor.workspaceId, moduleId),
  ]);
  // The detail carries each active field's definition, not its storage or history.
  const definitions = fields.map((f) => ({
    id: f.id,
    key: f.key,
    label: f.label,
    type: f.type,
    section: f.section,
    required: f.required,
    helpText: f.helpText,
    options: f.options,
  }));
  return { ...toResponse(row), statuses, fields: definitions, taskTypes };
}

export async function createModule(ctx: AppContext, actor: Actor, input: CreateModuleInput) {
  const moduleId = await ctx.db.transaction().execute(async (trx) => {
    const id = await createModuleFromTemplate(trx, {
      workspaceId: actor.workspaceId,
      ownerId: actor.userId,
      template: input.template,
      name: input.name,
      locale: await workspaceLocale(trx, actor.workspaceId),
      sampleData: input.sampleData,
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'module.created',
      target: `module:${id}`,
      details: { name: input.name, template: input.template },
    });
    return id;
  });
  return toResponse((await store.findModule(ctx.db, actor.workspaceId, moduleId))!);
}

export async function updateModule(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  input: UpdateModuleInput,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const current = await requireModule(trx, actor, moduleId);
    const now = nowIso();
    const unarchiving = input.archived === false && current.archivedAt !== null;
    await store.updateModule(
      trx,
      actor.workspaceId,
      moduleId,
      {
        name: input.name,
        idleDays: input.idleDays,
        ...(input.archived === true && current.archivedAt === null && { archivedAt: now }),
        // A restored module goes to the end of the navigation, after the modules in use.
        ...(unarchiving && {
          archivedAt: null,
          position: await store.nextModulePosition(trx, actor.workspaceId),
        }),
      },
      now,
    );
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'module.updated',
      target: `module:${moduleId}`,
      details: input,
    });
  });
  return toResponse((await store.findModule(ctx.db, actor.workspaceId, moduleId))!);
}

export function archiveModule(ctx: AppContext, actor: Actor, moduleId: string) {
  return updateModule(ctx, actor, moduleId, { archived: true });
}

/** `ids` must name every active module exactly once: the new order of the navigation. */
export async function reorderModules(ctx: AppContext, actor: Actor, ids: string[]) {
  await ctx.db.transaction().execute(async (trx) => {
    const active = await store.listModules(trx, actor.workspaceId, { includeArchived: false });
    requireCompleteOrder(
      active.map((m) => m.id),
      ids,
      'module',
    );
    const now = nowIso();
    for (const [position, id] of ids.entries()) {
      await store.updateModule(trx, actor.workspaceId, id, { position }, now);
    }
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'module.reordered',
      target: 'modules',
      details: { ids },
    });
  });
  return listModules(ctx, actor, { includeArchived: false });
}
