// Serves the built single-page app: its files, and index.html for any other non-API GET so
// that client-side routes survive a reload.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './app-type';
import { errorBody } from './error-handler';

export async function serveWebApp(app: App, webDir: string): Promise<void> {
  const hasWebApp = fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWebApp) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !/^\/(api|healthz|readyz)(\/|$)/.test(request.url);
    if (hasWebApp && isPage) return reply.type('text/html').sendFile('index.html');
    return reply
      .code(404)
      .send(errorBody('not_found', `no route ${request.method} ${request.url}`));
  });
}
