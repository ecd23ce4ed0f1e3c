// Signed-in HTTP clients for API tests: sign up a company, then call the API as its admin
// with the session cookie and CSRF header a browser would send.
import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Client = {
  cookie: string;
  csrfToken: string;
  me: { user: { id: string; email: string }; workspace: { id: string; name: string } };
  request: (
    method: Method,
    url: string,
    body?: unknown,
    options?: Partial<InjectOptions>,
  ) => Promise<LightMyRequestResponse>;
};

export function uniqueEmail(prefix = 'admin'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.com`;
}

export const GOOD_PASSWORD = 'o parolă destul de lungă';

export function signUpBody(overrides: Record<string, unknown> = {}) {
  return {
    company: 'Firma Test SRL',
    admin: { name: 'Ana Pop', email: uniqueEmail(), password: GOOD_PASSWORD },
    modules: [],
    sampleData: false,
    locale: 'en',
    ...overrides,
  };
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'carta_session');
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `carta_session=${cookie.value}`;
}

export function clientFor(
  test: TestApp,
  cookie: string,
  me: Client['me'] & { csrfToken: string },
): Client {
  return {
    cookie,
    csrfToken: me.csrfToken,
    me,
    request: (method, url, body, { headers, ...options } = {}) =>
      test.app.inject({
        ...options,
        method,
        url,
        headers: { cookie, 'x-csrf-token': me.csrfToken, ...headers },
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      }),
  };
}

export async function signUp(
  test: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<Client> {
  const response = await test.app.inject({
    method: 'POST',
    url: '/api/v1/signup',
    payload: signUpBody(overrides),
  });
  if (response.statusCode !== 201) {
    throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  }
  return clientFor(test, sessionCookieOf(response), response.json());
}
