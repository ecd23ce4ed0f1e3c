// Who reaches which cards, over HTTP on a real database: restricted users their own cards only,
// read-only access reads, no access sees nothing, archived modules take no writes, and another
// workspace reaches nothing at all. Every refusal leaves the workspace as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import {
  addModule,
  boardOf,
  cardState,
  createCard,
  grantModule,
  moduleWithFields,
  signInAs,
  walkList,
  type Card,
  type StatusRef,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let workspaceId: string;
let moduleId: string;
let pipeline: StatusRef[];
const as = {} as Record<'restricted' | 'reader' | 'noGrant' | 'noneGrant' | 'writer', Client>;
const card = {} as Record<'admins' | 'restricteds' | 'trashed', Card>;
let attachmentId: string;

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  workspaceId = admin.me.workspace.id;
  ({ moduleId, statuses: pipeline } = await moduleWithFields(admin, [
    { key: 'value', label: 'Value', type: 'money' },
  ]));
  as.restricted = await signInAs(test, workspaceId, 'restricted');
  as.reader = await signInAs(test, workspaceId, 'user');
  as.noGrant = await signInAs(test, workspaceId, 'manager');
  as.noneGrant = await signInAs(test, workspaceId, 'user');
  as.writer = await signInAs(test, workspaceId, 'user');
  for (const [client, access] of [
    [as.restricted, 'write'],
    [as.reader, 'read'],
    [as.writer, 'write'],
  ] as const) {
    await grantModule(test, { workspaceId, userId: client.me.user.id, moduleId, access });
  }
  await grantModule(test, {
    workspaceId,
    userId: as.noneGrant.me.user.id,
    moduleId,
    access: 'none',
  });
  card.admins = await createCard(admin, moduleId, {
    title: 'Admin deal',
    fields: { value: '100' },
  });
  card.trashed = await createCard(admin, moduleId, { title: 'Admin trashed' });
  await admin.request('DELETE', `/api/v1/cards/${card.trashed.id}`);
  card.restricteds = await createCard(as.restricted, moduleId, {
    title: 'My deal',
    ownerId: admin.me.user.id,
    fields: { value: { amount: '50', currency: 'EUR' } },
  });
  attachmentId = (
    await admin.request('POST', `/api/v1/cards/${card.admins.id}/attachments?fileName=a.txt`, 'a', {
      headers: { 'content-type': 'text/plain' },
    })
  ).json().id;
});
afterAll(async () => {
  await test.close();
});

const ids = (cards: { id: string }[]) => cards.map((c) => c.id).sort();

/** Every card route, for a card (and one of its attachments). */
function cardRoutes(cardId: string, fileId: string) {
  return [
    ['GET', `/api/v1/cards/${cardId}`, undefined],
    ['PATCH', `/api/v1/cards/${cardId}`, { version: 1, title: 'Taken' }],
    ['DELETE', `/api/v1/cards/${cardId}`, undefined],
    ['POST', `/api/v1/cards/${cardId}/restore`, undefined],
    ['GET', `/api/v1/cards/${cardId}/history`, undefined],
    ['POST', `/api/v1/cards/${cardId}/comments`, { body: 'Mine now' }],
    ['GET', `/api/v1/cards/${cardId}/attachments`, undefined],
    ['POST', `/api/v1/cards/${cardId}/attachments?fileName=x.txt`, 'x'],
    ['GET', `/api/v1/attachments/${fileId}`, undefined],
    ['DELETE', `/api/v1/attachments/${fileId}`, undefined],
  ] as const;
}

function moduleRoutes(id: string) {
  return [
    ['GET', `/api/v1/modules/${id}/board`, undefined],
    ['GET', `/api/v1/modules/${id}/cards`, undefined],
    ['POST', `/api/v1/modules/${id}/cards`, { title: 'Sneaked in' }],
  ] as const;
}

async function expectRefused(
  client: Client,
  routes: readonly (readonly [string, string, unknown])[],
  status: number,
) {
  const before = await cardState(test, workspaceId);
  for (const [method, url, body] of routes) {
    const response = await client.request(method as 'GET', url, body);
    expect(response.statusCode, `${method} ${url}`).toBe(status);
  }
  expect(await cardState(test, workspaceId)).toEqual(before);
}

