// The board's column totals over HTTP on a real database: count, sum and weighted sum (in the
// workspace currency, other currencies apart) always equal what the cards hold, through every
// kind of write; and the board's query refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import {
  boardOf,
  createCard,
  detailPaths,
  moduleWithFields,
  patchCard,
  walkList,
  type Card,
  type StatusRef,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

type Money = { amount: string; currency: string };

const minor = (amount: string) => BigInt(amount.replace('.', ''));
const decimal = (cents: bigint) => {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
};
/** cents × percent / 100, half away from zero, as a decimal string. */
const weighted = (cents: bigint, percent: number) => {
  const scaled = cents * BigInt(percent);
  const half = scaled >= 0n ? 50n : -50n;
  return decimal((scaled + half) / 100n);
};

/** The board's totals worked out from the cards themselves, by status. */
function totalsOfCards(cards: Card[], statuses: StatusRef[], sumKey: string, currency: string) {
  return statuses.map((status) => {
    const own = cards.filter((c) => c.statusId === status.id);
    const sums = new Map<string, bigint>();
    for (const card of own) {
      const value = card.fields[sumKey] as Money | null | undefined;
      if (value) sums.set(value.currency, (sums.get(value.currency) ?? 0n) + minor(value.amount));
    }
    const main = sums.get(currency) ?? 0n;
    return {
      status: status.id,
      count: own.length,
      sum: { amount: decimal(main), currency },
      weightedSum: { amount: weighted(main, status.probability), currency },
      otherSums: [...sums]
        .filter(([code, cents]) => code !== currency && cents !== 0n)
        .map(([code, cents]) => ({ amount: decimal(cents), currency: code }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  });
}

async function expectTotalsMatchCards(client: Client, moduleId: string, sumKey = 'value') {
  const board = await boardOf(client, moduleId);
  const cards = (await walkList(client, moduleId, 'limit=500')).flat();
  const statuses = board.columns.map((c) => c.status);
  const shown = board.columns.map((c) => ({
    status: c.status.id,
    count: c.count,
    sum: c.sum,
    weightedSum: c.weightedSum,
    otherSums: [...c.otherSums].sort((a, b) => a.currency.localeCompare(b.currency)),
  }));
  expect(shown).toEqual(totalsOfCards(cards, statuses, sumKey, board.currency));
  return board;
}

describe('column totals', () => {
  it('count, sum and weighted sum in RON per column, EUR apart, after every kind of write', async () => {
    const admin = await signUp(test);
    const { moduleId, statuses } = await moduleWithFields(admin, [
      { key: 'value', label: 'Value', type: 'money' },
      { key: 'cost', label: 'Cost', type: 'money' },
    ]);
    const [lead, open] = statuses as [StatusRef, StatusRef, StatusRef];
    const make = (statusId: string, value: unknown) =>
      createCard(admin, moduleId, { title: 'Deal', statusId, fields: { value, cost: '5' } });

    const a = await make(open.id, '1000');
    const b = await make(open.id, { amount: '333.33', currency: 'RON' });
    const c = await make(open.id, { amount: '250.50', currency: 'EUR' });
    const d = await make(lead.id, null);
    const board = await expectTotalsMatchCards(admin, moduleId);
    const openColumn = board.columns.find((col) => col.status.id === open.id)!;
    expect(openColumn).toMatchObject({
      count: 3,
      sum: { amount: '1333.33', currency: 'RON' },
      weightedSum: { amount: '666.67', currency: 'RON' },
      otherSums: [{ amount: '250.50', currency: 'EUR' }],
    });
    expect(board.columns.find((col) => col.status.id === lead.id)).toMatchObject({
      count: 1,
      sum: { amount: '0.00', currency: 'RON' },
      otherSums: [],
    });

    await patchCard(admin, a.id, { statusId: lead.id }); // move
    await expectTotalsMatchCards(admin, moduleId);
    await patchCard(admin, b.id, { fields: { value: { amount: '10', currency: 'EUR' } } }); // change
    await expectTotalsMatchCards(admin, moduleId);
    await patchCard(admin, d.id, { fields: { value: '-20.05' }, statusId: open.id });
    await expectTotalsMatchCards(admin, moduleId);
    await patchCard(admin, c.id, { fields: { value: null } }); // emptied
    await expectTotalsMatchCards(admin, moduleId);
    await admin.request('DELETE', `/api/v1/cards/${b.id}`); // trash
    await expectTotalsMatchCards(admin, moduleId);
    await admin.request('POST', `/api/v1/cards/${b.id}/restore`);
    const last = await expectTotalsMatchCards(admin, moduleId);
    expect(last.columns.map((col) => col.count)).toEqual([1, 3, 0]);
  });

  it('has no sums on a module without a money field', async () => {
    const admin = await signUp(test);
    const { moduleId } = await moduleWithFields(admin, []);
    await createCard(admin, moduleId, { title: 'Deal' });
    const board = await boardOf(admin, moduleId);
    expect(board.columns[0]).toMatchObject({ count: 1, sum: null, weightedSum: null });
  });

  it('follows the sample cards of a template, and drops them when the sample data goes', async () => {
    const admin = await signUp(test, { modules: ['sales'], sampleData: true });
    const moduleId = (await admin.request('GET', '/api/v1/modules')).json().items[0].id;
    const before = await expectTotalsMatchCards(admin, moduleId);
    expect(before.columns.some((c) => c.otherSums.length > 0)).toBe(true);
    const opening = before.columns[1]!.status.id;
    const real = await createCard(admin, moduleId, {
      title: 'Real deal',
      statusId: opening,
      fields: { value: '4200' },
    });
    await expectTotalsMatchCards(admin, moduleId);

    expect((await admin.request('DELETE', '/api/v1/sample-data')).statusCode).toBe(200);

    const after = await expectTotalsMatchCards(admin, moduleId);
    expect(after.columns.map((c) => c.count)).toEqual(
      after.columns.map((c) => (c.status.id === opening ? 1 : 0)),
    );
    expect(after.columns.find((c) => c.status.id === opening)?.cards.map((c) => c.id)).toEqual([
      real.id,
    ]);
  });
});

describe('board query refusals', () => {
  it.each([
    ['an unknown status', () => '?status=nope', 'query.status'],
    ['a cursor without a status', () => '?cursor=eyJyYW5rIjoiYTAiLCJpZCI6IngifQ', 'query.cursor'],
    ['a cursor that is not one', (s: string) => `?status=${s}&cursor=garbage`, 'query.cursor'],
    ['a limit of 0', () => '?limit=0', 'query.limit'],
    ['a limit of 501', () => '?limit=501', 'query.limit'],
  ])('refuses %s with 400 naming %s', async (_what, query, path) => {
    const admin = await signUp(test);
    const { moduleId, statuses } = await moduleWithFields(admin, []);
    const response = await admin.request(
      'GET',
      `/api/v1/modules/${moduleId}/board${query(statuses[0]!.id)}`,
    );
    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toEqual([path]);
  });
});
