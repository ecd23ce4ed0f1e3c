// HTTP for a module's pipeline: its statuses, their order and their removal.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import {
  createStatusBody,
  deleteStatusQuery,
  statusIdParams,
  statusListResponse,
  statusResponse,
  updateStatusBody,
} from './statuses.schemas';
import * as statuses from './statuses.service';
import { moduleIdParams, reorderBody } from '../../http/common-schemas';

export function statusesRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['pipeline'];

  api.get(
    '/api/v1/modules/:moduleId/statuses',
    {
      schema: {
        tags,
        summary: "A module's statuses in pipeline order, with their live card counts",
        params: moduleIdParams,
        response: { 200: statusListResponse },
      },
    },
    async (request) => ({
      items: await statuses.listStatuses(ctx, actorOf(request), request.params.moduleId),
    }),
  );

  api.post(
    '/api/v1/modules/:moduleId/statuses',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Add a status at the end of the pipeline',
        params: moduleIdParams,
        body: createStatusBody,
        response: { 201: statusResponse },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await statuses.createStatus(ctx, actorOf(request), request.params.moduleId, request.body),
        ),
  );

  api.put(
    '/api/v1/modules/:moduleId/statuses/order',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Set the order of the pipeline; ids must name every status once',
        params: moduleIdParams,
        body: reorderBody,
        response: { 200: statusListResponse },
      },
    },
    async (request) => ({
      items: await statuses.reorderStatuses(
        ctx,
        actorOf(request),
        request.params.moduleId,
        request.body.ids,
      ),
    }),
  );

  api.patch(
    '/api/v1/statuses/:statusId',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Rename, recolour or regroup a status, or set its win probability',
        params: statusIdParams,
        body: updateStatusBody,
        response: { 200: statusResponse },
      },
    },
    async (request) =>
      statuses.updateStatus(ctx, actorOf(request), request.params.statusId, request.body),
  );

  api.delete(
    '/api/v1/statuses/:statusId',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Remove a status; a status holding cards needs ?moveTo=<statusId>',
        params: statusIdParams,
        querystring: deleteStatusQuery,
      },
    },
    async (request, reply) => {
      await statuses.deleteStatus(
        ctx,
        actorOf(request),
        request.params.statusId,
        request.query.moveTo,
      );
      return reply.code(204).send();
    },
  );
}
