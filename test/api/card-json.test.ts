// The cards of the board and of the list are written as JSON by the database (card-json.sql.ts,
// one way per engine); each must be the card GET /cards/:id answers (on the board with only the
// fields a board card shows, domain/fields/board-fields): same names, times, versions, idle flag,
// values and missing values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './clients';
import {
  boardOf,
  createCard,
  moduleWithFields,
  patchCard,
  readCard,
  type Card,
  type StatusRef,
} from './fixtures';
import type { Client } from './clients';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

const DAY_MS = 24 * 3600 * 1000;

/** A module with four cards: one with every kind of value, one bare, two last changed long ago. */
async function moduleOfCards(admin: Client) {
  const { moduleId, statuses } = await moduleWithFields(admin, [
    { key: 'notes', label: 'Notes', type: 'text' },
    { key: 'value', label: 'Value', type: 'money' },
    { key: 'stage', label: 'Stage', type: 'single_choice', options: [{ key: 'a', label: 'Ă' }] },
    { key: 'due', label: 'Due', type: 'date' },
    { key: 'extra', label: 'Extra', type: 'money' },
    { key: 'score', label: 'Score', type: 'number' },
  ]);
  const open = statuses[0] as StatusRef;
  const won = statuses.find((s) => s.group === 'won') as StatusRef;
  await admin.request('PATCH', `/api/v1/modules/${moduleId}`, { idleDays: 3 });

  const full = await createCard(admin, moduleId, {
    title: 'Ofertă „Țară” \\ "quoted" 😀',
    statusId: open.id,
    fields: {
      notes: 'not on the board',
      value: { amount: '1250.50', currency: 'EUR' },
      stage: 'a',
      due: '2026-12-24',
      extra: { amount: '1.00', currency: 'RON' },
      score: 12.5,
    },
  });
  const bare = await createCard(admin, moduleId, { title: 'No values', statusId: open.id });
  const idle = await createCard(admin, moduleId, { title: 'Idle', statusId: open.id });
  const idleWon = await createCard(admin, moduleId, { title: 'Idle but won', statusId: won.id });
  await patchCard(admin, full.id, { title: `${full.title}!` });
  // Last changed five days ago: idle in an open status, never in a won one.
  const fiveDaysAgo = new Date(Date.now() - 5 * DAY_MS).toISOString();
  await test.db
    .updateTable('cards')
    .set({ updated_at: fiveDaysAgo })
    .where('id', 'in', [idle.id, idleWon.id])
    .execute();
  return { moduleId, full, bare, idle, idleWon, fiveDaysAgo };
}

function expectTheFourCards(shown: Card[], made: Awaited<ReturnType<typeof moduleOfCards>>) {
  const byId = new Map(shown.map((card) => [card.id, card as Card & { stale: boolean }]));
  expect(byId.get(made.full.id)).toMatchObject({ version: 2, stale: false });
  expect(byId.get(made.bare.id)?.fields).toStrictEqual({});
  expect(byId.get(made.idle.id)).toMatchObject({ stale: true, updatedAt: made.fiveDaysAgo });
  expect(byId.get(made.idleWon.id)).toMatchObject({ stale: false });
}

describe('cards written by the database', () => {
  it('on the board are the cards GET /cards/:id answers, with the board fields only', async () => {
    const admin = await signUp(test);
    const made = await moduleOfCards(admin);
    const board = await boardOf(admin, made.moduleId);
    expect(board.cardFields).toEqual(['value', 'stage', 'due']);
    const onBoard = board.columns.flatMap((column) => column.cards);
    expect(onBoard).toHaveLength(4);
    for (const card of onBoard) {
      const read = await readCard(admin, card.id);
      const boardFields = Object.fromEntries(
        Object.entries(read.fields).filter(([key]) => board.cardFields.includes(key)),
      );
      expect(card).toStrictEqual({ ...read, fields: boardFields });
    }
    expectTheFourCards(onBoard, made);
    expect(onBoard.find((card) => card.id === made.full.id)?.fields).toStrictEqual({
      value: { amount: '1250.50', currency: 'EUR' },
      stage: 'a',
      due: '2026-12-24',
    });
  });

  it('in the list are the cards GET /cards/:id answers, every value included', async () => {
    const admin = await signUp(test);
    const made = await moduleOfCards(admin);
    const response = await admin.request(
      'GET',
      `/api/v1/modules/${made.moduleId}/cards?sort=title`,
    );
    expect(response.statusCode).toBe(200);
    const listed = response.json<{ items: Card[]; nextCursor: string | null }>();
    expect(listed.nextCursor).toBeNull();
    expect(listed.items.map((card) => card.title)).toEqual([
      'Idle',
      'Idle but won',
      'No values',
      `${made.full.title}!`,
    ]);
    for (const card of listed.items) expect(card).toStrictEqual(await readCard(admin, card.id));
    expectTheFourCards(listed.items, made);
    expect(listed.items.at(-1)?.fields).toMatchObject({ notes: 'not on the board', score: 12.5 });
  });
});
