// A module's pipeline over HTTP on a real database: list, add, change, reorder and remove
// statuses, with every refusal leaving the database as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/server/ids';
import { signUp, type Client } from './clients';
import {
  addModule,
  auditActions,
  countRows,
  createCard,
  detailPaths,
  grantModule,
  signInAs,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

type Status = {
  id: string;
  moduleId: string;
  name: string;
  group: string;
  color: string;
  probability: number;
  position: number;
  cardCount: number;
};

async function listStatuses(client: Client, moduleId: string): Promise<Status[]> {
  const response = await client.request('GET', `/api/v1/modules/${moduleId}/statuses`);
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

/** An admin with an English Sales module (statuses New lead … Won, Lost), no sample cards. */
async function salesWorkspace(options: { sampleData?: boolean } = {}) {
  const admin = await signUp(test);
  const moduleId = await addModule(admin, { name: 'Sales', template: 'sales', ...options });
  const statuses = await listStatuses(admin, moduleId);
  const byName = (name: string) => statuses.find((s) => s.name === name) as Status;
  return { admin, moduleId, statuses, byName, workspaceId: admin.me.workspace.id };
}

/** What a refused request must leave untouched: the workspace's statuses, cards, totals, audit. */
async function snapshot(workspaceId: string) {
  const [statuses, cards, totals, money, fields, audit] = await Promise.all([
    test.db
      .selectFrom('statuses')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute(),
    test.db
      .selectFrom('cards')
      .select(['id', 'status_id', 'version'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute(),
    test.db
      .selectFrom('status_totals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('status_id')
      .execute(),
    test.db
      .selectFrom('status_money_totals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('status_id')
      .orderBy('field_id')
      .execute(),
    test.db
      .selectFrom('fields')
      .select(['id', 'required_from_status_id'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute(),
    auditActions(test, workspaceId),
  ]);
  return { statuses, cards, totals, money, fields, audit };
}

describe('GET /api/v1/modules/:moduleId/statuses', () => {
  it('lists the statuses in pipeline order with the live cards each holds', async () => {
    const { admin, moduleId, workspaceId } = await salesWorkspace({ sampleData: true });
    const statuses = await listStatuses(admin, moduleId);
    expect(statuses.map((s) => s.name)).toEqual([
      'New lead',
      'Contacted',
      'Needs analysis',
      'Offer sent',
      'Negotiation',
      'Won',
      'Lost',
    ]);
    expect(statuses.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(statuses[0]).toEqual({
      id: expect.any(String),
      moduleId,
      name: 'New lead',
      group: 'lead',
      color: '#868e96',
      probability: 10,
      position: 0,
      cardCount: expect.any(Number),
    });
    const live = await test.db
      .selectFrom('cards')
      .select(['status_id'])
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .execute();
    for (const status of statuses) {
      expect(status.cardCount).toBe(live.filter((c) => c.status_id === status.id).length);
    }
    expect(statuses.reduce((sum, s) => sum + s.cardCount, 0)).toBeGreaterThan(0);
  });

  it('leaves trashed cards out of the count', async () => {
    const { admin, moduleId, byName } = await salesWorkspace();
    const lead = byName('New lead');
    const card = await createCard(admin, moduleId, { title: 'Ofertă ERP', statusId: lead.id });
    await createCard(admin, moduleId, { title: 'Ofertă CRM', statusId: lead.id });
    expect((await admin.request('DELETE', `/api/v1/cards/${card.id}`)).statusCode).toBeLessThan(
      300,
    );
    const after = await listStatuses(admin, moduleId);
    expect(after.find((s) => s.id === lead.id)?.cardCount).toBe(1);
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'shows a %s the pipeline of a module granted to them, and 404 for one that is not',
    async (role) => {
      const { admin, moduleId, workspaceId } = await salesWorkspace();
      const other = await addModule(admin, { name: 'Help', template: 'helpdesk' });
      const member = await signInAs(test, workspaceId, role);
      await grantModule(test, { workspaceId, userId: member.me.user.id, moduleId, access: 'read' });
      expect(await listStatuses(member, moduleId)).toEqual(await listStatuses(admin, moduleId));
      const hidden = await member.request('GET', `/api/v1/modules/${other}/statuses`);
      expect(hidden.statusCode).toBe(404);
    },
  );

  it("answers 404 for an unknown module and for another workspace's module", async () => {
    const { moduleId } = await salesWorkspace();
    const stranger = await signUp(test);
    for (const id of [moduleId, newId()]) {
      const response = await stranger.request('GET', `/api/v1/modules/${id}/statuses`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('answers 401 to a caller who is not signed in', async () => {
    const { moduleId } = await salesWorkspace();
    const response = await test.app.inject({
      method: 'GET',
      url: `/api/v1/modules/${moduleId}/statuses`,
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('POST /api/v1/modules/:moduleId/statuses', () => {
  it.each([
    ['lead', '#868e96', 10],
    ['open', '#228be6', 50],
    ['won', '#40c057', 100],
    ['lost', '#fa5252', 0],
  ])(
    'appends a %s status with the colour %s and probability %i of its group',
    async (group, color, probability) => {
      const { admin, moduleId, workspaceId } = await salesWorkspace();
      const response = await admin.request('POST', `/api/v1/modules/${moduleId}/statuses`, {
        name: '  Contract semnat  ',
        group,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({
        id: expect.any(String),
        moduleId,
        name: 'Contract semnat',
        group,
        color,
        probability,
        position: 7,
        cardCount: 0,
      });
      const statuses = await listStatuses(admin, moduleId);
      expect(statuses.at(-1)).toEqual(response.json());
      expect((await auditActions(test, workspaceId)).at(-1)).toBe('status.created');
    },
  );

  it('takes a colour in any case and a probability of its own', async () => {
    const { admin, moduleId } = await salesWorkspace();
    const response = await admin.request('POST', `/api/v1/modules/${moduleId}/statuses`, {
      name: 'Demo',
      group: 'open',
      color: '#AbCdEf',
      probability: 35,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ color: '#abcdef', probability: 35 });
  });

  it.each([
    ['an empty name', { name: '   ', group: 'open' }, 'name'],
    ['a name of 61 characters', { name: 'x'.repeat(61), group: 'open' }, 'name'],
    ['a missing group', { name: 'Demo' }, 'group'],
    ['an unknown group', { name: 'Demo', group: 'closed' }, 'group'],
    ['a colour name', { name: 'Demo', group: 'open', color: 'red' }, 'color'],
    ['a short colour', { name: 'Demo', group: 'open', color: '#abc' }, 'color'],
    ['a probability over 100', { name: 'Demo', group: 'open', probability: 101 }, 'probability'],
    ['a negative probability', { name: 'Demo', group: 'open', probability: -1 }, 'probability'],
    ['a fractional probability', { name: 'Demo', group: 'open', probability: 12.5 }, 'probability'],
    ['an unknown property', { name: 'Demo', group: 'open', rank: 3 }, 'body'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, path) => {
    const { admin, moduleId, workspaceId } = await salesWorkspace();
    const before = await snapshot(workspaceId);
    const response = await admin.request('POST', `/api/v1/modules/${moduleId}/statuses`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(detailPaths(response.json())).toContain(path);
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it.each(['Won', 'WON', '  won '])(
    'refuses the name %j, taken in the module whatever its case, with 409',
    async (name) => {
      const { admin, moduleId, workspaceId } = await salesWorkspace();
      const before = await snapshot(workspaceId);
      const response = await admin.request('POST', `/api/v1/modules/${moduleId}/statuses`, {
        name,
        group: 'won',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('status_name_taken');
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it('allows the same name in another module', async () => {
    const { admin } = await salesWorkspace();
    const other = await addModule(admin, { name: 'Own', template: 'blank' });
    const response = await admin.request('POST', `/api/v1/modules/${other}/statuses`, {
      name: 'Won',
      group: 'won',
    });
    expect(response.statusCode).toBe(201);
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'refuses a %s with 403, even on a module they may write to, and writes nothing',
    async (role) => {
      const { moduleId, workspaceId } = await salesWorkspace();
      const member = await signInAs(test, workspaceId, role);
      await grantModule(test, {
        workspaceId,
        userId: member.me.user.id,
        moduleId,
        access: 'write',
      });
      const before = await snapshot(workspaceId);
      const response = await member.request('POST', `/api/v1/modules/${moduleId}/statuses`, {
        name: 'Demo',
        group: 'open',
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it("answers 404 for another workspace's module and writes nothing there", async () => {
    const { moduleId, workspaceId } = await salesWorkspace();
    const stranger = await signUp(test);
    const before = await snapshot(workspaceId);
    const response = await stranger.request('POST', `/api/v1/modules/${moduleId}/statuses`, {
      name: 'Demo',
      group: 'open',
    });
    expect(response.statusCode).toBe(404);
    expect(await snapshot(workspaceId)).toEqual(before);
  });
});

describe('PATCH /api/v1/statuses/:statusId', () => {
  it('renames, recolours, moves to another group and sets the probability', async () => {
    const { admin, moduleId, byName, workspaceId } = await salesWorkspace();
    const status = byName('Negotiation');
    const response = await admin.request('PATCH', `/api/v1/statuses/${status.id}`, {
      name: ' Negociere ',
      color: '#112233',
      group: 'lead',
      probability: 70,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ...status,
      name: 'Negociere',
      color: '#112233',
      group: 'lead',
      probability: 70,
    });
    expect((await listStatuses(admin, moduleId)).find((s) => s.id === status.id)).toEqual(
      response.json(),
    );
    expect((await auditActions(test, workspaceId)).at(-1)).toBe('status.updated');
  });

  it('changes only what is sent, and lets a status change the case of its own name', async () => {
    const { admin, byName } = await salesWorkspace();
    const status = byName('Won');
    const response = await admin.request('PATCH', `/api/v1/statuses/${status.id}`, { name: 'WON' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...status, name: 'WON' });
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a name of 61 characters', { name: 'x'.repeat(61) }, 'name'],
    ['an unknown group', { group: 'done' }, 'group'],
    ['a bad colour', { color: '#12345g' }, 'color'],
    ['a probability over 100', { probability: 150 }, 'probability'],
    ['a position', { position: 2 }, 'body'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_case, body, path) => {
    const { admin, byName, workspaceId } = await salesWorkspace();
    const before = await snapshot(workspaceId);
    const response = await admin.request('PATCH', `/api/v1/statuses/${byName('Won').id}`, body);
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toContain(path);
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('refuses the name of another status of the module with 409', async () => {
    const { admin, byName, workspaceId } = await salesWorkspace();
    const before = await snapshot(workspaceId);
    const response = await admin.request('PATCH', `/api/v1/statuses/${byName('Won').id}`, {
      name: 'lost',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('status_name_taken');
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'refuses a %s with 403 and changes nothing',
    async (role) => {
      const { byName, workspaceId } = await salesWorkspace();
      const member = await signInAs(test, workspaceId, role);
      const before = await snapshot(workspaceId);
      const response = await member.request('PATCH', `/api/v1/statuses/${byName('Won').id}`, {
        name: 'Mine',
      });
      expect(response.statusCode).toBe(403);
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it("answers 404 for an unknown status and another workspace's status", async () => {
    const { byName, workspaceId } = await salesWorkspace();
    const stranger = await signUp(test);
    const before = await snapshot(workspaceId);
    for (const id of [byName('Won').id, newId()]) {
      const response = await stranger.request('PATCH', `/api/v1/statuses/${id}`, { name: 'Mine' });
      expect(response.statusCode).toBe(404);
    }
    expect(await snapshot(workspaceId)).toEqual(before);
  });
});

describe('PUT /api/v1/modules/:moduleId/statuses/order', () => {
  it('sets the order of the pipeline', async () => {
    const { admin, moduleId, statuses, workspaceId } = await salesWorkspace();
    const ids = statuses.map((s) => s.id).reverse();
    const response = await admin.request('PUT', `/api/v1/modules/${moduleId}/statuses/order`, {
      ids,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((s: Status) => s.id)).toEqual(ids);
    const listed = await listStatuses(admin, moduleId);
    expect(listed.map((s) => s.id)).toEqual(ids);
    expect(listed.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect((await auditActions(test, workspaceId)).at(-1)).toBe('status.reordered');
  });

  it('refuses an order that leaves a status out with 409 stale_order, and keeps the order', async () => {
    const { admin, moduleId, statuses, workspaceId } = await salesWorkspace();
    const before = await snapshot(workspaceId);
    const response = await admin.request('PUT', `/api/v1/modules/${moduleId}/statuses/order`, {
      ids: statuses.slice(1).map((s) => s.id),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('stale_order');
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it.each([
    ['names a status twice', (ids: string[], _other: string) => [...ids, ids[0]]],
    ['names an unknown id', (ids: string[], _other: string) => [...ids.slice(1), newId()]],
    ['names a status of another module', (ids: string[], other: string) => [...ids, other]],
    ['is empty', () => []],
  ])('refuses an order that %s with 400 on ids, and keeps the order', async (_case, make) => {
    const { admin, moduleId, statuses, workspaceId } = await salesWorkspace();
    const blank = await addModule(admin, { name: 'Own', template: 'blank' });
    const otherStatus = (await listStatuses(admin, blank))[0] as Status;
    const before = await snapshot(workspaceId);
    const response = await admin.request('PUT', `/api/v1/modules/${moduleId}/statuses/order`, {
      ids: make(
        statuses.map((s) => s.id),
        otherStatus.id,
      ),
    });
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toContain('ids');
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'refuses a %s with 403 and keeps the order',
    async (role) => {
      const { moduleId, statuses, workspaceId } = await salesWorkspace();
      const member = await signInAs(test, workspaceId, role);
      const before = await snapshot(workspaceId);
      const response = await member.request('PUT', `/api/v1/modules/${moduleId}/statuses/order`, {
        ids: statuses.map((s) => s.id).reverse(),
      });
      expect(response.statusCode).toBe(403);
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it("answers 404 for another workspace's module and keeps its order", async () => {
    const { moduleId, statuses, workspaceId } = await salesWorkspace();
    const stranger = await signUp(test);
    const before = await snapshot(workspaceId);
    const response = await stranger.request('PUT', `/api/v1/modules/${moduleId}/statuses/order`, {
      ids: statuses.map((s) => s.id).reverse(),
    });
    expect(response.statusCode).toBe(404);
    expect(await snapshot(workspaceId)).toEqual(before);
  });
});

describe('DELETE /api/v1/statuses/:statusId', () => {
  it('removes a status that holds no card', async () => {
    const { admin, moduleId, byName, workspaceId } = await salesWorkspace();
    const response = await admin.request('DELETE', `/api/v1/statuses/${byName('Contacted').id}`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect((await listStatuses(admin, moduleId)).map((s) => s.name)).not.toContain('Contacted');
    expect((await auditActions(test, workspaceId)).at(-1)).toBe('status.deleted');
  });

  it('never removes the last status of a module: 409 last_status', async () => {
    const { admin, workspaceId } = await salesWorkspace();
    const blank = await addModule(admin, { name: 'Own', template: 'blank' });
    const [first, second, third] = await listStatuses(admin, blank);
    for (const status of [first, second]) {
      expect((await admin.request('DELETE', `/api/v1/statuses/${status?.id}`)).statusCode).toBe(
        204,
      );
    }
    const before = await snapshot(workspaceId);
    const response = await admin.request('DELETE', `/api/v1/statuses/${third?.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('last_status');
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('refuses to remove a status holding cards without moveTo: 409 naming the count', async () => {
    const { admin, moduleId, byName, workspaceId } = await salesWorkspace();
    const contacted = byName('Contacted');
    for (const title of ['A', 'B', 'C']) {
      await createCard(admin, moduleId, { title, statusId: contacted.id });
    }
    const before = await snapshot(workspaceId);
    const response = await admin.request('DELETE', `/api/v1/statuses/${contacted.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'status_has_cards' });
    expect(response.json().error.message).toContain('3 cards');
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('counts trashed cards too: they would lose their status', async () => {
    const { admin, moduleId, byName, workspaceId } = await salesWorkspace();
    const contacted = byName('Contacted');
    const card = await createCard(admin, moduleId, { title: 'A', statusId: contacted.id });
    await admin.request('DELETE', `/api/v1/cards/${card.id}`);
    expect(
      (await listStatuses(admin, moduleId)).find((s) => s.id === contacted.id)?.cardCount,
    ).toBe(0);
    const before = await snapshot(workspaceId);
    const response = await admin.request('DELETE', `/api/v1/statuses/${contacted.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('status_has_cards');
    expect(response.json().error.message).toContain('1 card ');
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it.each([
    ['the status itself', 'self'],
    ['a status of another module', 'other-module'],
    ['an unknown id', 'unknown'],
    ['a status of another workspace', 'other-workspace'],
  ])('refuses moveTo naming %s with 400 on moveTo, and changes nothing', async (_case, target) => {
    const { admin, moduleId, byName, workspaceId } = await salesWorkspace();
    const contacted = byName('Contacted');
    await createCard(admin, moduleId, { title: 'A', statusId: contacted.id });
    const blank = await addModule(admin, { name: 'Own', template: 'blank' });
    const stranger = await signUp(test, { modules: ['sales'] });
    const strangerModule = (await stranger.request('GET', '/api/v1/modules')).json().items[0].id;
    const moveTo = {
      self: contacted.id,
      'other-module': (await listStatuses(admin, blank))[0]?.id,
      unknown: newId(),
      'other-workspace': (await listStatuses(stranger, strangerModule))[0]?.id,
    }[target];
    const before = await snapshot(workspaceId);
    const response = await admin.request(
      'DELETE',
      `/api/v1/statuses/${contacted.id}?moveTo=${moveTo}`,
    );
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toEqual(['moveTo']);
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('with moveTo moves every card, the column totals and the money sums, then removes it', async () => {
    const { admin, moduleId, byName, workspaceId } = await salesWorkspace();
    const offer = byName('Offer sent');
    const negotiation = byName('Negotiation');
    const value = (amount: string) => ({ value: { amount, currency: 'RON' } });
    const moved = [
      await createCard(admin, moduleId, {
        title: 'A',
        statusId: offer.id,
        fields: value('100.50'),
      }),
      await createCard(admin, moduleId, {
        title: 'B',
        statusId: offer.id,
        fields: value('200.00'),
      }),
      await createCard(admin, moduleId, { title: 'C', statusId: offer.id, fields: value('5.00') }),
    ];
    await createCard(admin, moduleId, {
      title: 'D',
      statusId: negotiation.id,
      fields: value('1000'),
    });
    await admin.request('DELETE', `/api/v1/cards/${moved[2]?.id}`);
    const historyBefore = await countRows(test, 'card_history', workspaceId);
    const auditBefore = await auditActions(test, workspaceId);

    const response = await admin.request(
      'DELETE',
      `/api/v1/statuses/${offer.id}?moveTo=${negotiation.id}`,
    );
    expect(response.statusCode).toBe(204);

    const statuses = await listStatuses(admin, moduleId);
    expect(statuses.map((s) => s.id)).not.toContain(offer.id);
    expect(statuses.find((s) => s.id === negotiation.id)?.cardCount).toBe(3);
    const cards = await test.db
      .selectFrom('cards')
      .select(['id', 'status_id', 'version'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(cards.every((c) => c.status_id === negotiation.id)).toBe(true);
    for (const card of moved) {
      const row = cards.find((c) => c.id === card.id);
      expect(row?.version).toBeGreaterThan(card.version);
    }
    const money = await test.db
      .selectFrom('status_money_totals')
      .select(['status_id', 'currency', 'amount_minor'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(money.map((m) => ({ ...m, amount_minor: Number(m.amount_minor) }))).toEqual([
      { status_id: negotiation.id, currency: 'RON', amount_minor: 130050 },
    ]);
    const totals = await test.db
      .selectFrom('status_totals')
      .select(['status_id', 'card_count'])
      .where('workspace_id', '=', workspaceId)
      .where('card_count', '!=', 0)
      .execute();
    expect(totals).toEqual([{ status_id: negotiation.id, card_count: 3 }]);
    // The sales template's Value field was required from "Offer sent" on; it no longer is.
    const valueField = await test.db
      .selectFrom('fields')
      .select('required_from_status_id')
      .where('workspace_id', '=', workspaceId)
      .where('key', '=', 'value')
      .executeTakeFirstOrThrow();
    expect(valueField.required_from_status_id).toBeNull();
    // One audit row for the whole move, no history row per card.
    expect(await auditActions(test, workspaceId)).toEqual([...auditBefore, 'status.deleted']);
    const audit = await test.db
      .selectFrom('audit_log')
      .select('details')
      .where('workspace_id', '=', workspaceId)
      .where('action', '=', 'status.deleted')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ moveTo: negotiation.id, movedCards: 3 });
    expect(await countRows(test, 'card_history', workspaceId)).toBe(historyBefore);
  });

  it('moves sample cards of a template module too, and the board shows them in the new column', async () => {
    const { admin, moduleId, byName, workspaceId } = await salesWorkspace({ sampleData: true });
    const lead = byName('New lead');
    const contacted = byName('Contacted');
    const expected = lead.cardCount + contacted.cardCount;
    expect(lead.cardCount).toBeGreaterThan(0);
    const response = await admin.request(
      'DELETE',
      `/api/v1/statuses/${lead.id}?moveTo=${contacted.id}`,
    );
    expect(response.statusCode).toBe(204);
    expect(
      (await listStatuses(admin, moduleId)).find((s) => s.id === contacted.id)?.cardCount,
    ).toBe(expected);
    const left = await test.db
      .selectFrom('cards')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('status_id', '=', lead.id)
      .execute();
    expect(left).toEqual([]);
  });

  it.each(['manager', 'user', 'restricted'] as const)(
    'refuses a %s with 403 and removes nothing',
    async (role) => {
      const { byName, workspaceId } = await salesWorkspace();
      const member = await signInAs(test, workspaceId, role);
      const before = await snapshot(workspaceId);
      const response = await member.request('DELETE', `/api/v1/statuses/${byName('Contacted').id}`);
      expect(response.statusCode).toBe(403);
      expect(await snapshot(workspaceId)).toEqual(before);
    },
  );

  it("answers 404 for an unknown status and another workspace's status", async () => {
    const { byName, workspaceId } = await salesWorkspace();
    const stranger = await signUp(test);
    const before = await snapshot(workspaceId);
    for (const id of [byName('Contacted').id, newId()]) {
      const response = await stranger.request('DELETE', `/api/v1/statuses/${id}`);
      expect(response.statusCode).toBe(404);
    }
    expect(await snapshot(workspaceId)).toEqual(before);
  });
});
