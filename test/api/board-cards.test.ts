// The board's cards are written as JSON by the database (card-json.sql.ts, one way per engine);
// each must be the card GET /cards/:id answers, with only the fields a board card shows
// (domain/fields/board-fields): same names, times, versions, idle flag and missing values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './clients';
import { boardOf, createCard, moduleWithFields, patchCard, readCard } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

const DAY_MS = 24 * 3600 * 1000;

describe('cards on the board', () => {
  it('are the cards GET /cards/:id answers, with the board fields only', async () => {
    const admin = await signUp(test);
    const { moduleId, statuses } = await moduleWithFields(admin, [
      { key: 'notes', label: 'Notes', type: 'text' },
      { key: 'value', label: 'Value', type: 'money' },
      { key: 'stage', label: 'Stage', type: 'single_choice', options: [{ key: 'a', label: 'Ă' }] },
      { key: 'due', label: 'Due', type: 'date' },
      { key: 'extra', label: 'Extra', type: 'money' },
    ]);
    const [open, , won] = [statuses[0]!, statuses[1]!, statuses.find((s) => s.group === 'won')!];
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

    const board = await boardOf(admin, moduleId);
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
    const byId = new Map(onBoard.map((card) => [card.id, card]));
    expect(byId.get(full.id)).toMatchObject({
      version: 2,
      stale: false,
      fields: { value: { amount: '1250.50', currency: 'EUR' }, stage: 'a', due: '2026-12-24' },
    });
    expect(byId.get(bare.id)?.fields).toStrictEqual({});
    expect(byId.get(idle.id)).toMatchObject({ stale: true, updatedAt: fiveDaysAgo });
    expect(byId.get(idleWon.id)).toMatchObject({ stale: false });
  });
});
