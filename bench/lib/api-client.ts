// Calls the app in-process (app.inject) as a signed-in browser would: session cookie and CSRF.
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { BenchLogin } from './bench-target';

type Method = 'GET' | 'PATCH';
export type Session = Record<'cookie' | 'x-csrf-token', string>;

export async function signIn(app: FastifyInstance, login: BenchLogin): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: login.email, password: login.password },
  });
  const session = response.cookies.find((cookie) => cookie.name === 'carta_session');
  if (response.statusCode !== 200 || !session) {
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  }
  return {
    cookie: `carta_session=${session.value}`,
    'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken,
  };
}

/**
 * One API call; answers its body unparsed, since the server's work ends with the serialised
 * answer (parsing it is the client's time, not the server's).
 */
export async function call(
  app: FastifyInstance,
  session: Session,
  method: Method,
  url: string,
  body?: unknown,
): Promise<string> {
  const options: InjectOptions = { method, url, headers: session };
  if (body !== undefined) options.payload = body as InjectOptions['payload'];
  const answer = await app.inject(options);
  if (answer.statusCode !== 200) {
    throw new Error(`${method} ${url}: ${answer.statusCode} ${answer.body.slice(0, 300)}`);
  }
  return answer.body;
}
