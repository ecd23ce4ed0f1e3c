// Files on cards over HTTP on a real database: upload (the body is the file), type judged by
// the bytes, download never inline, size limit, the file field, removal, and the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import {
  cardState,
  createCard,
  detailPaths,
  moduleWithFields,
  readCard,
  TINY_PNG,
  type Card,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let moduleId: string;
let workspaceId: string;

const TEN_MB = 10 * 1024 * 1024;

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  workspaceId = admin.me.workspace.id;
  ({ moduleId } = await moduleWithFields(admin, [
    { key: 'contract', label: 'Signed contract', type: 'file' },
  ]));
});
afterAll(async () => {
  await test.close();
});

type Attachment = {
  id: string;
  cardId: string;
  fileName: string;
  contentType: string;
  size: number;
};

function upload(card: Card, fileName: string | null, bytes: Buffer | string, type = 'text/plain') {
  const query = fileName === null ? '' : `?fileName=${encodeURIComponent(fileName)}`;
  return admin.request('POST', `/api/v1/cards/${card.id}/attachments${query}`, bytes, {
    headers: { 'content-type': type },
  });
}

async function uploaded(card: Card, fileName: string, bytes: Buffer | string, type?: string) {
  const response = await upload(card, fileName, bytes, type);
  if (response.statusCode !== 201) throw new Error(`not uploaded: ${response.body}`);
  return response.json() as Attachment;
}

const newCard = () => createCard(admin, moduleId, { title: 'With files' });

describe('upload and download', () => {
  it('stores a text file and gives the same bytes back, as an attachment', async () => {
    const card = await newCard();
    const text = 'Ofertă pentru Șarbu SRL\n';
    const response = await upload(card, 'ofertă.txt', text);
    expect(response.statusCode).toBe(201);
    const attachment = response.json();
    expect(attachment).toMatchObject({
      cardId: card.id,
      fileName: 'ofertă.txt',
      contentType: 'text/plain; charset=utf-8',
      size: Buffer.byteLength(text),
      uploadedBy: admin.me.user.id,
    });
    const list = await admin.request('GET', `/api/v1/cards/${card.id}/attachments`);
    expect(list.json().items).toEqual([attachment]);

    const download = await admin.request('GET', `/api/v1/attachments/${attachment.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.toString('utf8')).toBe(text);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="ofert_.txt"; filename*=UTF-8''${encodeURIComponent('ofertă.txt')}`,
    );
  });

  it('judges the type by the bytes: a PNG sent as text/plain is stored and served as image/png', async () => {
    const card = await newCard();
    const attachment = await uploaded(card, 'photo.txt', TINY_PNG, 'text/plain');
    expect(attachment.contentType).toBe('image/png');
    const download = await admin.request('GET', `/api/v1/attachments/${attachment.id}`);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(TINY_PNG)).toBe(true);
  });

  it('never serves an HTML file inline', async () => {
    const card = await newCard();
    const html = '<!doctype html><script>alert(document.cookie)</script>';
    const attachment = await uploaded(card, 'page.html', html, 'text/html');
    const download = await admin.request('GET', `/api/v1/attachments/${attachment.id}`);
    expect(download.headers['content-type']).not.toContain('html');
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toContain('sandbox');
    expect(download.rawPayload.toString()).toBe(html);
  });

  it('keeps bytes that look like JSON as they were sent', async () => {
    const card = await newCard();
    const json = '{"not": "parsed"}';
    const attachment = await uploaded(card, 'data.json', json, 'application/json');
    const download = await admin.request('GET', `/api/v1/attachments/${attachment.id}`);
    expect(download.rawPayload.toString()).toBe(json);
  });

  it('keeps only the last part of a file name, without control characters or quotes', async () => {
    const card = await newCard();
    const attachment = await uploaded(card, '../../etc/"pass\nwd".txt', 'x');
    expect(attachment.fileName).toBe('passwd.txt');
  });

  it('takes a file of exactly 10 MB', async () => {
    const card = await newCard();
    const attachment = await uploaded(
      card,
      'big.bin',
      Buffer.alloc(TEN_MB, 1),
      'application/octet-stream',
    );
    expect(attachment.size).toBe(TEN_MB);
  });

  it.each([
    ['a file over 10 MB', 'big.bin', Buffer.alloc(TEN_MB + 1, 1), 413, null],
    ['no file name', null, Buffer.from('x'), 400, 'query.fileName'],
    ['a file name that is only a folder', 'folder/', Buffer.from('x'), 400, 'query.fileName'],
    ['an empty file', 'empty.txt', Buffer.alloc(0), 400, 'file'],
  ])('refuses %s, and stores nothing', async (_what, fileName, bytes, status, path) => {
    const card = await newCard();
    const before = await cardState(test, workspaceId);
    const response = await upload(card, fileName, bytes, 'application/octet-stream');
    expect(response.statusCode).toBe(status);
    if (path) expect(detailPaths(response.json())).toEqual([path]);
    else expect(response.json().error.code).toBe('too_large');
    expect(await cardState(test, workspaceId)).toEqual(before);
  });
});

