// Pipeline use cases (DESIGN.md step 3): list, add, change, reorder and remove a module's statuses.
import { Conflict, NotFound, ValidationFailed } from '../../../domain/errors';
import {
  DEFAULT_STATUS_COLOR,
  DEFAULT_STATUS_PROBABILITY,
  isStatusNameTaken,
  planStatusRemoval,
  requireCompleteOrder,
} from '../../../domain/pipeline-rules';
import type { Actor, AppContext, Executor } from '../../context';
import { newId, nowIso } from '../../ids';
import { recordAudit } from '../audit/audit.store';
import { moveStatusTotals } from '../cards/card-index.store';
import { moduleSetup } from '../modules/module-setup';
import { requireModuleAccess } from '../modules/modules.service';
import { insertStatuses } from '../modules/modules.store';
import type { CreateStatusInput, StatusResponse, UpdateStatusInput } from './statuses.schemas';
import * as store from './statuses.store';

async function requireStatus(db: Executor, actor: Actor, statusId: string) {
  const status = await store.findStatus(db, actor.workspaceId, statusId);
  if (!status) throw new NotFound('status');
  return status;
}

function nameTaken(name: string): Conflict {
  return new Conflict('status_name_taken', `this module already has a status named "${name}"`);
}

export async function listStatuses(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
): Promise<StatusResponse[]> {
  await moduleSetup(ctx, actor, moduleId, 'read');
  return store.listStatuses(ctx.db, actor.workspaceId, moduleId);
}

export async function createStatus(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  input: CreateStatusInput,
): Promise<StatusResponse> {
  const statusId = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await requireModuleAccess(trx, actor, moduleId, 'read');
    const statuses = await store.listStatuses(trx, actor.workspaceId, moduleId);
    if (isStatusNameTaken(statuses, input.name)) throw nameTaken(input.name);
    const status = {
      id: statusId,
      name: input.name,
      group: input.group,
      color: input.color ?? DEFAULT_STATUS_COLOR[input.group],
      probability: input.probability ?? DEFAULT_STATUS_PROBABILITY[input.group],
      position: Math.max(-1, ...statuses.map((s) => s.position)) + 1,
    };
    await insertStatuses(trx, actor.workspaceId, moduleId, [status], nowIso());
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'status.created',
      target: `status:${statusId}`,
      details: { moduleId, ...status },
    });
  });
  return (await store.findStatus(ctx.db, actor.workspaceId, statusId))!;
}

export async function updateStatus(
  ctx: AppContext,
  actor: Actor,
  statusId: string,
  input: UpdateStatusInput,
): Promise<StatusResponse> {
  await ctx.db.transaction().execute(async (trx) => {
    const current = await requireStatus(trx, actor, statusId);
    if (input.name !== undefined) {
      const statuses = await store.listStatuses(trx, actor.workspaceId, current.moduleId);
      if (isStatusNameTaken(statuses, input.name, statusId)) throw nameTaken(input.name);
    }
    await store.updateStatus(trx, actor.workspaceId, statusId, input);
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'status.updated',
      target: `status:${statusId}`,
      details: { moduleId: current.moduleId, ...input },
    });
  });
  return (await store.findStatus(ctx.db, actor.workspaceId, statusId))!;
}

/** `ids` must name every status of the module exactly once: the new order of the pipeline. */
export async function reorderStatuses(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  ids: string[],
): Promise<StatusResponse[]> {
  await ctx.db.transaction().execute(async (trx) => {
    await requireModuleAccess(trx, actor, moduleId, 'read');
    const statuses = await store.listStatuses(trx, actor.workspaceId, moduleId);
    requireCompleteOrder(
      statuses.map((s) => s.id),
      ids,
      'status',
    );
    for (const [position, id] of ids.entries()) {
      await store.updateStatus(trx, actor.workspaceId, id, { position });
    }
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'status.reordered',
      target: `module:${moduleId}`,
      details: { ids },
    });
  });
  return store.listStatuses(ctx.db, actor.workspaceId, moduleId);
}

/**
 * Removes a status in one transaction; its cards (trashed ones too) first move to `moveTo`,
 * together with the column totals the board reads.
 */
export async function deleteStatus(
  ctx: AppContext,
  actor: Actor,
  statusId: string,
  moveTo: string | undefined,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const status = await requireStatus(trx, actor, statusId);
    const statuses = await store.listStatuses(trx, actor.workspaceId, status.moduleId);
    const cardCount = await store.countCardsInStatus(trx, actor.workspaceId, statusId);
    const plan = planStatusRemoval({
      statusId,
      moduleStatusIds: statuses.map((s) => s.id),
      cardCount,
      moveTo,
    });
    if (!plan.ok) {
      switch (plan.problem) {
        case 'last_status':
          throw new Conflict('last_status', 'a module keeps at least one status');
        case 'bad_move_target':
          throw ValidationFailed.field('moveTo', 'must be another status of the same module');
        case 'status_has_cards':
          throw new Conflict(
            'status_has_cards',
            `the status holds ${cardCount} card${cardCount === 1 ? '' : 's'} (trashed ones included); ` +
              'choose the status they move to with ?moveTo=<statusId>',
          );
      }
    }
    let movedCards = 0;
    if (plan.moveCardsTo !== null) {
      movedCards = await store.moveCardsToStatus(
        trx,
        actor.workspaceId,
        statusId,
        plan.moveCardsTo,
      );
      await moveStatusTotals(trx, actor.workspaceId, statusId, plan.moveCardsTo);
    }
    await store.deleteStatus(trx, actor.workspaceId, statusId);
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'status.deleted',
      target: `status:${statusId}`,
      details: {
        moduleId: status.moduleId,
        name: status.name,
        moveTo: plan.moveCardsTo,
        movedCards,
      },
    });
  });
}
