// Order on the board over HTTP on a real database: columns paged 50 at a time with no duplicate
// and no gap, rank keys that place a moved card exactly where it was dropped by writing one row,
// and moves that race each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import {
  boardOf,
  cardState,
  createCard,
  moduleWithFields,
  type Card,
  type StatusRef,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let workspaceId: string;

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  workspaceId = admin.me.workspace.id;
});
afterAll(async () => {
  await test.close();
});

/** A column's card ids in board order, checking that ranks strictly increase down the column. */
async function columnIds(moduleId: string, statusId: string): Promise<string[]> {
  const board = await boardOf(admin, moduleId, `?status=${statusId}&limit=500`);
  const cards = board.columns[0]!.cards;
  const ranks = cards.map((c) => c.rank);
  expect(new Set(ranks).size, 'two cards share a rank').toBe(ranks.length);
  expect([...ranks].sort()).toEqual(ranks);
  return cards.map((c) => c.id);
}

/** Every card row as (id, rank, version, updated_at), to see which rows a move wrote. */
async function cardRows(moduleId: string) {
  const rows = await test.db
    .selectFrom('cards')
    .select(['id', 'rank', 'version', 'updated_at', 'status_id'])
    .where('workspace_id', '=', workspaceId)
    .where('module_id', '=', moduleId)
    .execute();
  return new Map(rows.map((row) => [row.id, JSON.stringify(row)]));
}

const move = (card: Card, body: Record<string, unknown>) =>
  admin.request('PATCH', `/api/v1/cards/${card.id}`, { version: card.version, ...body });

function changedRows(before: Map<string, string>, after: Map<string, string>) {
  return [...after].filter(([id, row]) => before.get(id) !== row).map(([id]) => id);
}

/** A module whose second column holds `count` cards, in creation order. */
async function column(count: number) {
  const { moduleId, statuses } = await moduleWithFields(admin, []);
  const [first, second] = statuses as [StatusRef, StatusRef, StatusRef];
  const cards: Card[] = [];
  for (let n = 0; n < count; n += 1) {
    cards.push(await createCard(admin, moduleId, { title: `Card ${n}`, statusId: second.id }));
  }
  return { moduleId, first, second, cards };
}

describe('paging a column', () => {
  it('shows 50 cards per column, then pages one column to the end with no duplicate or gap', async () => {
    const { moduleId, first, second, cards } = await column(120);
    await createCard(admin, moduleId, { title: 'Alone', statusId: first.id });

    const board = await boardOf(admin, moduleId);
    const paged = board.columns.find((c) => c.status.id === second.id)!;
    expect(paged.count).toBe(120);
    expect(paged.cards).toHaveLength(50);
    expect(board.columns.find((c) => c.status.id === first.id)?.nextCursor).toBeNull();

    const seen = paged.cards.map((c) => c.id);
    let cursor = paged.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = await boardOf(admin, moduleId, `?status=${second.id}&cursor=${cursor}`);
      expect(page.columns.map((c) => c.status.id)).toEqual([second.id]);
      expect(page.columns[0]!.count).toBe(120);
      seen.push(...page.columns[0]!.cards.map((c) => c.id));
      cursor = page.columns[0]!.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(cards.map((c) => c.id));
  });
});

