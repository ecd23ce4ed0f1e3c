// Card use cases: create, read, change (with optimistic locking), move, trash and restore.
// Every write re-indexes the card and records its history in the same transaction.
import { generateKeyBetween } from 'fractional-indexing';
import { isStale } from '../../../domain/cards/staleness';
import { Conflict, Forbidden, ValidationFailed } from '../../../domain/errors';
import { missingRequiredFields } from '../../../domain/fields/required-fields';
import { seesOnlyOwnCards } from '../../../domain/permissions';
import type { Actor, AppContext, Executor } from '../../context';
import { newId, nowIso } from '../../ids';
import { requireModuleAccess } from '../modules/modules.service';
import { findCompanySettings } from '../settings/settings.store';
import {
  activeFields,
  loadFieldDefinitions,
  type LoadedField,
  loadStatuses,
  isActiveUser,
  isLiveContact,
  type StatusInfo,
} from './card-context.store';
import { insertHistory, type HistoryChange } from './card-history.store';
import { indexNewCards, reindexCard, type IndexedCard } from './card-index.store';
import { checkFieldValues } from './card-values';
import type { CardResponse, CreateCardInput, UpdateCardInput } from './cards.schemas';
import * as store from './cards.store';
import { findVisibleCard, refuseTrashed, requireReadableCard } from './card-access';

type ModuleRules = {
  module: { id: string; idleDays: number | null };
  /** Fields a card's values are checked against. */
  fields: LoadedField[];
  /** Those plus archived fields, whose kept values stay indexed. */
  indexedFields: LoadedField[];
  statuses: readonly StatusInfo[];
  currency: string;
};

async function loadRules(
  db: Executor,
  actor: Actor,
  moduleId: string,
  needed: 'read' | 'write',
): Promise<ModuleRules> {
  const module = await requireModuleAccess(db, actor, moduleId, needed);
  const [allFields, statuses, settings] = await Promise.all([
    loadFieldDefinitions(db, actor.workspaceId, moduleId),
    loadStatuses(db, actor.workspaceId, moduleId),
    findCompanySettings(db, actor.workspaceId),
  ]);
  return {
    module,
    fields: activeFields(allFields),
    indexedFields: allFields,
    statuses,
    currency: settings?.currency ?? 'RON',
  };
}

export function toCardResponse(
  row: store.CardRow,
  rules: Pick<ModuleRules, 'module' | 'statuses'>,
  now = new Date(),
): CardResponse {
  const status = rules.statuses.find((s) => s.id === row.statusId);
  const stale = status
    ? isStale({ updatedAt: row.updatedAt, group: status.group }, rules.module.idleDays, now)
    : false;
  return { ...row, stale };
}

function indexed(
  row: Pick<store.CardRow, 'id' | 'moduleId' | 'statusId' | 'fields' | 'deletedAt'>,
): IndexedCard {
  return {
    id: row.id,
    moduleId: row.moduleId,
    statusId: row.statusId,
    fields: row.fields,
    deleted: row.deletedAt !== null,
  };
}

function requireStatus(rules: ModuleRules, statusId: string, path = 'statusId'): StatusInfo {
  const status = rules.statuses.find((s) => s.id === statusId);
  if (!status) throw ValidationFailed.field(path, 'is not a status of this module');
  return status;
}

function checkRequired(rules: ModuleRules, values: Record<string, unknown>, status: StatusInfo) {
  const positions = new Map(rules.statuses.map((s) => [s.id, s.position]));
  const missing = missingRequiredFields(rules.fields, values, status.id, positions);
  if (missing.length > 0) {
    throw new ValidationFailed(
      missing.map((field) => ({
        path: `fields.${field.key}`,
        code: field.required ? ('required' as const) : ('required_from_status' as const),
        message: field.required
          ? 'is required'
          : `must be filled before a card can be in "${status.name}"`,
      })),
    );
  }
}

async function checkPeople(
  db: Executor,
  actor: Actor,
  input: { ownerId?: string; contactId?: string | null },
) {
  if (input.ownerId !== undefined && !(await isActiveUser(db, actor.workspaceId, input.ownerId))) {
    throw ValidationFailed.field('ownerId', 'is not an active user of this workspace');
  }
  if (input.contactId && !(await isLiveContact(db, actor.workspaceId, input.contactId))) {
    throw ValidationFailed.field('contactId', 'is not a contact of this workspace');
  }
}

