// Two workspaces on one server: nothing of one is visible to, or changeable by, the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import { auditActions, TINY_PNG } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let a: Client;
let b: Client;
let aModuleId: string;

beforeAll(async () => {
  test = await startTestApp();
  a = await signUp(test, { company: 'Alfa SRL', modules: ['sales', 'helpdesk'], sampleData: true });
  b = await signUp(test, { company: 'Beta SRL', modules: ['projects'] });
  await a.request('PATCH', '/api/v1/settings/company', {
    taxId: 'RO18547290',
    address: 'Str. Memorandumului 1',
    city: 'Cluj-Napoca',
    email: 'office@alfa.ro',
  });
  await a.request('PUT', '/api/v1/settings/company/logo', TINY_PNG, {
    headers: { 'content-type': 'image/png' },
  });
  aModuleId = (await a.request('GET', '/api/v1/modules')).json().items[0].id;
});
afterAll(async () => {
  await test.close();
});

/** Everything of A's that B could reach for, to compare before and after B tries. */
async function snapshotOfA() {
  const [modules, module, settings, logo, audit] = await Promise.all([
    a.request('GET', '/api/v1/modules?includeArchived=true'),
    a.request('GET', `/api/v1/modules/${aModuleId}`),
    a.request('GET', '/api/v1/settings/company'),
    a.request('GET', '/api/v1/settings/company/logo'),
    auditActions(test, a.me.workspace.id),
  ]);
  return {
    modules: modules.json(),
    module: module.json(),
    settings: settings.json(),
    logo: logo.rawPayload.toString('base64'),
    audit,
  };
}

describe("another workspace's modules", () => {
  it.each([
    ['read', 'GET', undefined],
    ['rename', 'PATCH', { name: 'Taken over' }],
    ['archive through PATCH', 'PATCH', { archived: true }],
    ['archive', 'DELETE', undefined],
  ] as const)(
    'cannot %s a module of A: 404 and the module unchanged',
    async (_case, method, body) => {
      const before = await snapshotOfA();
      const response = await b.request(method, `/api/v1/modules/${aModuleId}`, body);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
      expect(await snapshotOfA()).toEqual(before);
    },
  );

  it("refuses a reorder naming A's modules with 400, and neither order changes", async () => {
    const aIds = (await a.request('GET', '/api/v1/modules'))
      .json()
      .items.map((m: { id: string }) => m.id);
    const bBefore = (await b.request('GET', '/api/v1/modules')).json();
    const before = await snapshotOfA();
    for (const ids of [aIds, [...aIds, bBefore.items[0].id]]) {
      const response = await b.request('PUT', '/api/v1/modules/order', { ids });
      expect(response.statusCode).toBe(400);
    }
    expect(await snapshotOfA()).toEqual(before);
    expect((await b.request('GET', '/api/v1/modules')).json()).toEqual(bBefore);
  });

  it("lists only the workspace's own modules, archived ones included", async () => {
    const response = await b.request('GET', '/api/v1/modules?includeArchived=true');
    expect(
      response.json().items.map((m: { name: string; template: string }) => m.template),
    ).toEqual(['projects']);
    expect(response.json().items[0].cardCount).toBe(0);
  });

  it("lists templates in the workspace's own language", async () => {
    await a.request('PATCH', '/api/v1/settings/company', { locale: 'ro' });
    await b.request('PATCH', '/api/v1/settings/company', { locale: 'en' });
    const items = (await b.request('GET', '/api/v1/module-templates')).json().items;
    expect(items[0].name).toBe('Sales');
  });
});

describe("another workspace's settings, logo, checklist and users", () => {
  it("shows B its own company settings, never A's", async () => {
    const settings = (await b.request('GET', '/api/v1/settings/company')).json();
    expect(settings).toMatchObject({
      name: 'Beta SRL',
      taxId: '',
      city: '',
      email: '',
      logoUrl: null,
    });
  });

  it("does not serve A's logo to B", async () => {
    expect((await b.request('GET', '/api/v1/settings/company/logo')).statusCode).toBe(404);
    expect((await b.request('GET', '/api/v1/auth/me')).json().workspace.logoUrl).toBeNull();
  });

  it("does not let B's logo and settings changes touch A", async () => {
    const before = await snapshotOfA();
    await b.request('PATCH', '/api/v1/settings/company', { city: 'Iași' });
    await b.request('DELETE', '/api/v1/settings/company/logo');
    await b.request('DELETE', '/api/v1/sample-data');
    expect(await snapshotOfA()).toEqual(before);
    expect(
      await test.db
        .selectFrom('cards')
        .select('id')
        .where('workspace_id', '=', a.me.workspace.id)
        .execute(),
    ).not.toHaveLength(0);
  });

  it("ticks B's checklist from B's data only", async () => {
    const companyStep = async (client: Client) =>
      (await client.request('GET', '/api/v1/checklist'))
        .json()
        .steps.find((s: { key: string }) => s.key === 'company').done;
    expect(await companyStep(a)).toBe(true);
    expect(await companyStep(b)).toBe(false);
  });

  it('lists only the users of the workspace', async () => {
    const users = (await b.request('GET', '/api/v1/users')).json();
    expect(users.items.map((u: { email: string }) => u.email)).toEqual([b.me.user.email]);
    expect(users.nextCursor).toBeNull();
  });
});
