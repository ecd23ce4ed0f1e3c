// Reading contacts over HTTP on a real database: by name ignoring case and diacritics, by kind,
// page by page; another workspace's contacts and trashed ones are never seen; refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../src/server/ids';
import { signUp, type Client } from './clients';
import { insertRealContact, signInAs } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
const ids = new Map<string, string>();

async function addContact(client: Client, name: string, kind: 'person' | 'company') {
  const id = await insertRealContact(test, client.me.workspace.id, name, kind);
  ids.set(name, id);
  return id;
}

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  for (const name of ['Ștefan Popa', 'Stela Ionescu', 'Maria Stan', 'Ana Ștefănescu']) {
    await addContact(admin, name, 'person');
  }
  await addContact(admin, 'Ștefănești Agro SRL', 'company');
  const trashed = await addContact(admin, 'Stere Vechi', 'person');
  await test.db
    .updateTable('contacts')
    .set({ deleted_at: nowIso() })
    .where('id', '=', trashed)
    .execute();
  const other = await signUp(test);
  await addContact(other, 'Stan Străin', 'person');
});
afterAll(async () => {
  await test.close();
});

async function names(client: Client, query: string) {
  const response = await client.request('GET', `/api/v1/contacts${query}`);
  expect(response.statusCode).toBe(200);
  return (response.json().items as { name: string }[]).map((contact) => contact.name);
}

describe('GET /contacts', () => {
  it('lists live contacts of the workspace in name order, diacritics aside', async () => {
    expect(await names(admin, '')).toEqual([
      'Ana Ștefănescu',
      'Maria Stan',
      'Ștefan Popa',
      'Ștefănești Agro SRL',
      'Stela Ionescu',
    ]);
  });

  it.each([
    ['stef', ['Ștefan Popa', 'Ștefănești Agro SRL']],
    ['ȘTEFĂ', ['Ștefan Popa', 'Ștefănești Agro SRL']],
    ['ste', ['Ștefan Popa', 'Ștefănești Agro SRL', 'Stela Ionescu']],
    ['  maria ', ['Maria Stan']],
    ['stan', []],
    ['zz', []],
  ])('finds names starting with %j', async (q, expected) => {
    expect(await names(admin, `?q=${encodeURIComponent(q)}`)).toEqual(expected);
  });

  it('keeps to one kind when asked', async () => {
    expect(await names(admin, '?kind=company')).toEqual(['Ștefănești Agro SRL']);
    expect(await names(admin, '?q=st&kind=person')).toEqual(['Ștefan Popa', 'Stela Ionescu']);
  });

  it('pages through every contact once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await admin.request('GET', `/api/v1/contacts${query}`);
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: { name: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((contact) => contact.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(await names(admin, ''));
  });

  it('answers the contact as API.md describes it', async () => {
    const response = await admin.request('GET', '/api/v1/contacts?q=maria');
    expect(response.json().items[0]).toMatchObject({
      id: ids.get('Maria Stan'),
      kind: 'person',
      name: 'Maria Stan',
      companyId: null,
      fields: {},
    });
  });

  it('is open to every role, restricted users included', async () => {
    const restricted = await signInAs(test, admin.me.workspace.id, 'restricted');
    expect(await names(restricted, '?q=maria')).toEqual(['Maria Stan']);
  });

  it.each([
    ['?limit=0', 'query.limit'],
    ['?limit=501', 'query.limit'],
    ['?kind=robot', 'query.kind'],
    [`?q=${'a'.repeat(201)}`, 'query.q'],
    ['?cursor=not-a-cursor', 'query.cursor'],
  ])('refuses %s with 400 naming the parameter', async (query, path) => {
    const response = await admin.request('GET', `/api/v1/contacts${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('answers 401 without a session', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/api/v1/contacts' });
    expect(response.statusCode).toBe(401);
  });
});

describe('GET /contacts/:contactId', () => {
  it('answers one contact of the workspace', async () => {
    const response = await admin.request('GET', `/api/v1/contacts/${ids.get('Stela Ionescu')}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().name).toBe('Stela Ionescu');
  });

  it.each([
    ['another workspace’s contact', () => ids.get('Stan Străin')!],
    ['a trashed contact', () => ids.get('Stere Vechi')!],
    ['an unknown id', () => newId()],
  ])('answers 404 for %s', async (_name, id) => {
    const response = await admin.request('GET', `/api/v1/contacts/${id()}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
