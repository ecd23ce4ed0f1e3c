// Creating cards over HTTP on a real database: every field type read back in stored form, every
// bad value refused naming its field with nothing written, defaults, and the required rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/server/ids';
import { signUp, type Client } from './clients';
import {
  addModule,
  cardState,
  countRows,
  createCard,
  deactivateUser,
  detailPaths,
  EVERY_TYPE,
  insertRealContact,
  insertUser,
  moduleWithFields,
  readCard,
  statusesOf,
  type StatusRef,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let other: Client;
let moduleId: string;
let statuses: StatusRef[];
const ids = {} as Record<
  'colleague' | 'leaver' | 'contact' | 'otherContact' | 'otherModuleStatus',
  string
>;

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  other = await signUp(test, { company: 'Alta SRL' });
  ({ moduleId, statuses } = await moduleWithFields(admin, EVERY_TYPE));
  const workspaceId = admin.me.workspace.id;
  ids.colleague = (await insertUser(test, workspaceId, 'user')).id;
  ids.leaver = (await insertUser(test, workspaceId, 'user')).id;
  await deactivateUser(test, ids.leaver);
  ids.contact = await insertRealContact(test, workspaceId, 'Șarbu Construct SRL');
  ids.otherContact = await insertRealContact(test, other.me.workspace.id, 'Beta SRL');
  const secondModule = await addModule(admin, { name: 'Projects', template: 'blank' });
  ids.otherModuleStatus = (await statusesOf(admin, secondModule))[1]!.id;
});
afterAll(async () => {
  await test.close();
});

const cardsUrl = () => `/api/v1/modules/${moduleId}/cards`;

describe('POST /api/v1/modules/:moduleId/cards with every field type', () => {
  it('stores each value in its one form and reads it back so', async () => {
    const card = await createCard(admin, moduleId, {
      title: '  Ofertă Șarbu  ',
      contactId: ids.contact,
      fields: {
        text: '  Ofertă  ',
        long_text: 'două\nrânduri',
        number: '17.5',
        money: { amount: '1200', currency: 'EUR' },
        date: '2024-02-29',
        datetime: '2026-05-01T12:30:00+03:00',
        boolean: false,
        single_choice: 'web',
        multi_choice: ['web', 'referral', 'web'],
        email: 'Ana@Firma.RO',
        phone: '0721 234 567',
        url: 'firma.ro/oferta',
        user: ids.colleague,
        contact: ids.contact,
      },
    });
    const stored = {
      text: 'Ofertă',
      long_text: 'două\nrânduri',
      number: 17.5,
      money: { amount: '1200.00', currency: 'EUR' },
      date: '2024-02-29',
      datetime: '2026-05-01T09:30:00.000Z',
      boolean: false,
      single_choice: 'web',
      multi_choice: ['web', 'referral'],
      email: 'ana@firma.ro',
      phone: '+40721234567',
      url: 'https://firma.ro/oferta',
      user: ids.colleague,
      contact: ids.contact,
    };
    expect(card).toMatchObject({
      title: 'Ofertă Șarbu',
      statusId: statuses[0]!.id,
      ownerId: admin.me.user.id,
      contactId: ids.contact,
      contactName: 'Șarbu Construct SRL',
      version: 1,
      deletedAt: null,
      fields: stored,
    });
    expect((await readCard(admin, card.id)).fields).toEqual(stored);
    const indexed = await test.db
      .selectFrom('card_values')
      .select('card_id')
      .where('card_id', '=', card.id)
      .execute();
    expect(indexed).toHaveLength(15); // 14 values, the multiple choice twice
  });

  it('takes a bare amount as money in the workspace currency', async () => {
    const card = await createCard(admin, moduleId, { title: 'Bare', fields: { money: '99.9' } });
    expect(card.fields.money).toEqual({ amount: '99.90', currency: 'RON' });
  });

  it('puts a card created without a status in the first one, owned by its creator', async () => {
    const card = await createCard(admin, moduleId, { title: 'Plain' });
    expect(card).toMatchObject({ statusId: statuses[0]!.id, ownerId: admin.me.user.id });
    expect(card.fields).toEqual({});
  });
});

type Refusal = [what: string, path: string, body: () => Record<string, unknown>];
const withField = (key: string, value: unknown) => () => ({
  title: 'Deal',
  fields: { [key]: value },
});

