// The card list's filters over HTTP on a real database: each field type and operator, text
// without diacritics, title search, status and owner; and every bad query refused naming it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import {
  addField,
  CHOICES,
  createCard,
  detailPaths,
  insertUser,
  moduleWithFields,
  walkList,
  type StatusRef,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let moduleId: string;
let pipeline: StatusRef[];
let colleagueId: string;

const choice = (key: string, type: string) => ({ key, label: key, type, options: CHOICES });

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  colleagueId = (await insertUser(test, admin.me.workspace.id, 'user')).id;
  ({ moduleId, statuses: pipeline } = await moduleWithFields(admin, [
    { key: 'client', label: 'Client', type: 'text' },
    { key: 'qty', label: 'Quantity', type: 'number' },
    { key: 'value', label: 'Value', type: 'money' },
    { key: 'close', label: 'Close', type: 'date' },
    { key: 'meet', label: 'Meeting', type: 'datetime' },
    { key: 'hot', label: 'Hot', type: 'boolean' },
    choice('source', 'single_choice'),
    choice('tags', 'multi_choice'),
  ]));
  const second = pipeline[1]!.id;
  const cards: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'Ofertă Șarbu',
      {},
      {
        client: 'Șarbu',
        qty: 5,
        value: '1000',
        close: '2026-01-10',
        meet: '2026-05-01T10:30:00+03:00',
        hot: true,
        source: 'web',
        tags: ['web', 'referral'],
      },
    ],
    [
      'Contract Popescu',
      { statusId: second, ownerId: colleagueId },
      {
        client: 'Popescu SRL',
        qty: 10,
        value: '2500',
        close: '2026-02-15',
        meet: '2026-05-01T08:00:00+03:00',
        hot: false,
        source: 'referral',
        tags: ['fair'],
      },
    ],
    [
      'Licență Ionescu',
      { statusId: second, ownerId: colleagueId },
      {
        client: 'Ionescu și fiii',
        qty: 0,
        value: { amount: '500', currency: 'EUR' },
        close: '2026-03-01',
        hot: true,
        source: 'fair',
        tags: [],
      },
    ],
    ['Empty', {}, {}],
    ['Sarbu again', {}, { client: 'ȘARBU', qty: -3, value: '0', close: '2025-12-31', hot: false }],
    ['Discount 50%', {}, { client: 'Discount_50%' }],
  ];
  for (const [title, extra, fields] of cards) {
    await createCard(admin, moduleId, { title, ...extra, fields });
  }
});
afterAll(async () => {
  await test.close();
});

async function titles(query: string): Promise<string[]> {
  const cards = (await walkList(admin, moduleId, `limit=500&${query}`)).flat();
  return cards.map((c) => c.title).sort();
}

const sorted = (...names: string[]) => [...names].sort();

describe('filters', () => {
  it.each([
    [
      'text equal, ignoring diacritics and case',
      'filter[client]=sarbu',
      ['Ofertă Șarbu', 'Sarbu again'],
    ],
    ['text equal with diacritics typed', 'filter[client]=Șarbu', ['Ofertă Șarbu', 'Sarbu again']],
    ['text containing', 'filter[client][contains]=escu', ['Contract Popescu', 'Licență Ionescu']],
    [
      'text containing, diacritics ignored',
      'filter[client][contains]=si%20fi',
      ['Licență Ionescu'],
    ],
    ['text containing a literal %', 'filter[client][contains]=%25', ['Discount 50%']],
    ['text containing a literal _', 'filter[client][contains]=t_', ['Discount 50%']],
    ['text containing _ as no wildcard', 'filter[client][contains]=u_', []],
    ['a number at least', 'filter[qty][gte]=5', ['Contract Popescu', 'Ofertă Șarbu']],
    ['a number at most', 'filter[qty][lte]=0', ['Licență Ionescu', 'Sarbu again']],
    [
      'a number in a range',
      'filter[qty][gte]=0&filter[qty][lte]=5',
      ['Licență Ionescu', 'Ofertă Șarbu'],
    ],
    ['a number above', 'filter[qty][gt]=5', ['Contract Popescu']],
    ['a number equal', 'filter[qty]=-3', ['Sarbu again']],
    ['money at least', 'filter[value][gte]=1000', ['Contract Popescu', 'Ofertă Șarbu']],
    ['money below', 'filter[value][lt]=1000', ['Licență Ionescu', 'Sarbu again']],
    [
      'a date range',
      'filter[close][gte]=2026-01-01&filter[close][lte]=2026-02-28',
      ['Contract Popescu', 'Ofertă Șarbu'],
    ],
    ['a date before', 'filter[close][lt]=2026-01-01', ['Sarbu again']],
    [
      'a date-time from, in another time zone',
      'filter[meet][gte]=2026-05-01T09:00:00%2B03:00',
      ['Ofertă Șarbu'],
    ],
    ['yes', 'filter[hot]=true', ['Licență Ionescu', 'Ofertă Șarbu']],
    ['no', 'filter[hot]=false', ['Contract Popescu', 'Sarbu again']],
    ['a single choice', 'filter[source]=web', ['Ofertă Șarbu']],
    [
      'a single choice, any of two',
      'filter[source]=web&filter[source]=fair',
      ['Licență Ionescu', 'Ofertă Șarbu'],
    ],
    ['a multiple choice holding one', 'filter[tags]=referral', ['Ofertă Șarbu']],
    [
      'a multiple choice holding any of two, each card once',
      'filter[tags]=fair&filter[tags]=referral&filter[tags]=web',
      ['Contract Popescu', 'Ofertă Șarbu'],
    ],
    [
      'an empty multiple choice',
      'filter[tags][empty]=true',
      ['Discount 50%', 'Empty', 'Licență Ionescu', 'Sarbu again'],
    ],
    ['a filled multiple choice', 'filter[tags][empty]=false', ['Contract Popescu', 'Ofertă Șarbu']],
    ['empty money', 'filter[value][empty]=true', ['Discount 50%', 'Empty']],
    ['two filters together', 'filter[hot]=true&filter[qty][gte]=1', ['Ofertă Șarbu']],
    ['the title, ignoring diacritics', 'q=sarbu', ['Ofertă Șarbu', 'Sarbu again']],
    ['the title in capitals without diacritics', 'q=OFERTA', ['Ofertă Șarbu']],
    ['the title with diacritics typed', 'q=licență', ['Licență Ionescu']],
    ['the title holding a literal %', 'q=%25', ['Discount 50%']],
    ['the title holding a literal _', 'q=_', []],
    ['nothing matching', 'q=nobody', []],
  ])('finds cards by %s', async (_what, query, expected) => {
    expect(await titles(query)).toEqual(sorted(...expected));
  });

  it('finds cards by status, one or several', async () => {
    expect(await titles(`status=${pipeline[1]!.id}`)).toEqual(
      sorted('Contract Popescu', 'Licență Ionescu'),
    );
    const both = await titles(`status=${pipeline[0]!.id},${pipeline[1]!.id}`);
    expect(both).toHaveLength(6);
    expect(await titles(`status=${pipeline[2]!.id}`)).toEqual([]);
  });

  it('finds my cards with owner=me, and a colleague’s by id', async () => {
    expect(await titles('owner=me')).toEqual(
      sorted('Ofertă Șarbu', 'Empty', 'Sarbu again', 'Discount 50%'),
    );
    expect(await titles(`owner=${colleagueId}`)).toEqual(
      sorted('Contract Popescu', 'Licență Ionescu'),
    );
  });
});

