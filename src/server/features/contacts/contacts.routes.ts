// HTTP for reading contacts.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import {
  contactIdParams,
  contactListResponse,
  contactResponse,
  listContactsQuery,
} from './contacts.schemas';
import { getContact, listContacts } from './contacts.service';

const tags = ['contacts'];

export function contactsRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/contacts',
    {
      schema: {
        tags,
        summary: 'Contacts by name; q finds names starting with it, ignoring case and diacritics',
        querystring: listContactsQuery,
        response: { 200: contactListResponse },
      },
    },
    async (request) => listContacts(ctx, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'One contact',
        params: contactIdParams,
        response: { 200: contactResponse },
      },
    },
    async (request) => getContact(ctx, actorOf(request), request.params.contactId),
  );
}