async function requireCard(db: Executor, actor: Actor, cardId: string, needed: 'read' | 'write') {
  const card = await findVisibleCard(db, actor, cardId);
  const rules = await loadRules(db, actor, card.moduleId, needed);
  return { card, rules };
}

export async function createCard(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  input: CreateCardInput,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const rules = await loadRules(trx, actor, moduleId, 'write');
    const firstStatus = rules.statuses[0];
    if (!firstStatus) throw new Conflict('no_statuses', 'this module has no pipeline statuses');
    const status = input.statusId ? requireStatus(rules, input.statusId) : firstStatus;
    const ownerId = seesOnlyOwnCards(actor.role) ? actor.userId : (input.ownerId ?? actor.userId);
    await checkPeople(trx, actor, { ownerId, contactId: input.contactId });
    const defaults = Object.fromEntries(
      rules.fields
        .filter((f) => f.defaultValue !== null && !(f.key in input.fields))
        .map((f) => [f.key, f.defaultValue]),
    );
    const values = await checkFieldValues(
      trx,
      actor.workspaceId,
      rules.fields,
      { ...defaults, ...input.fields },
      {
        cardId: null,
        defaultCurrency: rules.currency,
      },
    );
    checkRequired(rules, values, status);
    const id = newId();
    const now = nowIso();
    const lastRank = await store.lastRankInStatus(trx, actor.workspaceId, moduleId, status.id);
    const card = {
      id,
      moduleId,
      statusId: status.id,
      title: input.title,
      ownerId,
      contactId: input.contactId ?? null,
      fields: values,
      rank: generateKeyBetween(lastRank, null),
      isSample: false,
      createdBy: actor.userId,
    };
    await store.insertCards(trx, actor.workspaceId, [card], now);
    await indexNewCards(trx, actor.workspaceId, rules.indexedFields, [{ ...card, deleted: false }]);
    await insertHistory(trx, actor.workspaceId, {
      cardId: id,
      userId: actor.userId,
      kind: 'created',
      at: now,
    });
    return readBack(trx, actor, id, rules);
  });
}

/** A card just written, as the API answers it, read in the writing transaction. */
async function readBack(db: Executor, actor: Actor, cardId: string, rules: ModuleRules) {
  return toCardResponse((await store.findCard(db, actor.workspaceId, cardId))!, rules);
}

export async function getCard(ctx: AppContext, actor: Actor, cardId: string) {
  // Its answer needs the module's idle rule and statuses (for `stale`), not its fields.
  const { card, setup } = await requireReadableCard(ctx, actor, cardId);
  return toCardResponse(card, setup);
}

function describeChanges(
  rules: ModuleRules,
  before: store.CardRow,
  after: store.CardRow,
): HistoryChange[] {
  const changes: HistoryChange[] = [];
  const statusName = (id: string) => rules.statuses.find((s) => s.id === id)?.name ?? id;
  if (before.title !== after.title)
    changes.push({ field: 'title', label: 'title', from: before.title, to: after.title });
  if (before.statusId !== after.statusId) {
    changes.push({
      field: 'status',
      label: 'status',
      from: statusName(before.statusId),
      to: statusName(after.statusId),
    });
  }
  if (before.ownerId !== after.ownerId)
    changes.push({ field: 'owner', label: 'owner', from: before.ownerId, to: after.ownerId });
  if (before.contactId !== after.contactId) {
    changes.push({
      field: 'contact',
      label: 'contact',
      from: before.contactId,
      to: after.contactId,
    });
  }
  for (const field of rules.fields) {
    const from = before.fields[field.key] ?? null;
    const to = after.fields[field.key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to))
      changes.push({ field: field.key, label: field.label, from, to });
  }
  return changes;
}

async function rankForMove(
  db: Executor,
  actor: Actor,
  card: store.CardRow,
  statusId: string,
  position: NonNullable<UpdateCardInput['position']>,
): Promise<string> {
  const rankOrFail = async (id: string, path: string) => {
    const rank = await store.rankOf(db, actor.workspaceId, statusId, id);
    if (rank === undefined)
      throw new Conflict('stale_position', `${path} is no longer in that column; reload the board`);
    return rank;
  };
  const next = (rank: string, side: 'after' | 'before') =>
    store.neighbourRank(db, actor.workspaceId, { moduleId: card.moduleId, statusId, rank, side });
  let after = position.afterId ? await rankOrFail(position.afterId, 'position.afterId') : null;
  let before = position.beforeId ? await rankOrFail(position.beforeId, 'position.beforeId') : null;
  // One neighbour named: the other is the card next to it, so the move lands right beside it.
  if (!position.beforeId && after !== null) before = await next(after, 'after');
  if (!position.afterId && before !== null) after = await next(before, 'before');
  if (!position.afterId && !position.beforeId) {
    return generateKeyBetween(
      await store.lastRankInStatus(db, actor.workspaceId, card.moduleId, statusId),
      null,
    );
  }
  // Two cards can share a rank after concurrent moves; stepping past the tie keeps order valid.
  if (after !== null && before !== null && after >= before) before = await next(after, 'after');
  return generateKeyBetween(after, before);
}