describe('filters after the module’s fields change', () => {
  it('filters on a field added after a list call, and refuses one archived since', async () => {
    const before = await admin.request('GET', `/api/v1/modules/${moduleId}/cards?filter[region]=x`);
    expect(before.statusCode).toBe(400);
    const regionId = await addField(admin, moduleId, {
      key: 'region',
      label: 'Region',
      type: 'text',
    });
    expect(await titles('filter[region][empty]=true')).toHaveLength((await titles('')).length);
    const archived = await admin.request('PATCH', `/api/v1/fields/${regionId}`, { archived: true });
    expect(archived.statusCode).toBe(200);
    const after = await admin.request('GET', `/api/v1/modules/${moduleId}/cards?filter[region]=x`);
    expect(after.statusCode).toBe(400);
    expect(after.json().error.details).toEqual([
      expect.objectContaining({ path: 'query.filter[region]' }),
    ]);
  });
});

describe('refusals', () => {
  it.each([
    ['a field the module lacks', 'filter[nope]=1', 'query.filter[nope]'],
    ['an unknown operator', 'filter[qty][between]=1', 'query.filter[qty][between]'],
    ['gte on a text field', 'filter[client][gte]=a', 'query.filter[client][gte]'],
    ['contains on a number field', 'filter[qty][contains]=1', 'query.filter[qty][contains]'],
    ['a number that is not one', 'filter[qty][gte]=many', 'query.filter[qty][gte]'],
    ['a yes/no that is not one', 'filter[hot]=maybe', 'query.filter[hot]'],
    ['a date-time that is not one', 'filter[meet][gte]=tomorrow', 'query.filter[meet][gte]'],
    ['a date that is not one', 'filter[close][gte]=tomorrow', 'query.filter[close][gte]'],
    ['a day that does not exist', 'filter[close]=2026-02-30', 'query.filter[close]'],
    ['an option the field lacks', 'filter[source]=cold_call', 'query.filter[source]'],
    [
      'an option the field lacks among others',
      'filter[tags]=web&filter[tags]=nope',
      'query.filter[tags]',
    ],
    ['empty that is neither true nor false', 'filter[qty][empty]=yes', 'query.filter[qty][empty]'],
    ['two values for a range', 'filter[qty][gte]=1&filter[qty][gte]=2', 'query.filter[qty][gte]'],
    ['a sort on a multiple choice', 'sort=tags', 'query.sort'],
    ['a sort on an unknown key', 'sort=-nope', 'query.sort'],
    ['a cursor that is not one', 'cursor=garbage', 'query.cursor'],
    [
      'a cursor with a value of the wrong kind',
      `cursor=${Buffer.from('{"v":"{}","id":"x"}').toString('base64url')}`,
      'query.cursor',
    ],
    ['a limit of 0', 'limit=0', 'query.limit'],
    ['a limit of 501', 'limit=501', 'query.limit'],
    ['a limit that is not a number', 'limit=all', 'query.limit'],
    ['an unknown parameter', 'colour=red', 'query.colour'],
    ['a filter with a bad key', 'filter[a-b]=1', 'query.filter[a-b]'],
  ])('refuses %s (?%s) with 400 naming it', async (_what, query, path) => {
    const response = await admin.request('GET', `/api/v1/modules/${moduleId}/cards?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(detailPaths(response.json())).toEqual([path]);
  });
});
