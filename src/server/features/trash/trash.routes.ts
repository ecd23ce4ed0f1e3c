// HTTP for the trash.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import { getTrash } from './trash.service';

const trashResponse = z.object({
  modules: z.array(z.object({ id: z.string(), name: z.string(), archivedAt: z.string() })),
  cards: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      moduleId: z.string(),
      moduleName: z.string(),
      deletedAt: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export function trashRoutes(app: App, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/trash',
    {
      schema: {
        tags: ['cards'],
        summary: 'Trashed cards and archived modules, restorable',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          cursor: z.string().max(500).optional(),
        }),
        response: { 200: trashResponse },
      },
    },
    async (request) => getTrash(ctx, actorOf(request), request.query),
  );
}
