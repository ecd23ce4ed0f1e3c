// Reading contacts: a page of them in name order, found by the start of their name ignoring case
// and diacritics, and one by id. Every signed-in user may read them, to link them to cards.
import { NotFound } from '../../../domain/errors';
import { foldForSearch } from '../../../domain/text/fold';
import type { Actor, AppContext } from '../../context';
import { decodeCursor, keysetPage } from '../../http/cursor';
import type { ContactResponse, ListContactsQuery } from './contacts.schemas';
import * as store from './contacts.store';

type ContactRow = NonNullable<Awaited<ReturnType<typeof store.findContact>>>;

function toResponse(row: ContactRow): ContactResponse {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    phone: row.phone,
    companyId: row.companyId,
    taxId: row.taxId,
    address: row.address,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function listContacts(ctx: AppContext, actor: Actor, query: ListContactsQuery) {
  const after = query.cursor ? decodeCursor(query.cursor, ['name', 'id']) : undefined;
  const prefix = query.q === undefined ? '' : foldForSearch(query.q).trim();
  const rows = await store.listContacts(ctx.db, actor.workspaceId, {
    prefix: prefix || undefined,
    kind: query.kind,
    limit: query.limit,
    after,
  });
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => ({
    name: last.nameFolded,
    id: last.id,
  }));
  return { items: items.map(toResponse), nextCursor };
}

export async function getContact(ctx: AppContext, actor: Actor, contactId: string) {
  const row = await store.findContact(ctx.db, actor.workspaceId, contactId);
  if (!row) throw new NotFound('contact');
  return toResponse(row);
}
