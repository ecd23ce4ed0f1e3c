// Changing cards over HTTP on a real database: the required rules on a move, optimistic locking
// (a stale or racing version gets 409 and changes nothing), the history of every change, comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import {
  addField,
  cardState,
  createCard,
  detailPaths,
  insertUser,
  moduleWithFields,
  readCard,
  type StatusRef,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let moduleId: string;
let pipeline: [StatusRef, StatusRef, StatusRef];
let workspaceId: string;

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  workspaceId = admin.me.workspace.id;
  const made = await moduleWithFields(admin, [
    { key: 'value', label: 'Value', type: 'money' },
    { key: 'note', label: 'Note', type: 'text' },
  ]);
  moduleId = made.moduleId;
  pipeline = made.statuses as [StatusRef, StatusRef, StatusRef];
});
afterAll(async () => {
  await test.close();
});

type HistoryEntry = {
  id: string;
  kind: string;
  userId: string | null;
  userName: string | null;
  at: string;
  changes: { field: string; label: string; from: unknown; to: unknown }[];
  body: string | null;
};

async function historyOf(cardId: string, client = admin): Promise<HistoryEntry[]> {
  const response = await client.request('GET', `/api/v1/cards/${cardId}/history`);
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

const patch = (cardId: string, body: Record<string, unknown>, client = admin) =>
  client.request('PATCH', `/api/v1/cards/${cardId}`, body);

describe('required and required-from-status fields', () => {
  async function requiredModule() {
    const { moduleId: id, statuses: pipeline } = await moduleWithFields(admin, [], 'Required');
    const [, inProgress] = pipeline;
    await addField(admin, id, { key: 'code', label: 'Code', type: 'text', required: true });
    await addField(admin, id, {
      key: 'value',
      label: 'Value',
      type: 'money',
      requiredFromStatusId: inProgress!.id,
    });
    return { id, pipeline: pipeline as [StatusRef, StatusRef, StatusRef] };
  }

  it('refuses a card without a required field, naming it', async () => {
    const { id } = await requiredModule();
    const before = await cardState(test, admin.me.workspace.id);
    const response = await admin.request('POST', `/api/v1/modules/${id}/cards`, { title: 'X' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'fields.code', message: 'is required', code: 'required' },
    ]);
    expect(await cardState(test, admin.me.workspace.id)).toEqual(before);
  });

  it.each([1, 2])(
    'refuses a card created in status %i without a field required from status 1 on',
    async (index) => {
      const { id, pipeline } = await requiredModule();
      const before = await cardState(test, admin.me.workspace.id);
      const response = await admin.request('POST', `/api/v1/modules/${id}/cards`, {
        title: 'X',
        statusId: pipeline[index]!.id,
        fields: { code: 'A1' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        {
          path: 'fields.value',
          message: expect.stringContaining(pipeline[index]!.name),
          code: 'required_from_status',
        },
      ]);
      expect(await cardState(test, admin.me.workspace.id)).toEqual(before);
    },
  );

  it('refuses a move into or past the status while the field is empty, then allows it once filled', async () => {
    const { id, pipeline } = await requiredModule();
    const card = await createCard(admin, id, { title: 'X', fields: { code: 'A1' } });
    expect(card.statusId).toBe(pipeline[0].id);
    for (const status of [pipeline[1], pipeline[2]]) {
      const before = await cardState(test, admin.me.workspace.id);
      const move = await admin.request('PATCH', `/api/v1/cards/${card.id}`, {
        version: 1,
        statusId: status.id,
      });
      expect(move.statusCode).toBe(400);
      expect(detailPaths(move.json())).toEqual(['fields.value']);
      expect(move.json().error.details[0].message).toContain(status.name);
      expect(await cardState(test, admin.me.workspace.id)).toEqual(before);
    }
    const moved = await admin.request('PATCH', `/api/v1/cards/${card.id}`, {
      version: 1,
      statusId: pipeline[1].id,
      fields: { value: '500' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ statusId: pipeline[1].id, version: 2 });
  });

  it('refuses emptying a field the card must hold where it is, and allows it after moving back', async () => {
    const { id, pipeline } = await requiredModule();
    const card = await createCard(admin, id, {
      title: 'X',
      statusId: pipeline[1].id,
      fields: { code: 'A1', value: '10' },
    });
    for (const fields of [{ value: null }, { value: '' }, { code: '  ' }]) {
      const response = await admin.request('PATCH', `/api/v1/cards/${card.id}`, {
        version: 1,
        fields,
      });
      expect(response.statusCode).toBe(400);
      expect(detailPaths(response.json())).toEqual([`fields.${Object.keys(fields)[0]}`]);
    }
    expect(await readCard(admin, card.id)).toEqual(card);
    const back = await admin.request('PATCH', `/api/v1/cards/${card.id}`, {
      version: 1,
      statusId: pipeline[0].id,
      fields: { value: null },
    });
    expect(back.statusCode).toBe(200);
    expect(back.json().fields.value).toBeNull();
  });
});

describe('PATCH /api/v1/cards/:cardId refusals', () => {
  it.each([
    ['no version', 'version', { title: 'New' }],
    ['version 0', 'version', { version: 0, title: 'New' }],
    ['an empty title', 'title', { version: 1, title: ' ' }],
    ['a bad value', 'fields.value', { version: 1, fields: { value: 'lots' } }],
    ['a field the module lacks', 'fields.nope', { version: 1, fields: { nope: 1 } }],
    ['a status that is not one', 'statusId', { version: 1, statusId: 'nope' }],
    ['an unknown key', 'body', { version: 1, rank: 'a0' }],
  ])('refuses %s with 400 naming %s, and changes nothing', async (_what, path, body) => {
    const card = await createCard(admin, moduleId, { title: 'Refused' });
    const before = await cardState(test, workspaceId);
    const response = await patch(card.id, body);
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toContain(path);
    expect(await cardState(test, workspaceId)).toEqual(before);
  });
});

describe('optimistic locking', () => {
  it.each([
    ['an old version', 1],
    ['a version from the future', 9],
  ])(
    'refuses a change at %s with 409 stale_version, and changes nothing',
    async (_what, version) => {
      const card = await createCard(admin, moduleId, { title: 'Locked' });
      await patch(card.id, { version: 1, title: 'Locked twice' });
      const before = await cardState(test, workspaceId);
      const response = await patch(card.id, {
        version,
        title: 'Overwrite',
        statusId: pipeline[1].id,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('stale_version');
      expect(await cardState(test, workspaceId)).toEqual(before);
    },
  );

  it('lets exactly one of five changes at the same version win; the others get 409', async () => {
    const card = await createCard(admin, moduleId, { title: 'Raced', fields: { value: '10' } });
    const responses = await Promise.all(
      [0, 1, 2, 0, 1].map((index, n) =>
        patch(card.id, { version: 1, title: `Racer ${n}`, statusId: pipeline[index]!.id }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    const winner = responses.find((r) => r.statusCode === 200)!.json();
    const loser = responses.find((r) => r.statusCode === 409)!.json();
    expect(loser.error.code).toBe('stale_version');
    expect(await readCard(admin, card.id)).toMatchObject({
      title: winner.title,
      statusId: winner.statusId,
      version: 2,
    });
    const updates = (await historyOf(card.id)).filter((h) => h.kind === 'updated');
    expect(updates).toHaveLength(1);
    const totals = await test.db
      .selectFrom('status_totals')
      .select(['status_id', 'card_count'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const live = await test.db
      .selectFrom('cards')
      .select(['status_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .groupBy('status_id')
      .execute();
    for (const { status_id, n } of live) {
      expect(totals.find((t) => t.status_id === status_id)?.card_count).toBe(Number(n));
    }
  });
});

describe('history', () => {
  it('records the creation with its author and time', async () => {
    const card = await createCard(admin, moduleId, { title: 'Born' });
    expect(await historyOf(card.id)).toEqual([
      {
        id: expect.any(String),
        kind: 'created',
        userId: admin.me.user.id,
        userName: 'Ana Pop',
        at: card.createdAt,
        changes: [],
        body: null,
      },
    ]);
  });

  it('records a change with from and to per field, status names and the owner, newest first', async () => {
    const colleague = await insertUser(test, workspaceId, 'user');
    const card = await createCard(admin, moduleId, { title: 'Old', fields: { note: 'a' } });
    const changed = await patch(card.id, {
      version: 1,
      title: 'New',
      statusId: pipeline[1].id,
      ownerId: colleague.id,
      fields: { value: { amount: '250', currency: 'RON' }, note: null },
    });
    expect(changed.statusCode).toBe(200);
    const [latest, created] = await historyOf(card.id);
    expect(created?.kind).toBe('created');
    expect(latest).toMatchObject({
      kind: 'updated',
      userId: admin.me.user.id,
      userName: 'Ana Pop',
    });
    expect(latest?.at).toBe(changed.json().updatedAt);
    expect(latest?.changes).toEqual([
      { field: 'title', label: 'title', from: 'Old', to: 'New' },
      { field: 'status', label: 'status', from: pipeline[0].name, to: pipeline[1].name },
      { field: 'owner', label: 'owner', from: admin.me.user.id, to: colleague.id },
      { field: 'value', label: 'Value', from: null, to: { amount: '250.00', currency: 'RON' } },
      { field: 'note', label: 'Note', from: 'a', to: null },
    ]);
  });

  it('adds nothing for a refused change', async () => {
    const card = await createCard(admin, moduleId, { title: 'Kept' });
    await patch(card.id, { version: 1, fields: { value: 'x' } });
    await patch(card.id, { version: 5, title: 'Stale' });
    expect((await historyOf(card.id)).map((h) => h.kind)).toEqual(['created']);
  });

  it('pages the timeline with a cursor, newest first, each entry once', async () => {
    const card = await createCard(admin, moduleId, { title: 'Busy' });
    for (let version = 1; version <= 5; version += 1) {
      await patch(card.id, { version, title: `Busy ${version}` });
    }
    const seen: string[] = [];
    let url = `/api/v1/cards/${card.id}/history?limit=2`;
    for (;;) {
      const page = (await admin.request('GET', url)).json();
      seen.push(...page.items.map((h: HistoryEntry) => h.id));
      if (!page.nextCursor) break;
      url = `/api/v1/cards/${card.id}/history?limit=2&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual((await historyOf(card.id)).map((h) => h.id));
    expect(seen).toHaveLength(6);
  });
});

describe('POST /api/v1/cards/:cardId/comments', () => {
  it('adds a comment to the timeline with its author', async () => {
    const card = await createCard(admin, moduleId, { title: 'Talked about' });
    const response = await admin.request('POST', `/api/v1/cards/${card.id}/comments`, {
      body: '  Sunat clientul, revine mâine.  ',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'comment',
      body: 'Sunat clientul, revine mâine.',
      userId: admin.me.user.id,
    });
    expect((await historyOf(card.id))[0]).toEqual(response.json());
    expect((await readCard(admin, card.id)).version).toBe(1);
  });

  it.each([
    ['an empty comment', { body: '' }, 'body'],
    ['a comment of spaces', { body: '   ' }, 'body'],
    ['a comment of 10,001 characters', { body: 'x'.repeat(10_001) }, 'body'],
    ['no body', {}, 'body'],
    ['an unknown key', { body: 'x', pinned: true }, 'body'],
  ])('refuses %s with 400, and writes nothing', async (_what, body, path) => {
    const card = await createCard(admin, moduleId, { title: 'Quiet' });
    const before = await cardState(test, workspaceId);
    const response = await admin.request('POST', `/api/v1/cards/${card.id}/comments`, body);
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toContain(path);
    expect(await cardState(test, workspaceId)).toEqual(before);
  });
});
