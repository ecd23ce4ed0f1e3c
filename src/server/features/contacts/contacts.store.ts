// SQL for contacts: companies and the persons who work at them.
import type { Executor } from '../../context';

export type NewContact = {
  id: string;
  kind: 'person' | 'company';
  name: string;
  email: string | null;
  phone: string | null;
  companyId: string | null;
  taxId: string | null;
  address: string | null;
  isSample: boolean;
};

export async function insertContacts(
  db: Executor,
  workspaceId: string,
  contacts: NewContact[],
  now: string,
) {
  if (contacts.length === 0) return;
  await db
    .insertInto('contacts')
    .values(
      contacts.map((c) => ({
        id: c.id,
        workspace_id: workspaceId,
        kind: c.kind,
        name: c.name,
        email: c.email,
        phone: c.phone,
        company_id: c.companyId,
        tax_id: c.taxId,
        address: c.address,
        is_sample: c.isSample ? 1 : 0,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function listSampleContacts(db: Executor, workspaceId: string) {
  return db
    .selectFrom('contacts')
    .select(['id', 'kind', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('is_sample', '=', 1)
    .where('deleted_at', 'is', null)
    .execute();
}

export async function deleteSampleContacts(db: Executor, workspaceId: string): Promise<number> {
  // Cards that point at a sample contact from real data keep the card and lose the link.
  await db
    .updateTable('cards')
    .set({ contact_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', 'in', (eb) =>
      eb
        .selectFrom('contacts')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('is_sample', '=', 1),
    )
    .execute();
  await db
    .updateTable('contacts')
    .set({ company_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('company_id', 'in', (eb) =>
      eb
        .selectFrom('contacts')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('is_sample', '=', 1),
    )
    .execute();
  const result = await db
    .deleteFrom('contacts')
    .where('workspace_id', '=', workspaceId)
    .where('is_sample', '=', 1)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