describe('rank order', () => {
  it('places a card moved into another column between the two cards it was dropped between, writing one row', async () => {
    const { moduleId, first, second, cards } = await column(5);
    const moved = await createCard(admin, moduleId, { title: 'Moved', statusId: first.id });
    const before = await cardRows(moduleId);

    const response = await move(moved, {
      statusId: second.id,
      position: { afterId: cards[1]!.id, beforeId: cards[2]!.id },
    });

    expect(response.statusCode).toBe(200);
    const ids = cards.map((c) => c.id);
    expect(await columnIds(moduleId, second.id)).toEqual([
      ...ids.slice(0, 2),
      moved.id,
      ...ids.slice(2),
    ]);
    expect(changedRows(before, await cardRows(moduleId))).toEqual([moved.id]);
  });

  it.each<[string, { afterId?: number; beforeId?: number }, number[]]>([
    ['between two cards', { afterId: 1, beforeId: 2 }, [1, 4, 2, 3, 5]],
    ['after a card alone', { afterId: 2 }, [1, 2, 4, 3, 5]],
    ['before a card alone', { beforeId: 2 }, [1, 4, 2, 3, 5]],
    ['before the card after it', { beforeId: 5 }, [1, 2, 3, 4, 5]],
    ['at the top', { beforeId: 1 }, [4, 1, 2, 3, 5]],
    ['at the bottom', { afterId: 5 }, [1, 2, 3, 5, 4]],
    ['with no neighbours named', {}, [1, 2, 3, 5, 4]],
  ])('reorders within a column: %s', async (_where, at, expected) => {
    // Cards 1..5 in a column; card 4 moves. Positions and the expected order name cards 1..5.
    const { moduleId, second, cards } = await column(5);
    const byNumber = (n: number | undefined) => (n === undefined ? undefined : cards[n - 1]!.id);
    const before = await cardRows(moduleId);

    const response = await move(cards[3]!, {
      position: { afterId: byNumber(at.afterId), beforeId: byNumber(at.beforeId) },
    });

    expect(response.statusCode).toBe(200);
    expect(await columnIds(moduleId, second.id)).toEqual(expected.map((n) => cards[n - 1]!.id));
    expect(changedRows(before, await cardRows(moduleId))).toEqual([cards[3]!.id]);
  });

  it('places a card dropped before a card exactly there, even after earlier moves into that gap', async () => {
    const { moduleId, first, second, cards } = await column(3);
    const x = await createCard(admin, moduleId, { title: 'X', statusId: first.id });
    const y = await createCard(admin, moduleId, { title: 'Y', statusId: first.id });
    await move(x, {
      statusId: second.id,
      position: { afterId: cards[0]!.id, beforeId: cards[1]!.id },
    });

    const response = await move(y, { statusId: second.id, position: { beforeId: cards[1]!.id } });

    expect(response.statusCode).toBe(200);
    const [one, two, three] = cards.map((c) => c.id);
    expect(await columnIds(moduleId, second.id)).toEqual([one, x.id, y.id, two, three]);
  });

  it('appends a card moved to another column without a position at its end', async () => {
    const { moduleId, first, second, cards } = await column(3);
    const moved = await createCard(admin, moduleId, { title: 'Moved', statusId: first.id });
    expect((await move(moved, { statusId: second.id })).statusCode).toBe(200);
    expect(await columnIds(moduleId, second.id)).toEqual([...cards.map((c) => c.id), moved.id]);
  });

  it.each([
    ['afterId names a card of another column', 'other', 'afterId'],
    ['beforeId names a card of another column', 'other', 'beforeId'],
    ['afterId names no card', 'unknown', 'afterId'],
    ['beforeId names a trashed card', 'trashed', 'beforeId'],
  ] as const)(
    'refuses a stale position where %s with 409, and writes nothing',
    async (_what, kind, side) => {
      const { moduleId, first, second, cards } = await column(3);
      const elsewhere = await createCard(admin, moduleId, {
        title: 'Elsewhere',
        statusId: first.id,
      });
      const trashed = cards[2]!;
      await admin.request('DELETE', `/api/v1/cards/${trashed.id}`);
      const named = { other: elsewhere.id, unknown: 'no-such-card', trashed: trashed.id }[kind];
      const before = await cardState(test, workspaceId);

      const response = await move(cards[0]!, {
        statusId: second.id,
        position: { [side]: named },
      });

      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('stale_position');
      expect(await cardState(test, workspaceId)).toEqual(before);
    },
  );
});

describe('moves that race', () => {
  it('lets cards cross between two columns at the same time, every move applied and counted', async () => {
    const { moduleId, first, second, cards } = await column(8);
    const others: Card[] = [];
    for (let n = 0; n < 8; n += 1) {
      others.push(await createCard(admin, moduleId, { title: `Other ${n}`, statusId: first.id }));
    }
    const responses = await Promise.all(
      cards.flatMap((card, n) => [
        move(card, { statusId: first.id }),
        move(others[n]!, { statusId: second.id }),
      ]),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 200));
    const board = await boardOf(admin, moduleId);
    expect(board.columns.slice(0, 2).map((c) => c.count)).toEqual([8, 8]);
    // Appends that race may share a rank (cards.service.ts steps past such ties); ids order them.
    const crossed = board.columns.find((c) => c.status.id === second.id)!;
    expect(new Set(crossed.cards.map((c) => c.id))).toEqual(new Set(others.map((c) => c.id)));
  });
});
