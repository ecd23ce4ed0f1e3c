// Who may do what, over HTTP on a real database: settings are for admins, modules by grant,
// and no API route answers without a session.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/permissions';
import { signUp, type Client } from './clients';
import {
  auditActions,
  countRows,
  deactivateUser,
  grantModule,
  routesOf,
  signInAs,
  TINY_JPEG,
  TINY_PNG,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

const NON_ADMINS = ['manager', 'user', 'restricted'] as const;

let test: TestApp;
let admin: Client;
let salesId: string;
let helpdeskId: string;
const clients = {} as Record<(typeof NON_ADMINS)[number], Client>;

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test, { modules: ['sales', 'helpdesk'], sampleData: true });
  [salesId, helpdeskId] = (await admin.request('GET', '/api/v1/modules'))
    .json()
    .items.map((m: { id: string }) => m.id);
  await admin.request('PUT', '/api/v1/settings/company/logo', TINY_PNG, {
    headers: { 'content-type': 'image/png' },
  });
  for (const role of NON_ADMINS) clients[role] = await signInAs(test, admin.me.workspace.id, role);
});
afterAll(async () => {
  await test.close();
});

/** The workspace as the admin sees it, to compare before and after a refused request. */
async function snapshot() {
  const workspaceId = admin.me.workspace.id;
  const [settings, logo, modules] = await Promise.all([
    admin.request('GET', '/api/v1/settings/company'),
    admin.request('GET', '/api/v1/settings/company/logo'),
    admin.request('GET', '/api/v1/modules?includeArchived=true'),
  ]);
  return {
    settings: settings.json(),
    logo: logo.rawPayload.toString('base64'),
    modules: modules.json(),
    cards: await countRows(test, 'cards', workspaceId),
    contacts: await countRows(test, 'contacts', workspaceId),
    audit: await auditActions(test, workspaceId),
  };
}

type Call = [method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown];

// ':sales' stands for the sales module's id, known once the workspace exists.
const ADMIN_ONLY: Call[] = [
  ['PATCH', '/api/v1/settings/company', { name: 'Taken over SRL' }],
  ['PUT', '/api/v1/settings/company/logo', TINY_JPEG],
  ['DELETE', '/api/v1/settings/company/logo'],
  ['POST', '/api/v1/modules', { name: 'Extra', template: 'sales' }],
  ['PATCH', '/api/v1/modules/:sales', { name: 'Renamed' }],
  ['DELETE', '/api/v1/modules/:sales'],
  ['PUT', '/api/v1/modules/order', { ids: [':helpdesk', ':sales'] }],
  ['DELETE', '/api/v1/sample-data'],
  ['GET', '/api/v1/checklist'],
];

function withIds(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value).replaceAll(':sales', salesId).replaceAll(':helpdesk', helpdeskId),
  );
}

function send(client: Client, [method, url, body]: Call) {
  const options: Partial<InjectOptions> = Buffer.isBuffer(body)
    ? { headers: { 'content-type': 'image/jpeg' } }
    : {};
  const payload = body === undefined || Buffer.isBuffer(body) ? body : withIds(body);
  return client.request(method, withIds(url) as string, payload, options);
}

describe('settings are for admins only', () => {
  type Row = [role: (typeof NON_ADMINS)[number], method: Call[0], url: string, body: unknown];
  const rows = NON_ADMINS.flatMap((role) =>
    ADMIN_ONLY.map(([method, url, body]): Row => [role, method, url, body]),
  );

  it.each(rows)(
    'refuses a %s %s %s with 403, and writes nothing',
    async (role, method, url, body) => {
      const before = await snapshot();
      const response = await send(clients[role], [method, url, body]);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
      expect(await snapshot()).toEqual(before);
    },
  );

  it.each(
    (['admin', ...NON_ADMINS] as Role[]).flatMap((role) =>
      ['/api/v1/settings/company', '/api/v1/settings/company/logo', '/api/v1/auth/me'].map(
        (url) => [role, url] as const,
      ),
    ),
  )('lets a %s read %s', async (role, url) => {
    const client = role === 'admin' ? admin : clients[role];
    expect((await client.request('GET', url)).statusCode).toBe(200);
  });

  it('lets the admin do what the others may not', async () => {
    const response = await send(admin, ['GET', '/api/v1/checklist']);
    expect(response.statusCode).toBe(200);
  });
});

describe('modules by grant', () => {
  it('shows a non-admin only the modules granted, and answers 404 for the others', async () => {
    const workspaceId = admin.me.workspace.id;
    const { user, manager } = clients;
    await grantModule(test, {
      workspaceId,
      userId: user.me.user.id,
      moduleId: helpdeskId,
      access: 'read',
    });

    const listed = (await user.request('GET', '/api/v1/modules')).json().items;
    expect(listed.map((m: { id: string }) => m.id)).toEqual([helpdeskId]);
    expect((await user.request('GET', `/api/v1/modules/${helpdeskId}`)).statusCode).toBe(200);
    expect((await user.request('GET', `/api/v1/modules/${salesId}`)).statusCode).toBe(404);

    expect((await manager.request('GET', '/api/v1/modules')).json().items).toEqual([]);
    const adminList = (await admin.request('GET', '/api/v1/modules')).json().items;
    expect(adminList.map((m: { id: string }) => m.id)).toEqual([salesId, helpdeskId]);
  });

  it("does not count a grant of access 'none' as a grant", async () => {
    const workspaceId = admin.me.workspace.id;
    const { restricted } = clients;
    await grantModule(test, {
      workspaceId,
      userId: restricted.me.user.id,
      moduleId: salesId,
      access: 'none',
    });
    expect((await restricted.request('GET', '/api/v1/modules')).json().items).toEqual([]);
  });
});

describe('sessions', () => {
  it('stops a deactivated user at once: 401 on the session they already hold', async () => {
    const leaver = await signInAs(test, admin.me.workspace.id, 'user');
    expect((await leaver.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    await deactivateUser(test, leaver.me.user.id);

    for (const [method, url] of [
      ['GET', '/api/v1/auth/me'],
      ['GET', '/api/v1/modules'],
      ['GET', '/api/v1/settings/company'],
    ] as const) {
      const response = await leaver.request(method, url);
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    }
  });

  const PUBLIC = new Set([
    'POST /api/v1/signup',
    'POST /api/v1/auth/login',
    'GET /api/v1/openapi.json',
    'HEAD /api/v1/openapi.json',
  ]);

  it('finds every API route in the route table', () => {
    const urls = routesOf(test).map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(
      expect.arrayContaining([
        'POST /api/v1/signup',
        'PATCH /api/v1/settings/company',
        'PUT /api/v1/settings/company/logo',
        'DELETE /api/v1/modules/:moduleId',
        'GET /api/v1/users',
      ]),
    );
  });

  it('answers 401 on every API route but sign-up, sign-in and the OpenAPI document, without a session', async () => {
    const routes = routesOf(test).filter(
      (r) => r.url.startsWith('/api/v1/') && !PUBLIC.has(`${r.method} ${r.url}`),
    );
    expect(routes.length).toBeGreaterThan(15);
    const before = await snapshot();
    for (const { method, url } of routes) {
      const response = await test.app.inject({
        method: method as InjectOptions['method'],
        url: url.replace(':moduleId', salesId),
        ...(['POST', 'PUT', 'PATCH'].includes(method) && { payload: {} }),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    expect(await snapshot()).toEqual(before);
  });
});
