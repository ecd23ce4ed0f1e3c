// Sorting and keyset pages of the card list over HTTP on a real database: every sort key in both
// directions walks every card exactly once, in order, cards without a value last; and pages stay
// stable while cards are added between fetches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/domain/text/fold';
import { signUp, type Client } from './clients';
import { CHOICES, createCard, moduleWithFields, patchCard, walkList, type Card } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let moduleId: string;

const TITLES = ['Alfa', 'Beta', 'Ștefan', 'beta'];
const CLIENTS = ['Ana', 'Bogdan', 'Ștefan', 'ana'];

/** Field values of the n-th card: few distinct values (ties) and some cards without any. */
function fieldsOf(n: number): Record<string, unknown> {
  return {
    qty: n % 5 === 4 ? null : (n % 3) - 1,
    close: n % 6 === 0 ? null : `2026-0${1 + (n % 3)}-1${n % 2}`,
    client: n % 7 === 0 ? null : CLIENTS[n % 4],
    source: n % 4 === 0 ? null : CHOICES[n % 3]!.key,
    hot: n % 5 === 0 ? null : n % 2 === 0,
    value: n % 8 === 0 ? null : { amount: `${(n % 4) * 100}`, currency: n % 3 ? 'RON' : 'EUR' },
  };
}

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  ({ moduleId } = await moduleWithFields(admin, [
    { key: 'qty', label: 'Quantity', type: 'number' },
    { key: 'close', label: 'Close', type: 'date' },
    { key: 'client', label: 'Client', type: 'text' },
    { key: 'source', label: 'Source', type: 'single_choice', options: CHOICES },
    { key: 'hot', label: 'Hot', type: 'boolean' },
    { key: 'value', label: 'Value', type: 'money' },
    { key: 'tags', label: 'Tags', type: 'multi_choice', options: CHOICES },
  ]));
  const cards: Card[] = [];
  for (let n = 0; n < 40; n += 1) {
    cards.push(await createCard(admin, moduleId, { title: TITLES[n % 4], fields: fieldsOf(n) }));
  }
  for (const card of cards.filter((_, n) => n % 3 === 0)) {
    await patchCard(admin, card.id, { title: `${card.title} ` }); // same title, a newer updatedAt
  }
});
afterAll(async () => {
  await test.close();
});

/** The value a card is sorted by, as the list compares it; null when it has none. */
function sortValue(card: Card, key: string): string | number | null {
  if (key === 'title') return foldForSearch(card.title);
  if (key === 'createdAt' || key === 'updatedAt') return card[key];
  const value = card.fields[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object') return Number((value as { amount: string }).amount);
  if (typeof value === 'number') return value;
  return key === 'client' ? foldForSearch(String(value)) : String(value);
}

function expectSorted(cards: Card[], key: string, descending: boolean) {
  const values = cards.map((card) => sortValue(card, key));
  const firstEmpty = values.indexOf(null);
  const filled = firstEmpty === -1 ? values : values.slice(0, firstEmpty);
  expect(values.slice(filled.length).every((v) => v === null)).toBe(true);
  for (let i = 1; i < filled.length; i += 1) {
    const [a, b] = [filled[i - 1]!, filled[i]!];
    expect(descending ? a >= b : a <= b, `${key} out of order at ${i}: ${a}, ${b}`).toBe(true);
  }
}

const SORT_KEYS = [
  'title',
  'createdAt',
  'updatedAt',
  'qty',
  'close',
  'client',
  'source',
  'hot',
  'value',
];
const SORTS = SORT_KEYS.flatMap((key) => [key, `-${key}`]);

describe('sorting with keyset pages', () => {
  it.each(SORTS)(
    'walks every card exactly once, in order, 7 at a time, sorted by %s',
    async (sort) => {
      const all = (await walkList(admin, moduleId, 'limit=500')).flat();
      const pages = await walkList(admin, moduleId, `limit=7&sort=${sort}`);
      const walked = pages.flat();
      expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
      expect(walked.map((c) => c.id).sort()).toEqual(all.map((c) => c.id).sort());
      const descending = sort.startsWith('-');
      expectSorted(walked, sort.replace('-', ''), descending);
      expect(walked).toEqual((await walkList(admin, moduleId, `limit=500&sort=${sort}`)).flat());
    },
  );

  it('sorts newest first by default', async () => {
    const walked = (await walkList(admin, moduleId, 'limit=7')).flat();
    expectSorted(walked, 'createdAt', true);
  });

  it('puts cards without a value last in both directions', async () => {
    for (const sort of ['qty', '-qty']) {
      const walked = (await walkList(admin, moduleId, `limit=7&sort=${sort}`)).flat();
      const empties = walked.filter((c) => c.fields.qty === null || c.fields.qty === undefined);
      expect(empties.length).toBeGreaterThan(0);
      expect(walked.slice(-empties.length)).toEqual(empties);
    }
  });
});

describe('pages under concurrent inserts', () => {
  it.each(['-createdAt', 'title', '-title', 'qty', '-value', 'client', 'updatedAt'])(
    'skips no card and repeats none while cards are added between pages, sorted by %s',
    async (sort) => {
      const before = (await walkList(admin, moduleId, 'limit=500')).flat().map((c) => c.id);
      let n = 0;
      const insert = async () => {
        for (const title of ['Beta', 'Gama']) {
          n += 1;
          await createCard(admin, moduleId, { title, fields: fieldsOf(n) });
        }
      };
      const walked = (await walkList(admin, moduleId, `limit=7&sort=${sort}`, insert))
        .flat()
        .map((c) => c.id);
      expect(n).toBeGreaterThan(4);
      expect(new Set(walked).size).toBe(walked.length);
      expect(before.filter((id) => !walked.includes(id))).toEqual([]);
    },
  );
});
