// SQL for contacts: companies and the persons who work at them.
import { foldForSearch } from '../../../domain/text/fold';
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
        name_folded: foldForSearch(c.name),
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

const contactColumns = [
  'id',
  'kind',
  'name',
  'name_folded as nameFolded',
  'email',
  'phone',
  'company_id as companyId',
  'tax_id as taxId',
  'address',
  'fields',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

/**
 * Live contacts in folded-name order, those whose folded name starts with `prefix` when given:
 * one walk of contacts_workspace_name_folded, one row beyond the page.
 */
export async function listContacts(
  db: Executor,
  workspaceId: string,
  page: {
    prefix?: string;
    kind?: 'person' | 'company';
    limit: number;
    after?: { name: string; id: string };
  },
) {
  let query = db
    .selectFrom('contacts')
    .select(contactColumns)
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .orderBy('name_folded')
    .orderBy('id')
    .limit(page.limit + 1);
  if (page.prefix) {
    // A range rather than LIKE, so both engines seek the index whatever their collation.
    query = query
      .where('name_folded', '>=', page.prefix)
      .where('name_folded', '<', `${page.prefix}\u{10ffff}`);
  }
  if (page.kind) query = query.where('kind', '=', page.kind);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('name_folded', 'id'), '>', eb.tuple(after.name, after.id)),
    );
  }
  return query.execute();
}

export async function findContact(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('contacts')
    .select(contactColumns)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}
