// SQL for cards.
import type { Executor } from '../../context';

export type NewCard = {
  id: string;
  moduleId: string;
  statusId: string;
  title: string;
  ownerId: string;
  contactId: string | null;
  fields: Record<string, unknown>;
  rank: string;
  isSample: boolean;
  createdBy: string;
};

export async function insertCards(
  db: Executor,
  workspaceId: string,
  cards: NewCard[],
  now: string,
) {
  if (cards.length === 0) return;
  await db
    .insertInto('cards')
    .values(
      cards.map((card) => ({
        id: card.id,
        workspace_id: workspaceId,
        module_id: card.moduleId,
        status_id: card.statusId,
        title: card.title,
        owner_id: card.ownerId,
        contact_id: card.contactId,
        fields: JSON.stringify(card.fields),
        rank: card.rank,
        is_sample: card.isSample ? 1 : 0,
        created_by: card.createdBy,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function deleteSampleCards(db: Executor, workspaceId: string): Promise<number> {
  const result = await db
    .deleteFrom('cards')
    .where('workspace_id', '=', workspaceId)
    .where('is_sample', '=', 1)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