const REFUSALS: Refusal[] = [
  ['a number as text', 'fields.text', withField('text', 42)],
  ['text of 1,001 characters', 'fields.text', withField('text', 'x'.repeat(1001))],
  [
    'long text of 20,001 characters',
    'fields.long_text',
    withField('long_text', 'x'.repeat(20_001)),
  ],
  ['a word as a number', 'fields.number', withField('number', 'twelve')],
  ['a float as money', 'fields.money', withField('money', 1200)],
  [
    'money with three decimals',
    'fields.money',
    withField('money', { amount: '1.234', currency: 'RON' }),
  ],
  [
    'money in a lowercase currency',
    'fields.money',
    withField('money', { amount: '12', currency: 'lei' }),
  ],
  [
    'money in a currency that does not exist',
    'fields.money',
    withField('money', { amount: '12', currency: 'LEI' }),
  ],
  ['a day that does not exist', 'fields.date', withField('date', '2023-02-29')],
  ['a Romanian-style date', 'fields.date', withField('date', '01.05.2026')],
  [
    'a date-time without a time zone',
    'fields.datetime',
    withField('datetime', '2026-05-01T09:30:00'),
  ],
  ['"yes" as yes/no', 'fields.boolean', withField('boolean', 'yes')],
  ['an option the field lacks', 'fields.single_choice', withField('single_choice', 'cold_call')],
  ['a list as a single choice', 'fields.single_choice', withField('single_choice', ['web'])],
  [
    'an unknown option among several',
    'fields.multi_choice',
    withField('multi_choice', ['web', 'nope']),
  ],
  ['a bad e-mail', 'fields.email', withField('email', 'not-an-email')],
  ['letters as a phone', 'fields.phone', withField('phone', 'abc')],
  ['a javascript: URL', 'fields.url', withField('url', 'javascript:alert(1)')],
  ['a user of another workspace', 'fields.user', () => withField('user', other.me.user.id)()],
  ['an inactive user', 'fields.user', () => withField('user', ids.leaver)()],
  ['a user id that names nobody', 'fields.user', withField('user', newId())],
  [
    'a contact of another workspace',
    'fields.contact',
    () => withField('contact', ids.otherContact)(),
  ],
  ['a file no attachment of the card is', 'fields.file', withField('file', newId())],
  ['a field the module lacks', 'fields.nope', withField('nope', 'x')],
  [
    'a status of another module',
    'statusId',
    () => ({ title: 'Deal', statusId: ids.otherModuleStatus }),
  ],
  [
    'an owner of another workspace',
    'ownerId',
    () => ({ title: 'Deal', ownerId: other.me.user.id }),
  ],
  ['an inactive owner', 'ownerId', () => ({ title: 'Deal', ownerId: ids.leaver })],
  [
    'a contact of another workspace',
    'contactId',
    () => ({ title: 'Deal', contactId: ids.otherContact }),
  ],
  ['an empty title', 'title', () => ({ title: '' })],
  ['a title of spaces', 'title', () => ({ title: '   ' })],
  ['a title of 301 characters', 'title', () => ({ title: 'x'.repeat(301) })],
  ['no title', 'title', () => ({ fields: {} })],
  ['fields that are not an object', 'fields', () => ({ title: 'Deal', fields: ['x'] })],
  ['an unknown key', 'body', () => ({ title: 'Deal', priority: 'high' })],
];

describe('refusals on create', () => {
  it.each(REFUSALS)(
    'refuses %s with 400 naming %s, and writes nothing',
    async (_what, path, body) => {
      const before = await cardState(test, admin.me.workspace.id);
      const response = await admin.request('POST', cardsUrl(), body());
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect(detailPaths(response.json())).toContain(path);
      expect(await cardState(test, admin.me.workspace.id)).toEqual(before);
    },
  );

  it('names every bad field at once', async () => {
    const response = await admin.request('POST', cardsUrl(), {
      title: 'Deal',
      fields: { number: 'x', email: 'y', date: 'z' },
    });
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json()).sort()).toEqual([
      'fields.date',
      'fields.email',
      'fields.number',
    ]);
  });

  it('gives each refused value a code saying which rule it breaks', async () => {
    const response = await admin.request('POST', cardsUrl(), {
      title: 'Deal',
      fields: { number: 'x', email: 'y', user: newId() },
    });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details as { path: string; code?: string }[];
    expect(Object.fromEntries(details.map((detail) => [detail.path, detail.code]))).toEqual({
      'fields.number': 'not_a_number',
      'fields.email': 'not_an_email',
      'fields.user': 'unknown_reference',
    });
  });

  it('answers 404 for a module that does not exist, and writes nothing', async () => {
    const before = await countRows(test, 'cards');
    const response = await admin.request('POST', `/api/v1/modules/${newId()}/cards`, {
      title: 'X',
    });
    expect(response.statusCode).toBe(404);
    expect(await countRows(test, 'cards')).toBe(before);
  });
});

describe('defaults', () => {
  it('fills a field left out with its default, and keeps a value or an empty one sent', async () => {
    const { moduleId: id } = await moduleWithFields(
      admin,
      [
        {
          key: 'stage',
          label: 'Stage',
          type: 'single_choice',
          options: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
          default: 'a',
        },
        { key: 'budget', label: 'Budget', type: 'money', default: '100' },
        { key: 'hot', label: 'Hot', type: 'boolean', default: true },
      ],
      'Defaults',
    );
    const plain = await createCard(admin, id, { title: 'Defaults' });
    expect(plain.fields).toEqual({
      stage: 'a',
      budget: { amount: '100.00', currency: 'RON' },
      hot: true,
    });
    const given = await createCard(admin, id, {
      title: 'Given',
      fields: { stage: 'b', hot: null },
    });
    expect(given.fields).toMatchObject({ stage: 'b', hot: null, budget: { amount: '100.00' } });
  });
});
