// Runs before every route: finds the caller from the session cookie, checks the CSRF token on
// unsafe requests and enforces what the route declares it requires (secure by default).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Forbidden, Unauthenticated } from '../../domain/errors';
import { roleMeets, type Requirement } from '../../domain/permissions';
import type { AppContext } from '../context';
import { resolveSession, type SessionActor } from '../features/auth/auth.service';
import { SESSION_COOKIE } from '../features/auth/session-tokens';

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

export function installAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    // Unknown URLs fall through to the 404 handler without a session look-up; API routes that
    // declare nothing require a signed-in user, the web app's files and the API docs are public.
    if (!url) return;
    const requires = request.routeOptions.config?.requires ?? defaultRequirement(url);
    if (requires === 'public') return;
    const token = request.cookies[SESSION_COOKIE];
    const actor = token ? await resolveSession(ctx, token) : null;
    if (!actor) throw new Unauthenticated();
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new Forbidden('missing or wrong X-CSRF-Token header');
    }
    if (!roleMeets(actor.role, requires)) throw new Forbidden();
    request.actor = actor;
  });
}

/** The signed-in caller; routes that require one always have it. */
export function actorOf(request: FastifyRequest): SessionActor {
  if (!request.actor) throw new Unauthenticated();
  return request.actor;
}
