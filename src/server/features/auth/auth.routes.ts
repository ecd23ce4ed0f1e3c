// HTTP for sign-up, sign-in, sign-out and the current user.
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import { loginBody, meResponse, signUpBody } from './auth.schemas';
import * as auth from './auth.service';
import { SESSION_COOKIE } from './session-tokens';

export function authRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  function setSessionCookie(reply: FastifyReply, session: auth.NewSession) {
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.secureCookies,
      expires: new Date(session.expiresAt),
    });
  }

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
      setSessionCookie(reply, session);
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
      setSessionCookie(reply, session);
      return meOfToken(session.token);
    },
  );

  api.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out' } },
    async (request, reply) => {
      await auth.logOut(ctx, actorOf(request), request.cookies[SESSION_COOKIE] ?? '');
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
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
