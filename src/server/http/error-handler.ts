// Turns every thrown error into the API's one error shape (API.md "Errors"), in one place.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  Conflict,
  DomainError,
  Forbidden,
  NotFound,
  PayloadTooLarge,
  TooManyRequests,
  Unauthenticated,
  ValidationFailed,
  type FieldProblem,
} from '../../domain/errors';

const STATUS_BY_ERROR = new Map<new (...args: never[]) => DomainError, number>([
  [ValidationFailed, 400],
  [Unauthenticated, 401],
  [Forbidden, 403],
  [NotFound, 404],
  [Conflict, 409],
  [PayloadTooLarge, 413],
  [TooManyRequests, 429],
]);

export function errorBody(code: string, message: string, details?: FieldProblem[]) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

// Two requests racing past a duplicate check meet the unique index; the loser gets a 409.
function isUniqueViolation(error: { code?: string }): boolean {
  return error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === '23505';
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const prefix = error.validationContext === 'querystring' ? 'query.' : '';
      const details = error.validation.map((issue) => ({
        path: prefix + issue.instancePath.slice(1).replaceAll('/', '.') || 'body',
        message: issue.message ?? 'invalid',
      }));
      return reply
        .code(400)
        .send(errorBody('validation_failed', 'the request is invalid', details));
    }
    if (error instanceof DomainError) {
      const status = STATUS_BY_ERROR.get(error.constructor as never) ?? 400;
      if (error instanceof TooManyRequests) reply.header('retry-after', error.retryAfterSeconds);
      const details = error instanceof ValidationFailed ? error.details : undefined;
      return reply.code(status).send(errorBody(error.code, error.message, details));
    }
    if (isUniqueViolation(error)) {
      return reply.code(409).send(errorBody('conflict', 'this would duplicate an existing record'));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send(errorBody('too_large', 'the request body is too large'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send(errorBody('unsupported_media_type', error.message));
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send(errorBody('internal', 'something went wrong on our side'));
    }
    // Fastify's own client errors (malformed JSON, empty body) keep their status.
    return reply.code(status).send(errorBody('bad_request', error.message));
  });
}
