// HTTP for removing the sample data in one action.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import { removeSampleData } from './sample-data.service';

export function sampleDataRoutes(app: App, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().delete(
    '/api/v1/sample-data',
    {
      config: { requires: 'settings' },
      schema: {
        tags: ['modules'],
        summary: 'Delete every sample card and contact',
        response: { 200: z.object({ removedCards: z.number(), removedContacts: z.number() }) },
      },
    },
    async (request) => removeSampleData(ctx, actorOf(request)),
  );
}
