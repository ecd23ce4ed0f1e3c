// Sign-up, sign-in, sign-out, sessions and CSRF over HTTP on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, sessionCookieOf, signUp, signUpBody, uniqueEmail } from './clients';
import { countRows } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

describe('POST /api/v1/signup', () => {
  it('creates the workspace, its admin and the chosen modules, and signs the admin in', async () => {
    const body = signUpBody({ modules: ['sales', 'helpdesk'], sampleData: true, locale: 'ro' });
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/signup',
      payload: body,
    });
    expect(response.statusCode).toBe(201);
    const me = response.json();
    expect(me.user).toMatchObject({ name: 'Ana Pop', email: body.admin.email, role: 'admin' });
    expect(me.workspace).toMatchObject({ name: 'Firma Test SRL', locale: 'ro', logoUrl: null });
    const cookie = response.cookies.find((c) => c.name === 'carta_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const modules = await test.app.inject({
      method: 'GET',
      url: '/api/v1/modules',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(modules.json().items.map((m: { name: string }) => m.name)).toEqual([
      'Vânzări',
      'Suport clienți',
    ]);
    expect(modules.json().items[0].cardCount).toBeGreaterThan(0);
  });

  it('stores the password as an argon2id hash, never in clear', async () => {
    const body = signUpBody();
    await test.app.inject({ method: 'POST', url: '/api/v1/signup', payload: body });
    const user = await test.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', body.admin.email)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ['a missing company', { company: undefined }, 'company'],
    ['an empty company', { company: '   ' }, 'company'],
    ['a company name too long', { company: 'x'.repeat(201) }, 'company'],
    ['a company of the wrong type', { company: 42 }, 'company'],
    [
      'a malformed e-mail',
      { admin: { name: 'A', email: 'not-an-email', password: GOOD_PASSWORD } },
      'admin.email',
    ],
    [
      'a missing admin name',
      { admin: { email: uniqueEmail(), password: GOOD_PASSWORD } },
      'admin.name',
    ],
    [
      'a short password',
      { admin: { name: 'A', email: uniqueEmail(), password: 'short' } },
      'admin.password',
    ],
    [
      'the e-mail as password',
      { admin: { name: 'A', email: 'same@example.com', password: 'same@example.com' } },
      'admin.password',
    ],
    ['an unknown module template', { modules: ['crm'] }, 'modules.0'],
    ['an unknown language', { locale: 'fr' }, 'locale'],
    ['an unknown property', { plan: 'gold' }, 'body'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, overrides, path) => {
    const before = await countRows(test, 'workspaces');
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/signup',
      payload: signUpBody(overrides),
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation_failed');
    const paths = error.details.map((d: { path: string }) => d.path);
    expect(paths.some((p: string) => p === path || (path === 'body' && p !== ''))).toBe(true);
    expect(await countRows(test, 'workspaces')).toBe(before);
  });

  it('refuses an e-mail that already has an account with 409', async () => {
    const first = signUpBody();
    await test.app.inject({ method: 'POST', url: '/api/v1/signup', payload: first });
    const users = await countRows(test, 'users');
    const again = await test.app.inject({
      method: 'POST',
      url: '/api/v1/signup',
      payload: signUpBody({ admin: { ...first.admin, email: first.admin.email.toUpperCase() } }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('email_taken');
    expect(await countRows(test, 'users')).toBe(users);
  });

  /** Signs up with a raw JSON body that must be refused with 400; answers its message. */
  async function refusedBody(payload: string): Promise<string> {
    const before = await countRows(test, 'workspaces');
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/signup',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(await countRows(test, 'workspaces')).toBe(before);
    return response.json().error.message;
  }

  it.each([
    ['cut short', '{"company": '],
    ['quoting the word prototype', '{"prototype": x}'],
  ])('refuses malformed JSON (%s) with 400 and writes nothing', async (_name, payload) => {
    expect(await refusedBody(payload)).toBe('the body is not valid JSON');
  });

  it.each([
    ['__proto__', `{"__proto__": {"admin": true}, "company": "Firma SRL"}`],
    ['constructor.prototype', `{"constructor": {"prototype": {"admin": true}}}`],
  ])('refuses a body with a %s key (prototype poisoning) with 400', async (_name, payload) => {
    expect(await refusedBody(payload)).toMatch(/prototype/);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with the right password and reaches /auth/me', async () => {
    const body = signUpBody();
    await test.app.inject({ method: 'POST', url: '/api/v1/signup', payload: body });
    const login = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: body.admin.email.toUpperCase(), password: GOOD_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const me = await test.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: sessionCookieOf(login) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(body.admin.email);
    expect(me.json().csrfToken).toEqual(expect.any(String));
  });

  it('answers a wrong password and an unknown e-mail alike, with 401', async () => {
    const client = await signUp(test);
    for (const payload of [
      { email: client.me.user.email, password: 'wrong password 123' },
      { email: uniqueEmail('nobody'), password: 'wrong password 123' },
    ]) {
      const response = await test.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload,
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('invalid_credentials');
      expect(response.cookies).toHaveLength(0);
    }
  });

  it('refuses a sign-in without a password with 400 naming the field', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: uniqueEmail() },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('password');
  });

  it('throttles an e-mail after ten failed sign-ins with 429, even with the right password', async () => {
    const client = await signUp(test);
    const attempt = (password: string) =>
      test.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: client.me.user.email, password },
      });
    for (let i = 0; i < 10; i++) expect((await attempt('wrong password 123')).statusCode).toBe(401);
    const blocked = await attempt(GOOD_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const client = await signUp(test);
    const workspaceId = client.me.workspace.id;
    expect(await countRows(test, 'sessions', workspaceId)).toBe(1);
    const out = await client.request('POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    // The browser is told to drop its cookie: emptied, expired long ago.
    const cleared = out.cookies.find((cookie) => cookie.name === 'carta_session');
    expect(cleared).toMatchObject({ value: '', path: '/', httpOnly: true });
    expect(cleared!.expires!.getTime()).toBe(0);
    expect((await client.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect(await countRows(test, 'sessions', workspaceId)).toBe(0);
  });

  it('sends the security headers on every answer: a page, a 404, an API error', async () => {
    for (const url of ['/healthz', '/api/v1/no-such-route', '/no-such-page']) {
      const response = await test.app.inject({ method: 'GET', url });
      expect(response.headers, url).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin',
        'x-frame-options': 'DENY',
      });
    }
  });

  it('answers 401 to an API call without a session, and to a forged cookie', async () => {
    for (const headers of [{}, { cookie: 'carta_session=forged' }]) {
      const response = await test.app.inject({ method: 'GET', url: '/api/v1/modules', headers });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin',
        'x-frame-options': 'DENY',
      });
    }
  });
});

describe('CSRF', () => {
  it('refuses an unsafe request with the cookie but without the X-CSRF-Token header', async () => {
    const client = await signUp(test);
    const before = await countRows(test, 'modules');
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/modules',
      headers: { cookie: client.cookie },
      payload: { name: 'Vânzări', template: 'sales' },
    });
    expect(response.statusCode).toBe(403);
    expect(await countRows(test, 'modules')).toBe(before);
  });

  it('refuses a wrong token just the same', async () => {
    const client = await signUp(test);
    const response = await client.request(
      'PATCH',
      '/api/v1/settings/company',
      { name: 'Hijacked' },
      { headers: { 'x-csrf-token': 'nope' } },
    );
    expect(response.statusCode).toBe(403);
    const settings = await client.request('GET', '/api/v1/settings/company');
    expect(settings.json().name).toBe('Firma Test SRL');
  });
});
