// Modules over HTTP on a real database: templates, create, rename, reorder, archive, sample data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULE_TEMPLATE_KEYS } from '../../src/domain/templates/template.types';
import { newId } from '../../src/server/ids';
import { signUp, type Client } from './clients';
import {
  addModule,
  auditActions,
  countRows,
  detailPaths,
  insertRealCard,
  insertRealContact,
  statusesOf,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

type ModuleItem = {
  id: string;
  name: string;
  position: number;
  archived: boolean;
  cardCount: number;
};

async function listModules(client: Client, query = ''): Promise<ModuleItem[]> {
  const response = await client.request('GET', `/api/v1/modules${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

async function moduleDetail(client: Client, id: string) {
  const response = await client.request('GET', `/api/v1/modules/${id}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('GET /api/v1/module-templates', () => {
  it.each([
    ['ro', ['Vânzări', 'Proiecte', 'Suport clienți', 'Recrutare', 'Facturare', 'Modul gol']],
    ['en', ['Sales', 'Projects', 'Helpdesk', 'Recruitment', 'Invoicing', 'Blank module']],
  ])('lists the six templates with names in the workspace language (%s)', async (locale, names) => {
    const client = await signUp(test, { locale });
    const response = await client.request('GET', '/api/v1/module-templates');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((t: { key: string }) => t.key)).toEqual([...MODULE_TEMPLATE_KEYS]);
    expect(items.map((t: { name: string }) => t.name)).toEqual(names);
  });
});

describe('POST /api/v1/modules', () => {
  it.each(MODULE_TEMPLATE_KEYS.filter((key) => key !== 'blank'))(
    'creates a %s module with statuses in all four groups, fields and task types',
    async (template) => {
      const client = await signUp(test);
      const response = await client.request('POST', '/api/v1/modules', { name: 'Mine', template });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        name: 'Mine',
        template,
        archived: false,
        cardCount: 0,
      });
      const detail = await moduleDetail(client, response.json().id);
      const groups = new Set(detail.statuses.map((s: { group: string }) => s.group));
      expect([...groups].sort()).toEqual(['lead', 'lost', 'open', 'won']);
      expect(detail.fields.length).toBeGreaterThan(0);
      expect(detail.taskTypes.length).toBeGreaterThan(0);
    },
  );

  it('creates a blank module with a minimal pipeline and no fields or task types', async () => {
    const client = await signUp(test);
    const id = await addModule(client, { name: 'Own procedure', template: 'blank' });
    const detail = await moduleDetail(client, id);
    expect(detail.statuses.map((s: { group: string }) => s.group)).toEqual(['lead', 'open', 'won']);
    expect([detail.fields, detail.taskTypes]).toEqual([[], []]);
  });

  it.each([
    [true, 'with sample cards'],
    [false, 'without any card'],
  ])('with sampleData %s creates the module %s', async (sampleData) => {
    const client = await signUp(test);
    const id = await addModule(client, { name: 'Vânzări', template: 'sales', sampleData });
    const [module] = await listModules(client);
    expect(module?.id).toBe(id);
    if (sampleData) expect(module?.cardCount).toBeGreaterThan(0);
    else expect(module?.cardCount).toBe(0);
  });

  it.each([
    ['an empty name', { name: '', template: 'sales' }, 'name'],
    ['a name of 101 characters', { name: 'x'.repeat(101), template: 'sales' }, 'name'],
    ['an unknown template', { name: 'CRM', template: 'crm' }, 'template'],
    [
      'sampleData of the wrong type',
      { name: 'CRM', template: 'sales', sampleData: 'no' },
      'sampleData',
    ],
    ['an unknown key', { name: 'CRM', template: 'sales', color: 'red' }, 'body'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, path) => {
    const client = await signUp(test);
    const response = await client.request('POST', '/api/v1/modules', body);
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toContain(path);
    expect(await countRows(test, 'modules', client.me.workspace.id)).toBe(0);
    expect(await countRows(test, 'statuses', client.me.workspace.id)).toBe(0);
    expect(await auditActions(test, client.me.workspace.id)).toEqual([]);
  });
});

describe('GET·PATCH /api/v1/modules/:moduleId', () => {
  it('renames a module', async () => {
    const client = await signUp(test);
    const id = await addModule(client, { name: 'Vânzări', template: 'sales' });
    const response = await client.request('PATCH', `/api/v1/modules/${id}`, { name: ' Oferte ' });
    expect(response.statusCode).toBe(200);
    expect(response.json().name).toBe('Oferte');
    expect((await moduleDetail(client, id)).name).toBe('Oferte');
  });

  it('sets and clears the idle days', async () => {
    const client = await signUp(test);
    const id = await addModule(client, { name: 'Vânzări', template: 'sales' });
    await client.request('PATCH', `/api/v1/modules/${id}`, { idleDays: 14 });
    expect((await moduleDetail(client, id)).idleDays).toBe(14);
    await client.request('PATCH', `/api/v1/modules/${id}`, { idleDays: null });
    expect((await moduleDetail(client, id)).idleDays).toBeNull();
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a name of 101 characters', { name: 'x'.repeat(101) }, 'name'],
    ['zero idle days', { idleDays: 0 }, 'idleDays'],
    ['fractional idle days', { idleDays: 1.5 }, 'idleDays'],
    ['idle days that are not a number', { idleDays: 'x' }, 'idleDays'],
    ['archived of the wrong type', { archived: 'yes' }, 'archived'],
    ['an unknown key', { template: 'helpdesk' }, 'body'],
  ])(
    'refuses a change with %s with 400 naming the field, and changes nothing',
    async (_case, body, path) => {
      const client = await signUp(test);
      const id = await addModule(client, { name: 'Vânzări', template: 'sales' });
      const before = await moduleDetail(client, id);
      const response = await client.request('PATCH', `/api/v1/modules/${id}`, body);
      expect(response.statusCode).toBe(400);
      expect(detailPaths(response.json())).toContain(path);
      expect(await moduleDetail(client, id)).toEqual(before);
    },
  );

  it('answers 404 for a module that does not exist, to read, change or archive it', async () => {
    const client = await signUp(test);
    expect((await client.request('GET', '/api/v1/modules/unknown-id')).statusCode).toBe(404);
    const patch = await client.request('PATCH', '/api/v1/modules/unknown-id', { name: 'X' });
    expect(patch.statusCode).toBe(404);
    expect((await client.request('DELETE', '/api/v1/modules/unknown-id')).statusCode).toBe(404);
    expect(await auditActions(test, client.me.workspace.id)).toEqual([]);
  });
});

describe('PUT /api/v1/modules/order', () => {
  async function threeModules(client: Client) {
    return [
      await addModule(client, { name: 'A', template: 'sales' }),
      await addModule(client, { name: 'B', template: 'projects' }),
      await addModule(client, { name: 'C', template: 'helpdesk' }),
    ];
  }

  it('puts the modules in the order given, positions following', async () => {
    const client = await signUp(test);
    const [a, b, c] = await threeModules(client);
    const response = await client.request('PUT', '/api/v1/modules/order', { ids: [c, a, b] });
    expect(response.statusCode).toBe(200);
    const expected = [
      { id: c, position: 0 },
      { id: a, position: 1 },
      { id: b, position: 2 },
    ];
    expect(response.json().items).toMatchObject(expected);
    expect(await listModules(client)).toMatchObject(expected);
  });

  it.each([
    ['leaves a module out', (ids: string[]) => ids.slice(0, 2), 409],
    ['names a module twice', (ids: string[]) => [ids[0], ids[0], ids[1], ids[2]], 400],
    ['names an unknown module', (ids: string[]) => [...ids, newId()], 400],
    ['is empty', () => [], 400],
  ])('refuses a list that %s and keeps the order', async (_case, idsOf, status) => {
    const client = await signUp(test);
    const ids = await threeModules(client);
    const before = await listModules(client);
    const response = await client.request('PUT', '/api/v1/modules/order', { ids: idsOf(ids) });
    expect(response.statusCode).toBe(status);
    if (status === 400) expect(detailPaths(response.json())).toContain('ids');
    expect(await listModules(client)).toEqual(before);
  });
});

describe('archiving and restoring', () => {
  it('archives on DELETE: hidden from the list, kept with its cards, listed with includeArchived', async () => {
    const client = await signUp(test);
    const id = await addModule(client, { name: 'Vânzări', template: 'sales', sampleData: true });
    const cardsBefore = (await listModules(client))[0]!.cardCount;

    const response = await client.request('DELETE', `/api/v1/modules/${id}`);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, archived: true, archivedAt: expect.any(String) });
    expect(await listModules(client)).toEqual([]);
    const all = await listModules(client, '?includeArchived=true');
    expect(all).toMatchObject([{ id, archived: true, cardCount: cardsBefore }]);
    expect(await countRows(test, 'cards', client.me.workspace.id)).toBe(cardsBefore);
  });

  it('restores with archived false, at the end of the navigation', async () => {
    const client = await signUp(test);
    const first = await addModule(client, { name: 'Vânzări', template: 'sales' });
    const second = await addModule(client, { name: 'Proiecte', template: 'projects' });
    await client.request('DELETE', `/api/v1/modules/${first}`);
    await client.request('PUT', '/api/v1/modules/order', { ids: [second] });

    const response = await client.request('PATCH', `/api/v1/modules/${first}`, { archived: false });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ archived: false, archivedAt: null });
    expect((await listModules(client)).map((m) => m.id)).toEqual([second, first]);
  });
});

