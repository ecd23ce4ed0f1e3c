// HTTP for sign-up, sign-in, sign-out and the current user.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from '../../http/session-cookie';
import { loginBody, meResponse, signUpBody } from './auth.schemas';
import * as auth from './auth.service';

export function authRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function meOfToken(token: string) {
    const actor = await auth.resolveSession(ctx, token);
    if (!actor) throw new Error('a session just opened cannot be found');
    return auth.me(ctx, actor, actor.csrfToken);
  }

  api.post(
    '/api/v1/signup',
    {
      config: { requires: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Create a workspace and its first admin, signed in',
        body: signUpBody,
        response: { 201: meResponse },
      },
    },
    async (request, reply) => {
      const session = await auth.signUp(ctx, request.body);
      setSessionCookie(reply, session, ctx.config.secureCookies);
      return reply.code(201).send(await meOfToken(session.token));
    },
  );

  api.post(
    '/api/v1/auth/login',
    {
      config: { requires: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        body: loginBody,
        response: { 200: meResponse },
      },
    },
    async (request, reply) => {
      const session = await auth.logIn(ctx, request.body, request.ip);
      setSessionCookie(reply, session, ctx.config.secureCookies);
      return meOfToken(session.token);
    },
  );

  api.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out' } },
    async (request, reply) => {
      await auth.logOut(ctx, actorOf(request), sessionTokenOf(request) ?? '');
      clearSessionCookie(reply, ctx.config.secureCookies);
      return reply.code(204).send();
    },
  );

  api.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: meResponse } } },
    async (request) => {
      const actor = actorOf(request);
      return auth.me(ctx, actor, actor.csrfToken);
    },
  );
}
