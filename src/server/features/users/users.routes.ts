// HTTP for users of the workspace.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import { listUsersQuery, userListResponse } from './users.schemas';
import { listUsers } from './users.service';

export function usersRoutes(app: App, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Users of the workspace, by name',
        querystring: listUsersQuery,
        response: { 200: userListResponse },
      },
    },
    async (request) => listUsers(ctx, actorOf(request), request.query),
  );
}