describe('the file field', () => {
  it('holds a file attached to its own card, not one of another card', async () => {
    const card = await newCard();
    const otherCard = await newCard();
    const own = await uploaded(card, 'contract.pdf', 'signed');
    const foreign = await uploaded(otherCard, 'contract.pdf', 'signed elsewhere');
    const before = await cardState(test, workspaceId);

    const refused = await admin.request('PATCH', `/api/v1/cards/${card.id}`, {
      version: 1,
      fields: { contract: foreign.id },
    });
    expect(refused.statusCode).toBe(400);
    expect(detailPaths(refused.json())).toEqual(['fields.contract']);
    expect(await cardState(test, workspaceId)).toEqual(before);

    const held = await admin.request('PATCH', `/api/v1/cards/${card.id}`, {
      version: 1,
      fields: { contract: own.id },
    });
    expect(held.statusCode).toBe(200);
    expect((await readCard(admin, card.id)).fields.contract).toBe(own.id);
  });

  it('keeps a file the field holds: 409 attachment_in_use, removable once the field is cleared', async () => {
    const card = await newCard();
    const attachment = await uploaded(card, 'contract.pdf', 'signed');
    await admin.request('PATCH', `/api/v1/cards/${card.id}`, {
      version: 1,
      fields: { contract: attachment.id },
    });
    const before = await cardState(test, workspaceId);
    const refused = await admin.request('DELETE', `/api/v1/attachments/${attachment.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('attachment_in_use');
    expect(refused.json().error.message).toContain('Signed contract');
    expect(await cardState(test, workspaceId)).toEqual(before);

    await admin.request('PATCH', `/api/v1/cards/${card.id}`, {
      version: 2,
      fields: { contract: null },
    });
    const removed = await admin.request('DELETE', `/api/v1/attachments/${attachment.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await admin.request('GET', `/api/v1/attachments/${attachment.id}`)).statusCode).toBe(
      404,
    );
    const list = await admin.request('GET', `/api/v1/cards/${card.id}/attachments`);
    expect(list.json().items).toEqual([]);
  });
});

describe('history', () => {
  it('records each upload and removal with its author', async () => {
    const card = await newCard();
    const attachment = await uploaded(card, 'notes.txt', 'a');
    await admin.request('DELETE', `/api/v1/attachments/${attachment.id}`);
    const history = (await admin.request('GET', `/api/v1/cards/${card.id}/history`)).json().items;
    expect(history.slice(0, 2)).toMatchObject([
      {
        kind: 'updated',
        userId: admin.me.user.id,
        changes: [{ field: 'attachments', from: 'notes.txt', to: null }],
      },
      {
        kind: 'updated',
        userId: admin.me.user.id,
        changes: [{ field: 'attachments', from: null, to: 'notes.txt' }],
      },
    ]);
  });
});
