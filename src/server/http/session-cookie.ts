// The session cookie, read from the request's Cookie header and written as a Set-Cookie header with
// the `cookie` package. A Fastify cookie plugin did this through two hooks on every request and
// answer (parse every cookie, gather cookies to set, write them before sending), although only
// the authentication hook reads a cookie and only sign-in and sign-out write one.
import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../features/auth/session-tokens';

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  return header ? parseCookie(header)[SESSION_COOKIE] : undefined;
}

/** Sent on every page and API call of this site, never to scripts nor from other sites' forms. */
function sessionCookie(value: string, expires: Date, secure: boolean) {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value,
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires,
  });
}

export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: string },
  secure: boolean,
) {
  reply.header('set-cookie', sessionCookie(session.token, new Date(session.expiresAt), secure));
}

/** Tells the browser to drop its session cookie (expired long ago). */
export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.header('set-cookie', sessionCookie('', new Date(0), secure));
}
