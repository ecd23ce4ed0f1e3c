// Builds the HTTP application: plugins, error mapping, authentication, every feature's routes,
// the OpenAPI document and the web app.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import secureJson from 'secure-json-parse';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './context';
import { attachmentsRoutes } from './features/attachments/attachments.routes';
import { authRoutes } from './features/auth/auth.routes';
import { cardsRoutes } from './features/cards/cards.routes';
import { checklistRoutes } from './features/checklist/checklist.routes';
import { contactsRoutes } from './features/contacts/contacts.routes';
import { fieldsRoutes } from './features/fields/fields.routes';
import { healthRoutes } from './features/health/health.routes';
import { modulesRoutes } from './features/modules/modules.routes';
import { sampleDataRoutes } from './features/sample-data/sample-data.routes';
import { settingsRoutes } from './features/settings/settings.routes';
import { trashRoutes } from './features/trash/trash.routes';
import { statusesRoutes } from './features/statuses/statuses.routes';
import { usersRoutes } from './features/users/users.routes';
import { installAuthentication } from './http/authenticate';
import { installErrorHandler } from './http/error-handler';
import { responseSerializerCompiler } from './http/response-serializer';
import { serveWebApp } from './http/web-app';

const JSON_BODY_LIMIT = 1024 * 1024;
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
/** secure-json-parse's message for a `__proto__` or `constructor.prototype` key. */
const FORBIDDEN_PROTOTYPE = 'Object contains forbidden prototype property';

export async function buildApp(ctx: AppContext, options: { logger?: boolean } = {}) {
  const app = Fastify({
    logger: options.logger ? { level: ctx.config.logLevel } : false,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    responseSerializerCompiler({ checkResponses: ctx.config.checkResponses }),
  );
  installErrorHandler(app);
  // Clients send `Content-Type: application/json` on every call, bodiless DELETEs included, so an
  // empty body is no body. Bodies are parsed as Fastify's own parser does, refusing `__proto__`
  // and `constructor.prototype` keys (prototype poisoning), with messages of our own.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(
        null,
        secureJson.parse(body as string, { protoAction: 'error', constructorAction: 'error' }),
      );
    } catch (error) {
      const message =
        (error as Error).message === FORBIDDEN_PROTOTYPE
          ? 'the body holds a forbidden prototype property'
          : 'the body is not valid JSON';
      done(Object.assign(new Error(message), { statusCode: 400 }), undefined);
    }
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Carta API',
        version: '1',
        description:
          'The REST API of Carta. Cookie sessions need the X-CSRF-Token header (from GET /auth/me) on unsafe methods.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // Set as a request arrives, so every answer has them, errors and 404s included; a callback
  // hook, not an async one: no promise made and awaited on every request.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  installAuthentication(app, ctx);

  for (const routes of [
    healthRoutes,
    authRoutes,
    settingsRoutes,
    modulesRoutes,
    checklistRoutes,
    sampleDataRoutes,
    usersRoutes,
    cardsRoutes,
    contactsRoutes,
    attachmentsRoutes,
    trashRoutes,
    statusesRoutes,
    fieldsRoutes,
  ]) {
    routes(app, ctx);
  }
  app.get(
    '/api/v1/openapi.json',
    { config: { requires: 'public' }, schema: { hide: true } },
    async () => app.swagger(),
  );
  await serveWebApp(app, ctx.config.webDir);
  return app;
}
