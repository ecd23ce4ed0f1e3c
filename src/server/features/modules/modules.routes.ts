// HTTP for modules and module templates.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import {
  createModuleBody,
  listModulesQuery,
  moduleDetailResponse,
  moduleIdParams,
  moduleListResponse,
  moduleResponse,
  moduleTemplateListResponse,
  reorderModulesBody,
  updateModuleBody,
} from './modules.schemas';
import * as modules from './modules.service';

export function modulesRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['modules'];

  api.get(
    '/api/v1/module-templates',
    {
      schema: {
        tags,
        summary: 'Templates a module can start from',
        response: { 200: moduleTemplateListResponse },
      },
    },
    async (request) => ({ items: await modules.listModuleTemplates(ctx, actorOf(request)) }),
  );

  api.get(
    '/api/v1/modules',
    {
      schema: {
        tags,
        summary: 'Modules in navigation order',
        querystring: listModulesQuery,
        response: { 200: moduleListResponse },
      },
    },
    async (request) => ({
      items: await modules.listModules(ctx, actorOf(request), request.query),
    }),
  );

  api.post(
    '/api/v1/modules',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Add a module from a template',
        body: createModuleBody,
        response: { 201: moduleResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await modules.createModule(ctx, actorOf(request), request.body)),
  );

  api.put(
    '/api/v1/modules/order',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Set the order of the active modules',
        body: reorderModulesBody,
        response: { 200: moduleListResponse },
      },
    },
    async (request) => ({
      items: await modules.reorderModules(ctx, actorOf(request), request.body.ids),
    }),
  );

  api.get(
    '/api/v1/modules/:moduleId',
    {
      schema: {
        tags,
        summary: 'A module with its pipeline, fields and task types',
        params: moduleIdParams,
        response: { 200: moduleDetailResponse },
      },
    },
    async (request) => modules.getModule(ctx, actorOf(request), request.params.moduleId),
  );

  api.patch(
    '/api/v1/modules/:moduleId',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Rename, archive or restore a module, or set its idle days',
        params: moduleIdParams,
        body: updateModuleBody,
        response: { 200: moduleResponse },
      },
    },
    async (request) =>
      modules.updateModule(ctx, actorOf(request), request.params.moduleId, request.body),
  );

  api.delete(
    '/api/v1/modules/:moduleId',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Archive a module (its data is kept)',
        params: moduleIdParams,
        response: { 200: moduleResponse },
      },
    },
    async (request) => modules.archiveModule(ctx, actorOf(request), request.params.moduleId),
  );
}
