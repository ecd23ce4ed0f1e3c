// Liveness and readiness probes for load balancers and orchestrators.
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';

export function healthRoutes(app: App, ctx: AppContext) {
  const config = { requires: 'public' as const };
  app.get('/healthz', { config, schema: { hide: true } }, async () => ({ status: 'up' }));
  app.get('/readyz', { config, schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ready', database: ctx.dbKind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: ctx.dbKind });
    }
  });
}