describe('DELETE /api/v1/sample-data', () => {
  it('removes every sample card and contact at once, leaving real data alone', async () => {
    const client = await signUp(test, { modules: ['sales', 'helpdesk'], sampleData: true });
    const workspaceId = client.me.workspace.id;
    const [sales] = await listModules(client);
    const sampleCards = await countRows(test, 'cards', workspaceId);
    const sampleContacts = await countRows(test, 'contacts', workspaceId);
    expect(sampleCards).toBeGreaterThan(0);
    expect(sampleContacts).toBeGreaterThan(0);

    // A real card linked to a sample contact keeps the card and loses the link.
    const sampleContact = await test.db
      .selectFrom('contacts')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const [status] = await statusesOf(client, sales!.id);
    const realContact = await insertRealContact(test, workspaceId, 'Client Real SRL');
    const realCard = await insertRealCard(test, {
      workspaceId,
      moduleId: sales!.id,
      statusId: status!.id,
      ownerId: client.me.user.id,
      contactId: sampleContact.id,
    });

    const response = await client.request('DELETE', '/api/v1/sample-data');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ removedCards: sampleCards, removedContacts: sampleContacts });
    const cards = await test.db
      .selectFrom('cards')
      .select(['id', 'contact_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(cards).toEqual([{ id: realCard, contact_id: null }]);
    const contacts = await test.db
      .selectFrom('contacts')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(contacts).toEqual([{ id: realContact }]);
    expect((await listModules(client)).map((m) => m.cardCount)).toEqual([1, 0]);

    const again = await client.request('DELETE', '/api/v1/sample-data');
    expect(again.json()).toEqual({ removedCards: 0, removedContacts: 0 });
    expect(await countRows(test, 'cards', workspaceId)).toBe(1);
  });
});