export async function updateCard(
  ctx: AppContext,
  actor: Actor,
  cardId: string,
  input: UpdateCardInput,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const { card, rules } = await requireCard(trx, actor, cardId, 'write');
    refuseTrashed(card);
    if (card.version !== input.version) throw staleVersion(card.version);
    const status = requireStatus(rules, input.statusId ?? card.statusId);
    // Restricted users reach only their own cards; handing one over would lose it to them.
    if (
      seesOnlyOwnCards(actor.role) &&
      input.ownerId !== undefined &&
      input.ownerId !== card.ownerId
    ) {
      throw new Forbidden('restricted users cannot hand their cards to someone else');
    }
    const ownerId = input.ownerId;
    await checkPeople(trx, actor, { ownerId, contactId: input.contactId });
    const changedValues = input.fields
      ? await checkFieldValues(trx, actor.workspaceId, rules.fields, input.fields, {
          cardId,
          defaultCurrency: rules.currency,
        })
      : {};
    const fields = { ...card.fields, ...changedValues };
    checkRequired(rules, fields, status);
    const moved = status.id !== card.statusId || input.position !== undefined;
    const rank = moved
      ? await rankForMove(trx, actor, card, status.id, input.position ?? {})
      : undefined;
    const now = nowIso();
    const after: store.CardRow = {
      ...card,
      title: input.title ?? card.title,
      statusId: status.id,
      ownerId: ownerId ?? card.ownerId,
      contactId: input.contactId !== undefined ? input.contactId : card.contactId,
      fields,
      rank: rank ?? card.rank,
    };
    const written = await store.updateCardIfVersion(
      trx,
      actor.workspaceId,
      cardId,
      input.version,
      {
        title: input.title,
        statusId: status.id !== card.statusId ? status.id : undefined,
        ownerId,
        contactId: input.contactId,
        fields: input.fields ? fields : undefined,
        rank,
      },
      now,
    );
    if (!written) throw staleVersion(card.version);
    await reindexCard(trx, actor.workspaceId, rules.indexedFields, indexed(card), indexed(after));
    const changes = describeChanges(rules, card, after);
    if (changes.length > 0) {
      await insertHistory(trx, actor.workspaceId, {
        cardId,
        userId: actor.userId,
        kind: 'updated',
        changes,
        at: now,
      });
    }
    return readBack(trx, actor, cardId, rules);
  });
}

function staleVersion(current: number) {
  return new Conflict(
    'stale_version',
    `the card was changed by someone else (now version ${current}); reload it`,
  );
}

/** Moves a card to the trash or back; answers its module's rules, for reading it back. */
async function setTrashed(ctx: AppContext, actor: Actor, cardId: string, trashed: boolean) {
  return ctx.db.transaction().execute(async (trx) => {
    const { card, rules } = await requireCard(trx, actor, cardId, 'write');
    if ((card.deletedAt !== null) === trashed) return rules;
    const now = nowIso();
    const written = await store.updateCardIfVersion(
      trx,
      actor.workspaceId,
      cardId,
      card.version,
      {
        deletedAt: trashed ? now : null,
      },
      now,
    );
    if (!written) throw staleVersion(card.version);
    await reindexCard(trx, actor.workspaceId, rules.indexedFields, indexed(card), {
      ...indexed(card),
      deleted: trashed,
    });
    await insertHistory(trx, actor.workspaceId, {
      cardId,
      userId: actor.userId,
      kind: trashed ? 'deleted' : 'restored',
      at: now,
    });
    return rules;
  });
}

export async function trashCard(ctx: AppContext, actor: Actor, cardId: string) {
  await setTrashed(ctx, actor, cardId, true);
}

export async function restoreCard(ctx: AppContext, actor: Actor, cardId: string) {
  const rules = await setTrashed(ctx, actor, cardId, false);
  return readBack(ctx.db, actor, cardId, rules);
}
