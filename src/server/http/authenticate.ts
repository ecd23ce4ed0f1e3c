// Runs before every route: finds the caller from the session cookie, checks the CSRF token on
// unsafe requests and enforces what the route declares it requires (secure by default).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Forbidden, Unauthenticated } from '../../domain/errors';
import { roleMeets, type Requirement } from '../../domain/permissions';
import type { AppContext } from '../context';
import {
  keptSessionActor,
  lookUpSessionActor,
  type SessionActor,
} from '../features/auth/auth.service';
import { sessionTokenOf } from './session-cookie';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the caller must be; routes that say nothing require a signed-in user. */
    requires?: Requirement;
  }
  interface FastifyRequest {
    actor: SessionActor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function defaultRequirement(url: string): Requirement {
  return url.startsWith('/api/v1/') ? 'signedIn' : 'public';
}

/** Lets the request through as `actor`, or answers why not. */
function admit(
  request: FastifyRequest,
  actor: SessionActor | null,
  requires: Requirement,
): Error | undefined {
  if (!actor) return new Unauthenticated();
  if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== actor.csrfToken) {
    return new Forbidden('missing or wrong X-CSRF-Token header');
  }
  if (!roleMeets(actor.role, requires)) return new Forbidden();
  request.actor = actor;
  return undefined;
}

export function installAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  // A callback hook: a session kept in memory (live-sessions) is found without a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const url = request.routeOptions.url;
    // Unknown URLs fall through to the 404 handler without a session look-up; API routes that
    // declare nothing require a signed-in user, the web app's files and the API docs are public.
    if (!url) return done();
    const requires = request.routeOptions.config?.requires ?? defaultRequirement(url);
    if (requires === 'public') return done();
    const token = sessionTokenOf(request);
    if (!token) return done(new Unauthenticated());
    const kept = keptSessionActor(ctx, token);
    if (kept) return done(admit(request, kept, requires));
    lookUpSessionActor(ctx, token).then((actor) => done(admit(request, actor, requires)), done);
  });
}

/** The signed-in caller; routes that require one always have it. */
export function actorOf(request: FastifyRequest): SessionActor {
  if (!request.actor) throw new Unauthenticated();
  return request.actor;
}
