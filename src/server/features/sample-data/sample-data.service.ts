// Sample contacts and cards: created with a workspace or module on request, removable at once.
import { sampleContacts } from '../../../domain/templates';
import type { Actor, AppContext, Executor } from '../../context';
import { newId, nowIso } from '../../ids';
import { recordAudit } from '../audit/audit.store';
import { loadFieldDefinitions } from '../cards/card-context.store';
import { unindexCards } from '../cards/card-index.store';
import { deleteSampleCards, listSampleCards } from '../cards/cards.store';
import {
  deleteSampleContacts,
  insertContacts,
  listSampleContacts,
} from '../contacts/contacts.store';

/** Creates the sample contacts the workspace lacks; returns every sample contact id by key. */
export async function ensureSampleContacts(
  db: Executor,
  workspaceId: string,
): Promise<Map<string, string>> {
  const existing = new Map(
    (await listSampleContacts(db, workspaceId)).map((c) => [`${c.kind}:${c.name}`, c.id]),
  );
  const idByKey = new Map<string, string>();
  for (const contact of sampleContacts) {
    idByKey.set(contact.key, existing.get(`${contact.kind}:${contact.name}`) ?? newId());
  }
  const missing = sampleContacts.filter((c) => !existing.has(`${c.kind}:${c.name}`));
  // Companies first: persons point at them.
  missing.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'company' ? -1 : 1));
  await insertContacts(
    db,
    workspaceId,
    missing.map((c) => ({
      id: idByKey.get(c.key) as string,
      kind: c.kind,
      name: c.name,
      email: c.email ?? null,
      phone: c.phone ?? null,
      companyId: c.company ? (idByKey.get(c.company) ?? null) : null,
      taxId: c.taxId ?? null,
      address: c.address ?? null,
      isSample: true,
    })),
    nowIso(),
  );
  return idByKey;
}

export async function removeSampleData(ctx: AppContext, actor: Actor) {
  return ctx.db.transaction().execute(async (trx) => {
    const sampleCards = await listSampleCards(trx, actor.workspaceId);
    for (const moduleId of new Set(sampleCards.map((card) => card.moduleId))) {
      await unindexCards(
        trx,
        actor.workspaceId,
        await loadFieldDefinitions(trx, actor.workspaceId, moduleId),
        sampleCards
          .filter((card) => card.moduleId === moduleId)
          .map((card) => ({ ...card, deleted: card.deletedAt !== null })),
      );
    }
    const removedCards = await deleteSampleCards(trx, actor.workspaceId);
    const removedContacts = await deleteSampleContacts(trx, actor.workspaceId);
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'sample_data.removed',
      target: 'workspace',
      details: { removedCards, removedContacts },
    });
    return { removedCards, removedContacts };
  });
}
