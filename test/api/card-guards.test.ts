// Guards around cards found in review: no writes on trashed cards, no hand-over by restricted
// users, no unknown board parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import {
  addModule,
  cardState,
  createCard,
  grantModule,
  moduleWithFields,
  signInAs,
  statusesOf,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let moduleId: string;
beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  ({ moduleId } = await moduleWithFields(admin, []));
});
afterAll(async () => {
  await test.close();
});

describe('a card in the trash', () => {
  it('takes no new file and no comment until it is restored', async () => {
    const card = await createCard(admin, moduleId, { title: 'Trashed' });
    expect((await admin.request('DELETE', `/api/v1/cards/${card.id}`)).statusCode).toBe(204);
    const before = await cardState(test, admin.me.workspace.id);
    const upload = await admin.request(
      'POST',
      `/api/v1/cards/${card.id}/attachments?fileName=a.txt`,
      'hello',
      {
        headers: { 'content-type': 'text/plain' },
      },
    );
    const comment = await admin.request('POST', `/api/v1/cards/${card.id}/comments`, { body: 'x' });
    for (const response of [upload, comment]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('card_in_trash');
    }
    expect(await cardState(test, admin.me.workspace.id)).toEqual(before);
    expect((await admin.request('POST', `/api/v1/cards/${card.id}/restore`)).statusCode).toBe(200);
    expect(
      (await admin.request('POST', `/api/v1/cards/${card.id}/comments`, { body: 'x' })).statusCode,
    ).toBe(201);
  });
});

describe('a restricted user', () => {
  it('cannot hand an own card to someone else (403), and nothing changes', async () => {
    const restricted = await signInAs(test, admin.me.workspace.id, 'restricted');
    await grantModule(test, {
      workspaceId: admin.me.workspace.id,
      userId: restricted.me.user.id,
      moduleId,
      access: 'write',
    });
    const card = await createCard(restricted, moduleId, { title: 'Mine' });
    const before = await cardState(test, admin.me.workspace.id);
    const response = await restricted.request('PATCH', `/api/v1/cards/${card.id}`, {
      version: card.version,
      ownerId: admin.me.user.id,
    });
    expect(response.statusCode).toBe(403);
    expect(await cardState(test, admin.me.workspace.id)).toEqual(before);
  });
});

describe('the board', () => {
  it('refuses a query parameter it does not know with 400 naming it', async () => {
    const response = await admin.request('GET', `/api/v1/modules/${moduleId}/board?colour=red`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});

describe('a refusal for an empty required field', () => {
  it('carries a code a client can act on, whatever the message says', async () => {
    const salesId = await addModule(admin, { name: 'Sales', template: 'sales' });
    const offerSent = (await statusesOf(admin, salesId)).find((s) => s.name === 'Offer sent');
    const response = await admin.request('POST', `/api/v1/modules/${salesId}/cards`, {
      title: 'No value yet',
      statusId: offerSent?.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ path: 'fields.value', code: 'required_from_status' }),
    ]);
  });
});
