// HTTP for the Start-here checklist.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHECKLIST_STEPS } from '../../../domain/checklist';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import { getChecklist } from './checklist.service';

const checklistResponse = z.object({
  steps: z.array(
    z.object({
      step: z.number(),
      key: z.enum(CHECKLIST_STEPS),
      done: z.boolean(),
      href: z.string(),
    }),
  ),
  doneCount: z.number(),
});

export function checklistRoutes(app: App, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/checklist',
    {
      config: { requires: 'settings' },
      schema: {
        tags: ['checklist'],
        summary: 'The seven steps of the admin checklist, ticked from live data',
        response: { 200: checklistResponse },
      },
    },
    async (request) => getChecklist(ctx, actorOf(request)),
  );
}
