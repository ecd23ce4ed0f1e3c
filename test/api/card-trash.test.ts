// The trash over HTTP on a real database: a deleted card leaves the board, the list and the
// totals, stays readable, refuses changes, and comes back to its place on restore; unknown ids 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/server/ids';
import { signUp, type Client } from './clients';
import {
  boardOf,
  cardState,
  createCard,
  moduleWithFields,
  readCard,
  type StatusRef,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let moduleId: string;
let workspaceId: string;
let pipeline: StatusRef[];

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  workspaceId = admin.me.workspace.id;
  ({ moduleId, statuses: pipeline } = await moduleWithFields(
    admin,
    [{ key: 'value', label: 'Value', type: 'money' }],
    'Vânzări',
  ));
});
afterAll(async () => {
  await test.close();
});

async function column(statusIndex: number) {
  const board = await boardOf(admin, moduleId);
  const found = board.columns.find((c) => c.status.id === pipeline[statusIndex]!.id)!;
  return { count: found.count, sum: found.sum?.amount, ids: found.cards.map((c) => c.id) };
}

async function listedIds() {
  const response = await admin.request('GET', `/api/v1/modules/${moduleId}/cards?limit=500`);
  return response.json().items.map((c: { id: string }) => c.id);
}

async function trashedIds() {
  const response = await admin.request('GET', '/api/v1/trash');
  expect(response.statusCode).toBe(200);
  return response.json().cards.map((c: { id: string }) => c.id);
}

/** Three cards in the second column: first, middle, last, each worth 100 RON. */
async function threeCards() {
  const statusId = pipeline[1]!.id;
  const make = (title: string) =>
    createCard(admin, moduleId, { title, statusId, fields: { value: '100' } });
  return { first: await make('First'), middle: await make('Middle'), last: await make('Last') };
}

describe('DELETE /api/v1/cards/:cardId and restore', () => {
  it('moves a card to the trash: still readable, gone from board, list and totals, listed in the trash', async () => {
    const { first, middle, last } = await threeCards();
    const before = await column(1);

    const response = await admin.request('DELETE', `/api/v1/cards/${middle.id}`);

    expect(response.statusCode).toBe(204);
    const trashed = await readCard(admin, middle.id);
    expect(trashed.deletedAt).toEqual(expect.any(String));
    expect(trashed.version).toBe(2);
    const after = await column(1);
    expect(after.count).toBe(before.count - 1);
    expect(Number(after.sum)).toBe(Number(before.sum) - 100);
    expect(after.ids).not.toContain(middle.id);
    expect(after.ids).toEqual(expect.arrayContaining([first.id, last.id]));
    expect(await listedIds()).not.toContain(middle.id);
    const trash = (await admin.request('GET', '/api/v1/trash')).json();
    expect(trash.cards).toContainEqual({
      id: middle.id,
      title: 'Middle',
      moduleId,
      moduleName: 'Vânzări',
      deletedAt: trashed.deletedAt,
    });
  });

  it('restores a card to its place in its column, its totals and the list', async () => {
    const { first, middle, last } = await threeCards();
    const before = await column(1);
    await admin.request('DELETE', `/api/v1/cards/${middle.id}`);

    const response = await admin.request('POST', `/api/v1/cards/${middle.id}/restore`);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: middle.id, deletedAt: null, version: 3 });
    const after = await column(1);
    expect(after).toEqual(before);
    const order = after.ids.filter((id) => [first.id, middle.id, last.id].includes(id));
    expect(order).toEqual([first.id, middle.id, last.id]);
    expect(await listedIds()).toContain(middle.id);
    expect(await trashedIds()).not.toContain(middle.id);
    const history = (await admin.request('GET', `/api/v1/cards/${middle.id}/history`)).json();
    expect(history.items.map((h: { kind: string }) => h.kind)).toEqual([
      'restored',
      'deleted',
      'created',
    ]);
  });

  it('refuses to change a trashed card with 409, and changes nothing', async () => {
    const { middle } = await threeCards();
    await admin.request('DELETE', `/api/v1/cards/${middle.id}`);
    const before = await cardState(test, workspaceId);
    const response = await admin.request('PATCH', `/api/v1/cards/${middle.id}`, {
      version: 2,
      title: 'Changed in the trash',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('card_in_trash');
    expect(await cardState(test, workspaceId)).toEqual(before);
  });

  it('changes nothing when a trashed card is deleted again or a live one restored', async () => {
    const { first, middle } = await threeCards();
    await admin.request('DELETE', `/api/v1/cards/${middle.id}`);
    const before = await cardState(test, workspaceId);
    expect((await admin.request('DELETE', `/api/v1/cards/${middle.id}`)).statusCode).toBe(204);
    const restored = await admin.request('POST', `/api/v1/cards/${first.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json().deletedAt).toBeNull();
    expect(await cardState(test, workspaceId)).toEqual(before);
  });

  it('keeps a trashed card out of a move position: 409 stale_position', async () => {
    const { first, middle, last } = await threeCards();
    await admin.request('DELETE', `/api/v1/cards/${middle.id}`);
    const before = await cardState(test, workspaceId);
    const response = await admin.request('PATCH', `/api/v1/cards/${last.id}`, {
      version: 1,
      position: { afterId: first.id, beforeId: middle.id },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('stale_position');
    expect(await cardState(test, workspaceId)).toEqual(before);
  });
});

describe('unknown ids', () => {
  const unknown = newId();
  it.each([
    ['GET', `/api/v1/cards/${unknown}`, undefined],
    ['PATCH', `/api/v1/cards/${unknown}`, { version: 1, title: 'X' }],
    ['DELETE', `/api/v1/cards/${unknown}`, undefined],
    ['POST', `/api/v1/cards/${unknown}/restore`, undefined],
    ['GET', `/api/v1/cards/${unknown}/history`, undefined],
    ['POST', `/api/v1/cards/${unknown}/comments`, { body: 'Hello' }],
    ['GET', `/api/v1/cards/${unknown}/attachments`, undefined],
    ['POST', `/api/v1/cards/${unknown}/attachments?fileName=a.txt`, 'some text'],
    ['GET', `/api/v1/attachments/${unknown}`, undefined],
    ['DELETE', `/api/v1/attachments/${unknown}`, undefined],
    ['GET', `/api/v1/modules/${unknown}/board`, undefined],
    ['GET', `/api/v1/modules/${unknown}/cards`, undefined],
    ['POST', `/api/v1/modules/${unknown}/cards`, { title: 'X' }],
  ] as const)('answers %s %s with 404, and writes nothing', async (method, url, body) => {
    const before = await cardState(test, workspaceId);
    const response = await admin.request(method, url, body);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    expect(await cardState(test, workspaceId)).toEqual(before);
  });
});
