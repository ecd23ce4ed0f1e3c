// HTTP for the custom fields of a module's cards.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import {
  createFieldBody,
  fieldIdParams,
  fieldListResponse,
  fieldResponse,
  listFieldsQuery,
  updateFieldBody,
} from './fields.schemas';
import * as fields from './fields.service';
import { moduleIdParams, reorderBody } from '../../http/common-schemas';

export function fieldsRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['fields'];

  api.get(
    '/api/v1/modules/:moduleId/fields',
    {
      schema: {
        tags,
        summary: "A module's custom fields in order; archived ones with ?includeArchived=true",
        params: moduleIdParams,
        querystring: listFieldsQuery,
        response: { 200: fieldListResponse },
      },
    },
    async (request) => ({
      items: await fields.listFields(ctx, actorOf(request), request.params.moduleId, request.query),
    }),
  );

  api.put(
    '/api/v1/modules/:moduleId/fields/order',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Set the order of the fields in use; ids must name each of them once',
        params: moduleIdParams,
        body: reorderBody,
        response: { 200: fieldListResponse },
      },
    },
    async (request) => ({
      items: await fields.reorderFields(
        ctx,
        actorOf(request),
        request.params.moduleId,
        request.body.ids,
      ),
    }),
  );

  api.post(
    '/api/v1/modules/:moduleId/fields',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Add a custom field; its key is made from the label unless given',
        params: moduleIdParams,
        body: createFieldBody,
        response: { 201: fieldResponse },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await fields.createField(ctx, actorOf(request), request.params.moduleId, request.body),
        ),
  );

  api.patch(
    '/api/v1/fields/:fieldId',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Change a field (never its key); `archived: false` restores an archived one',
        params: fieldIdParams,
        body: updateFieldBody,
        response: { 200: fieldResponse },
      },
    },
    async (request) =>
      fields.updateField(ctx, actorOf(request), request.params.fieldId, request.body),
  );

  api.delete(
    '/api/v1/fields/:fieldId',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Delete a field no card holds a value for (204); archive one with data (200)',
        params: fieldIdParams,
        response: { 200: fieldResponse, 204: z.null().describe('Deleted') },
      },
    },
    async (request, reply) => {
      const archived = await fields.deleteField(ctx, actorOf(request), request.params.fieldId);
      return archived ?? reply.code(204).send(null);
    },
  );
}