describe('restricted users', () => {
  it('own every card they create, whoever they name as owner', () => {
    expect(card.restricteds.ownerId).toBe(as.restricted.me.user.id);
  });

  it('see only their own cards on the board, with counts and sums of those alone', async () => {
    const board = await boardOf(as.restricted, moduleId);
    expect(ids(board.columns.flatMap((c) => c.cards))).toEqual([card.restricteds.id]);
    expect(board.columns[0]).toMatchObject({
      count: 1,
      sum: { amount: '0.00', currency: 'RON' },
      otherSums: [{ amount: '50.00', currency: 'EUR' }],
    });
    const adminBoard = await boardOf(admin, moduleId);
    expect(adminBoard.columns[0]).toMatchObject({ count: 2, sum: { amount: '100.00' } });
  });

  it('see only their own cards in the list and the trash', async () => {
    expect(ids((await walkList(as.restricted, moduleId, 'limit=500')).flat())).toEqual([
      card.restricteds.id,
    ]);
    const own = await createCard(as.restricted, moduleId, { title: 'My mistake' });
    await as.restricted.request('DELETE', `/api/v1/cards/${own.id}`);
    const trash = (await as.restricted.request('GET', '/api/v1/trash')).json().cards;
    expect(trash.map((c: Card) => c.id)).toEqual([own.id]);
  });

  it("get 404 for every route of another's card, and change nothing", async () => {
    await expectRefused(as.restricted, cardRoutes(card.admins.id, attachmentId), 404);
  });
});

describe('module access', () => {
  it('lets a reader read board, list, card, history and files', async () => {
    expect((await boardOf(as.reader, moduleId)).columns[0]!.count).toBe(2);
    expect((await walkList(as.reader, moduleId, 'limit=500')).flat()).toHaveLength(2);
    for (const url of [
      `/api/v1/cards/${card.admins.id}`,
      `/api/v1/cards/${card.admins.id}/history`,
      `/api/v1/cards/${card.admins.id}/attachments`,
      `/api/v1/attachments/${attachmentId}`,
    ]) {
      expect((await as.reader.request('GET', url)).statusCode, url).toBe(200);
    }
  });

  it('refuses every write of a reader with 403, and changes nothing', async () => {
    const writes = [...cardRoutes(card.admins.id, attachmentId), ...moduleRoutes(moduleId)].filter(
      ([method]) => method !== 'GET',
    );
    await expectRefused(as.reader, writes, 403);
  });

  it.each(['noGrant', 'noneGrant'] as const)(
    'answers 404 to a user with %s for the module and its cards, and changes nothing',
    async (who) => {
      await expectRefused(
        as[who],
        [...moduleRoutes(moduleId), ...cardRoutes(card.admins.id, attachmentId)],
        404,
      );
    },
  );

  it("shows the admin and a user with write access everyone's cards", async () => {
    for (const client of [admin, as.writer]) {
      const listed = (await walkList(client, moduleId, 'limit=500')).flat();
      expect(ids(listed)).toEqual(ids([card.admins, card.restricteds]));
    }
    const trash = (await as.writer.request('GET', '/api/v1/trash')).json();
    expect(trash.cards.map((c: Card) => c.id)).toContain(card.trashed.id);
  });
});

describe('archived modules', () => {
  it('take no card writes (409 module_archived) but can still be read', async () => {
    const { moduleId: archivedId } = await moduleWithFields(admin, [], 'Old');
    const old = await createCard(admin, archivedId, { title: 'Old deal' });
    const file = (
      await admin.request('POST', `/api/v1/cards/${old.id}/attachments?fileName=a.txt`, 'a', {
        headers: { 'content-type': 'text/plain' },
      })
    ).json().id;
    expect((await admin.request('DELETE', `/api/v1/modules/${archivedId}`)).statusCode).toBe(200);

    const writes = [...cardRoutes(old.id, file), ...moduleRoutes(archivedId)].filter(
      ([method]) => method !== 'GET',
    );
    const before = await cardState(test, workspaceId);
    for (const [method, url, body] of writes) {
      const response = await admin.request(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(409);
      expect(response.json().error.code).toBe('module_archived');
    }
    expect(await cardState(test, workspaceId)).toEqual(before);
    expect((await boardOf(admin, archivedId)).columns[0]!.count).toBe(1);
  });
});

describe('another workspace', () => {
  it('reaches no card, file, board or list of this one: 404 everywhere, nothing changed', async () => {
    const other = await signUp(test, { company: 'Alta SRL' });
    await expectRefused(
      other,
      [...moduleRoutes(moduleId), ...cardRoutes(card.admins.id, attachmentId)],
      404,
    );
    await expectRefused(other, cardRoutes(card.trashed.id, attachmentId), 404);
    expect((await other.request('GET', '/api/v1/trash')).json().cards).toEqual([]);
  });

  it("cannot point its own cards at this workspace's statuses, owners or cards", async () => {
    const other = await signUp(test, { company: 'Alta SRL' });
    const otherModule = await addModule(other, { name: 'Deals', template: 'blank' });
    const own = await createCard(other, otherModule, { title: 'Own' });
    const before = await cardState(test, workspaceId);
    const refusals = [
      [{ version: 1, statusId: pipeline[1]!.id }, 400],
      [{ version: 1, ownerId: admin.me.user.id }, 400],
      [{ version: 1, position: { afterId: card.admins.id } }, 409],
    ] as const;
    for (const [body, status] of refusals) {
      const response = await other.request('PATCH', `/api/v1/cards/${own.id}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
    }
    expect(await cardState(test, workspaceId)).toEqual(before);
  });
});
