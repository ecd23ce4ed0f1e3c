// Custom fields over HTTP on a real database: list, add, change (stable key, options, type),
// archive or delete, with every refusal leaving the database as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/server/ids';
import { signUp, type Client } from './clients';
import {
  addModule,
  auditActions,
  createCard,
  detailPaths,
  grantModule,
  moduleWithFields,
  readCard,
  signInAs,
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

type Field = {
  id: string;
  moduleId: string;
  key: string;
  label: string;
  type: string;
  section: string;
  required: boolean;
  requiredFromStatusId: string | null;
  options: { key: string; label: string }[] | null;
  helpText: string;
  default: unknown;
  position: number;
  archived: boolean;
  hasData: boolean;
};

/** An admin with an English blank module (statuses New, In progress, Done; no fields). */
async function blankWorkspace() {
  const admin = await signUp(test);
  const { moduleId, statuses } = await moduleWithFields(admin, [], 'Own');
  return { admin, moduleId, statuses, workspaceId: admin.me.workspace.id };
}

async function listFields(client: Client, moduleId: string, query = ''): Promise<Field[]> {
  const response = await client.request('GET', `/api/v1/modules/${moduleId}/fields${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

async function addField(client: Client, moduleId: string, body: Record<string, unknown>) {
  const response = await client.request('POST', `/api/v1/modules/${moduleId}/fields`, body);
  if (response.statusCode !== 201) throw new Error(`field not created: ${response.body}`);
  return response.json() as Field;
}

/** What a refused request must leave untouched: the workspace's fields, values and audit. */
async function snapshot(workspaceId: string) {
  const [fields, values, audit] = await Promise.all([
    test.db
      .selectFrom('fields')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute(),
    test.db
      .selectFrom('card_values')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('card_id')
      .orderBy('field_id')
      .orderBy('txt')
      .execute(),
    auditActions(test, workspaceId),
  ]);
  return { fields, values, audit };
}

const sourceOptions = [
  { key: 'web', label: 'Website' },
  { key: 'referral', label: 'Referral' },
];

describe('GET /api/v1/modules/:moduleId/fields', () => {
  it('lists the fields in order, archived ones only on request, each saying if it holds data', async () => {
    const admin = await signUp(test);
    const moduleId = await addModule(admin, { name: 'Sales', template: 'sales', sampleData: true });
    const fields = await listFields(admin, moduleId);
    expect(fields.map((f) => f.key)).toEqual([
      'value',
      'expected_close',
      'product_interest',
      'lost_reason',
      'source',
      'website',
      'notes',
    ]);
    expect(fields.map((f) => f.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(fields[0]).toMatchObject({ type: 'money', archived: false, hasData: true });

    const empty = await addField(admin, moduleId, { label: 'Empty', type: 'text' });
    expect(empty.hasData).toBe(false);
    const archived = (await admin.request('DELETE', `/api/v1/fields/${fields[0]?.id}`)).json();
    expect(archived).toMatchObject({ key: 'value', archived: true, hasData: true });
    expect((await listFields(admin, moduleId)).map((f) => f.key)).not.toContain('value');
    const all = await listFields(admin, moduleId, '?includeArchived=true');
    expect(all.map((f) => f.key)).toEqual([...fields.map((f) => f.key), 'empty']);
    expect(all.find((f) => f.key === 'value')?.archived).toBe(true);
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'shows a %s the fields of a module granted to them, and 404 for one that is not',
    async (role) => {
      const { admin, moduleId, workspaceId } = await blankWorkspace();
      await addField(admin, moduleId, { label: 'Budget', type: 'number' });
      const other = await addModule(admin, { name: 'Help', template: 'helpdesk' });
      const member = await signInAs(test, workspaceId, role);
      await grantModule(test, { workspaceId, userId: member.me.user.id, moduleId, access: 'read' });
      expect(await listFields(member, moduleId)).toEqual(await listFields(admin, moduleId));
      expect((await member.request('GET', `/api/v1/modules/${other}/fields`)).statusCode).toBe(404);
    },
  );

  it("answers 404 for an unknown module and another workspace's module", async () => {
    const { moduleId } = await blankWorkspace();
    const stranger = await signUp(test);
    for (const id of [moduleId, newId()]) {
      expect((await stranger.request('GET', `/api/v1/modules/${id}/fields`)).statusCode).toBe(404);
    }
  });

  it('refuses a malformed includeArchived with 400', async () => {
    const { admin, moduleId } = await blankWorkspace();
    const response = await admin.request(
      'GET',
      `/api/v1/modules/${moduleId}/fields?includeArchived=maybe`,
    );
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toContain('query.includeArchived');
  });
});

describe('POST /api/v1/modules/:moduleId/fields', () => {
  it('makes the key from the label, folding diacritics, and appends the field', async () => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    await addField(admin, moduleId, { label: 'First', type: 'text' });
    const response = await admin.request('POST', `/api/v1/modules/${moduleId}/fields`, {
      label: ' Valoare ofertă ',
      type: 'money',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id: expect.any(String),
      moduleId,
      key: 'valoare_oferta',
      label: 'Valoare ofertă',
      type: 'money',
      section: 'General',
      required: false,
      requiredFromStatusId: null,
      options: null,
      helpText: '',
      default: null,
      position: 1,
      archived: false,
      hasData: false,
    });
    expect((await listFields(admin, moduleId)).at(-1)).toEqual(response.json());
    expect((await auditActions(test, workspaceId)).at(-1)).toBe('field.created');
  });

  it('takes every property: key, section, required, required-from status, help text, default', async () => {
    const { admin, moduleId, statuses, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      key: 'budget',
      label: 'Buget',
      type: 'money',
      section: 'Ofertă',
      required: true,
      requiredFromStatusId: statuses[1]?.id,
      helpText: 'Fără TVA',
      default: '99.9',
    });
    expect(field).toMatchObject({
      key: 'budget',
      section: 'Ofertă',
      required: true,
      requiredFromStatusId: statuses[1]?.id,
      helpText: 'Fără TVA',
      default: { amount: '99.90', currency: 'RON' },
    });
    const row = await test.db
      .selectFrom('fields')
      .select('default_value')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', field.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.default_value as string)).toEqual({ amount: '99.90', currency: 'RON' });
  });

  it('keys choice options from their labels unless given, and takes an option as default', async () => {
    const { admin, moduleId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      label: 'Sursă',
      type: 'multi_choice',
      options: [{ label: 'Recomandare' }, { key: 'web', label: 'Site web' }, { label: 'Târg' }],
      default: ['web', 'targ'],
    });
    expect(field.options).toEqual([
      { key: 'recomandare', label: 'Recomandare' },
      { key: 'web', label: 'Site web' },
      { key: 'targ', label: 'Târg' },
    ]);
    expect(field.default).toEqual(['web', 'targ']);
  });

  it('gives a new card the default of a field', async () => {
    const { admin, moduleId } = await blankWorkspace();
    await addField(admin, moduleId, {
      label: 'Channel',
      type: 'single_choice',
      options: sourceOptions,
      default: 'web',
    });
    const card = await createCard(admin, moduleId, { title: 'Card', fields: {} });
    expect(card.fields.channel).toBe('web');
  });

  it.each([
    ['a key with capitals', { key: 'Budget', label: 'B', type: 'text' }, 'key'],
    ['a key starting with a digit', { key: '1st', label: 'B', type: 'text' }, 'key'],
    ['a key of 51 characters', { key: 'k'.repeat(51), label: 'B', type: 'text' }, 'key'],
    ['a missing label', { type: 'text' }, 'label'],
    ['a blank label', { label: '  ', type: 'text' }, 'label'],
    ['an unknown type', { label: 'B', type: 'rich_text' }, 'type'],
    ['a choice field without options', { label: 'B', type: 'single_choice' }, 'options'],
    ['a choice field with no option', { label: 'B', type: 'multi_choice', options: [] }, 'options'],
    ['options on a text field', { label: 'B', type: 'text', options: sourceOptions }, 'options'],
    [
      'two options with one key',
      {
        label: 'B',
        type: 'single_choice',
        options: [
          { key: 'a', label: 'A' },
          { key: 'a', label: 'Á' },
        ],
      },
      'options.1.key',
    ],
    [
      'an option without label',
      { label: 'B', type: 'single_choice', options: [{ key: 'a' }] },
      'options.0.label',
    ],
    [
      'a malformed option key',
      { label: 'B', type: 'single_choice', options: [{ key: 'A b', label: 'A' }] },
      'options.0.key',
    ],
    [
      'an unknown status',
      { label: 'B', type: 'text', requiredFromStatusId: 'nope' },
      'requiredFromStatusId',
    ],
    ['a default of the wrong type', { label: 'B', type: 'number', default: 'twelve' }, 'default'],
    [
      'a default that is not an option',
      { label: 'B', type: 'single_choice', options: sourceOptions, default: 'tv' },
      'default',
    ],
    ['an unknown property', { label: 'B', type: 'text', hidden: true }, 'body'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, path) => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const before = await snapshot(workspaceId);
    const response = await admin.request('POST', `/api/v1/modules/${moduleId}/fields`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(detailPaths(response.json())).toContain(path);
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('refuses a required-from status of another module with 400', async () => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const other = await addModule(admin, { name: 'Help', template: 'helpdesk' });
    const [otherStatus] = await statusesOf(admin, other);
    const before = await snapshot(workspaceId);
    const response = await admin.request('POST', `/api/v1/modules/${moduleId}/fields`, {
      label: 'B',
      type: 'text',
      requiredFromStatusId: otherStatus!.id,
    });
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toEqual(['requiredFromStatusId']);
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it.each([
    ['given', { key: 'budget', label: 'Anything', type: 'text' }],
    ['made from the label', { label: 'Budget', type: 'number' }],
  ])(
    'refuses a key taken in the module (%s) with 409, archived fields included',
    async (_case, body) => {
      const { admin, moduleId, workspaceId } = await blankWorkspace();
      const existing = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
      await createCard(admin, moduleId, { title: 'Card', fields: { budget: 5 } });
      await admin.request('DELETE', `/api/v1/fields/${existing.id}`);
      const before = await snapshot(workspaceId);
      const response = await admin.request('POST', `/api/v1/modules/${moduleId}/fields`, body);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('field_key_taken');
      expect(response.json().error.message).toContain('budget');
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it('allows the same key in another module', async () => {
    const { admin, moduleId } = await blankWorkspace();
    const other = await addModule(admin, { name: 'Other', template: 'blank' });
    await addField(admin, moduleId, { label: 'Budget', type: 'number' });
    expect((await addField(admin, other, { label: 'Budget', type: 'number' })).key).toBe('budget');
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'refuses a %s with 403, even with write access to the module, and writes nothing',
    async (role) => {
      const { moduleId, workspaceId } = await blankWorkspace();
      const member = await signInAs(test, workspaceId, role);
      await grantModule(test, {
        workspaceId,
        userId: member.me.user.id,
        moduleId,
        access: 'write',
      });
      const before = await snapshot(workspaceId);
      const response = await member.request('POST', `/api/v1/modules/${moduleId}/fields`, {
        label: 'Budget',
        type: 'number',
      });
      expect(response.statusCode).toBe(403);
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it("answers 404 for another workspace's module and writes nothing there", async () => {
    const { moduleId, workspaceId } = await blankWorkspace();
    const stranger = await signUp(test);
    const before = await snapshot(workspaceId);
    const response = await stranger.request('POST', `/api/v1/modules/${moduleId}/fields`, {
      label: 'Budget',
      type: 'number',
    });
    expect(response.statusCode).toBe(404);
    expect(await snapshot(workspaceId)).toEqual(before);
  });
});

describe('PATCH /api/v1/fields/:fieldId', () => {
  it('changes label, section, required, required-from status, help text, default and position', async () => {
    const { admin, moduleId, statuses, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
    const body = {
      label: 'Buget estimat',
      section: 'Ofertă',
      required: true,
      requiredFromStatusId: statuses[2]?.id,
      helpText: 'Fără TVA',
      default: '1500',
      position: 9,
    };
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, body);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...field, ...body, default: 1500 });
    expect((await listFields(admin, moduleId))[0]).toEqual(response.json());
    expect((await auditActions(test, workspaceId)).at(-1)).toBe('field.updated');

    const cleared = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
      requiredFromStatusId: null,
      default: null,
    });
    expect(cleared.json()).toMatchObject({
      requiredFromStatusId: null,
      default: null,
      key: 'budget',
    });
  });

  it('never changes the key: 400 on key, nothing written', async () => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
    const before = await snapshot(workspaceId);
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
      key: 'buget',
      label: 'Buget',
    });
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toEqual(['key']);
    expect(response.json().error.details[0].message).toContain('cannot change');
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('renames an option label and keeps the values cards hold', async () => {
    const { admin, moduleId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      label: 'Source',
      type: 'single_choice',
      options: sourceOptions,
    });
    const card = await createCard(admin, moduleId, { title: 'Card', fields: { source: 'web' } });
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
      options: [
        { key: 'web', label: 'Site web' },
        { key: 'referral', label: 'Recomandare' },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().options).toEqual([
      { key: 'web', label: 'Site web' },
      { key: 'referral', label: 'Recomandare' },
    ]);
    expect((await readCard(admin, card.id)).fields.source).toBe('web');
  });

  it('gives new options fresh keys, never one the field already has', async () => {
    const { admin, moduleId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      label: 'Source',
      type: 'single_choice',
      options: sourceOptions,
    });
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
      options: [...sourceOptions, { label: 'Web' }, { label: 'Târg de carte' }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().options.map((o: { key: string }) => o.key)).toEqual([
      'web',
      'referral',
      'web_2',
      'targ_de_carte',
    ]);
  });

  it('removes an option no card holds, and drops a default that pointed at it', async () => {
    const { admin, moduleId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      label: 'Source',
      type: 'single_choice',
      options: sourceOptions,
      default: 'referral',
    });
    await createCard(admin, moduleId, { title: 'Card', fields: { source: 'web' } });
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
      options: [{ key: 'web', label: 'Website' }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      options: [{ key: 'web', label: 'Website' }],
      default: null,
    });
  });

  it.each([
    ['a live card', false],
    ['a trashed card', true],
  ])('refuses to remove an option %s holds with 409 naming it', async (_case, trash) => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      label: 'Source',
      type: 'multi_choice',
      options: sourceOptions,
    });
    const card = await createCard(admin, moduleId, {
      title: 'Card',
      fields: { source: ['referral'] },
    });
    if (trash) await admin.request('DELETE', `/api/v1/cards/${card.id}`);
    const before = await snapshot(workspaceId);
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
      options: [{ key: 'web', label: 'Website' }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('option_in_use');
    expect(response.json().error.message).toContain('"Referral" (referral)');
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it.each([
    ['text', 'number', {}],
    ['number', 'text', {}],
    ['single_choice', 'multi_choice', {}],
    ['text', 'single_choice', { options: sourceOptions }],
    ['date', 'datetime', {}],
  ])('changes a %s field no card holds a value for into %s', async (from, to, extra) => {
    const { admin, moduleId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      label: 'Mixed',
      type: from,
      ...(from === 'single_choice' && { options: sourceOptions }),
    });
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
      type: to,
      ...extra,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ type: to, key: 'mixed' });
  });

  it('clears the options when a choice field without data becomes a text field', async () => {
    const { admin, moduleId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      label: 'Source',
      type: 'single_choice',
      options: sourceOptions,
      default: 'web',
    });
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, { type: 'text' });
    expect(response.json()).toMatchObject({ type: 'text', options: null, default: 'web' });
  });

  it.each([
    [
      'becomes a choice field without options',
      { label: 'x', type: 'text' },
      { type: 'single_choice' },
      'options',
    ],
    [
      'gets options as a text field',
      { label: 'x', type: 'text' },
      { options: sourceOptions },
      'options',
    ],
    [
      'loses every option',
      { label: 'x', type: 'single_choice', options: sourceOptions },
      { options: [] },
      'options',
    ],
    [
      'gets a default of the wrong type',
      { label: 'x', type: 'number' },
      { default: 'many' },
      'default',
    ],
    ['gets a label too long', { label: 'x', type: 'number' }, { label: 'x'.repeat(101) }, 'label'],
    ['gets a negative position', { label: 'x', type: 'number' }, { position: -1 }, 'position'],
    [
      'names an unknown status',
      { label: 'x', type: 'number' },
      { requiredFromStatusId: newId() },
      'requiredFromStatusId',
    ],
    ['gets an unknown property', { label: 'x', type: 'number' }, { color: 'red' }, 'body'],
  ])('refuses a field that %s with 400, and changes nothing', async (_case, create, body, path) => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, create);
    const before = await snapshot(workspaceId);
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, body);
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toContain(path);
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it.each([
    ['text', 'long_text', 'Ofertă trimisă'],
    ['long_text', 'text', 'două\nrânduri'],
    ['email', 'text', 'Ana@Firma.ro'],
    ['phone', 'long_text', '0721 234 567'],
    ['url', 'text', 'firma.ro/oferta'],
  ])(
    'changes a %s field holding data into %s, keeping every value and its filter',
    async (from, to, raw) => {
      const { admin, moduleId, workspaceId } = await blankWorkspace();
      const field = await addField(admin, moduleId, {
        key: 'contact',
        label: 'Contact',
        type: from,
      });
      const card = await createCard(admin, moduleId, { title: 'Card', fields: { contact: raw } });
      const stored = card.fields.contact;
      const valuesBefore = (await snapshot(workspaceId)).values;
      const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, { type: to });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ type: to, hasData: true });
      expect((await readCard(admin, card.id)).fields.contact).toEqual(stored);
      expect((await snapshot(workspaceId)).values).toEqual(valuesBefore);
    },
  );

  it.each([
    ['number', 'text', 42],
    ['number', 'money', 42],
    ['money', 'number', { amount: '10.00', currency: 'RON' }],
    ['single_choice', 'multi_choice', 'web'],
    ['multi_choice', 'single_choice', ['web']],
    ['text', 'email', 'ana@firma.ro'],
    ['date', 'datetime', '2026-05-01'],
    ['boolean', 'number', true],
  ])(
    'refuses to turn a %s field holding data into %s with 409, changing nothing',
    async (from, to, value) => {
      const { admin, moduleId, workspaceId } = await blankWorkspace();
      const field = await addField(admin, moduleId, {
        key: 'mixed',
        label: 'Mixed',
        type: from,
        ...(from.endsWith('choice') && { options: sourceOptions }),
      });
      await createCard(admin, moduleId, { title: 'Card', fields: { mixed: value } });
      const before = await snapshot(workspaceId);
      const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
        type: to,
        ...(to.endsWith('choice') && { options: sourceOptions }),
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('type_change_loses_data');
      expect(response.json().error.message).toContain(`${from} field`);
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it('refuses to make a long text holding more than 1,000 characters a text field', async () => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, {
      key: 'notes',
      label: 'Notes',
      type: 'long_text',
    });
    await createCard(admin, moduleId, { title: 'Card', fields: { notes: 'scurt' } });
    const long = await createCard(admin, moduleId, {
      title: 'Card',
      fields: { notes: 'ă'.repeat(1001) },
    });
    const before = await snapshot(workspaceId);
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, { type: 'text' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('type_change_loses_data');
    expect(response.json().error.message).toContain(long.id);
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('restores an archived field with archived: false', async () => {
    const { admin, moduleId } = await blankWorkspace();
    const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
    await createCard(admin, moduleId, { title: 'Card', fields: { budget: 5 } });
    await admin.request('DELETE', `/api/v1/fields/${field.id}`);
    const response = await admin.request('PATCH', `/api/v1/fields/${field.id}`, {
      archived: false,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ archived: false, hasData: true });
    expect((await listFields(admin, moduleId)).map((f) => f.key)).toEqual(['budget']);
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'refuses a %s with 403 and changes nothing',
    async (role) => {
      const { admin, moduleId, workspaceId } = await blankWorkspace();
      const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
      const member = await signInAs(test, workspaceId, role);
      const before = await snapshot(workspaceId);
      const response = await member.request('PATCH', `/api/v1/fields/${field.id}`, {
        label: 'Mine',
      });
      expect(response.statusCode).toBe(403);
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it("answers 404 for an unknown field and another workspace's field", async () => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
    const stranger = await signUp(test);
    const before = await snapshot(workspaceId);
    for (const id of [field.id, newId()]) {
      expect(
        (await stranger.request('PATCH', `/api/v1/fields/${id}`, { label: 'Mine' })).statusCode,
      ).toBe(404);
    }
    expect(await snapshot(workspaceId)).toEqual(before);
  });
});

describe('DELETE /api/v1/fields/:fieldId', () => {
  it('deletes a field no card holds a value for: 204 and the row is gone', async () => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
    await createCard(admin, moduleId, { title: 'Card', fields: {} });
    const response = await admin.request('DELETE', `/api/v1/fields/${field.id}`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect((await snapshot(workspaceId)).fields).toEqual([]);
    expect((await auditActions(test, workspaceId)).at(-1)).toBe('field.deleted');
  });

  it.each([
    ['a live card', false],
    ['a trashed card', true],
  ])('archives a field %s holds a value for: 200, archived, values kept', async (_case, trash) => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
    const card = await createCard(admin, moduleId, { title: 'Card', fields: { budget: 1200 } });
    if (trash) await admin.request('DELETE', `/api/v1/cards/${card.id}`);
    const valuesBefore = (await snapshot(workspaceId)).values;
    const response = await admin.request('DELETE', `/api/v1/fields/${field.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...field, archived: true, hasData: true });
    const after = await snapshot(workspaceId);
    expect(after.fields[0]?.archived_at).not.toBeNull();
    expect(after.values).toEqual(valuesBefore);
    expect(after.audit.at(-1)).toBe('field.archived');
    expect(await listFields(admin, moduleId)).toEqual([]);
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'refuses a %s with 403 and deletes nothing',
    async (role) => {
      const { admin, moduleId, workspaceId } = await blankWorkspace();
      const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
      const member = await signInAs(test, workspaceId, role);
      const before = await snapshot(workspaceId);
      expect((await member.request('DELETE', `/api/v1/fields/${field.id}`)).statusCode).toBe(403);
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it("answers 404 for an unknown field and another workspace's field", async () => {
    const { admin, moduleId, workspaceId } = await blankWorkspace();
    const field = await addField(admin, moduleId, { label: 'Budget', type: 'number' });
    const stranger = await signUp(test);
    const before = await snapshot(workspaceId);
    for (const id of [field.id, newId()]) {
      expect((await stranger.request('DELETE', `/api/v1/fields/${id}`)).statusCode).toBe(404);
    }
    expect(await snapshot(workspaceId)).toEqual(before);
  });
});

describe('PUT /api/v1/modules/:moduleId/fields/order', () => {
  it('sets the order of the fields in one go, and refuses a stale, doubled or foreign list', async () => {
    const client = await signUp(test);
    const moduleId = await addModule(client, { name: 'Vânzări', template: 'sales' });
    const listed = await client.request('GET', `/api/v1/modules/${moduleId}/fields`);
    const ids: string[] = listed.json().items.map((f: { id: string }) => f.id);
    const reversed = [...ids].reverse();

    const response = await client.request('PUT', `/api/v1/modules/${moduleId}/fields/order`, {
      ids: reversed,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((f: { id: string }) => f.id)).toEqual(reversed);

    const before = await test.db
      .selectFrom('fields')
      .select(['id', 'position'])
      .where('module_id', '=', moduleId)
      .orderBy('id')
      .execute();
    for (const [body, status] of [
      [{ ids: reversed.slice(1) }, 409],
      [{ ids: [...reversed, reversed[0]] }, 400],
      [{ ids: [...reversed.slice(1), 'not-a-field'] }, 400],
      [{ ids: [] }, 400],
    ] as const) {
      const refused = await client.request('PUT', `/api/v1/modules/${moduleId}/fields/order`, body);
      expect(refused.statusCode).toBe(status);
    }
    const after = await test.db
      .selectFrom('fields')
      .select(['id', 'position'])
      .where('module_id', '=', moduleId)
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);

    const user = await signInAs(test, client.me.workspace.id, 'user');
    const forbidden = await user.request('PUT', `/api/v1/modules/${moduleId}/fields/order`, {
      ids,
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
