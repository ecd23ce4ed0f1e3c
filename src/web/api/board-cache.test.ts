import { describe, expect, it } from 'vitest';
import {
  appendPage,
  placeCard,
  refetchLimit,
  toBoardView,
  upsertCard,
  type BoardView,
} from './board-cache';
import type { Board, BoardColumn, Card } from './cards.types';

const card = (id: string, statusId: string, rank: string): Card => ({
  id,
  moduleId: 'm1',
  statusId,
  title: id,
  ownerId: 'u1',
  ownerName: 'Ana Pop',
  contactId: null,
  contactName: null,
  fields: {},
  rank,
  version: 1,
  stale: false,
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
  deletedAt: null,
});

const column = (
  statusId: string,
  cards: Card[],
  nextCursor: string | null = null,
): BoardColumn => ({
  status: { id: statusId, name: statusId, group: 'open', color: '#228be6', probability: 50 },
  count: cards.length + (nextCursor ? 10 : 0),
  sum: null,
  weightedSum: null,
  otherSums: [],
  cards,
  nextCursor,
});

const board = (...columns: BoardColumn[]): Board => ({
  moduleId: 'm1',
  currency: 'RON',
  sumField: null,
  cardFields: [],
  columns,
});

const titles = (view: BoardView, statusId: string) =>
  view.columns.find((c) => c.status.id === statusId)!.cards.map((c) => c.id);
const count = (view: BoardView, statusId: string) =>
  view.columns.find((c) => c.status.id === statusId)!.count;

describe('the board in the query cache', () => {
  const view = toBoardView(
    board(
      column('new', [card('a', 'new', 'a0'), card('b', 'new', 'a1'), card('c', 'new', 'a2')]),
      column('offer', [card('x', 'offer', 'a0'), card('y', 'offer', 'a1')]),
    ),
  );

  it('moves a card to another column between two cards, naming its neighbours', () => {
    const placed = placeCard(view, 'b', 'offer', 1)!;
    expect(titles(placed.view, 'new')).toEqual(['a', 'c']);
    expect(titles(placed.view, 'offer')).toEqual(['x', 'b', 'y']);
    expect([placed.afterId, placed.beforeId]).toEqual(['x', 'y']);
    expect([count(placed.view, 'new'), count(placed.view, 'offer')]).toEqual([2, 3]);
  });

  it('reorders within a column without changing counts', () => {
    const placed = placeCard(view, 'a', 'new', 2)!;
    expect(titles(placed.view, 'new')).toEqual(['b', 'c', 'a']);
    expect([placed.afterId, placed.beforeId]).toEqual(['c', null]);
    expect(count(placed.view, 'new')).toBe(3);
  });

  it('drops into an empty column with no neighbours', () => {
    const withEmpty = toBoardView(
      board(column('new', [card('a', 'new', 'a0')]), column('won', [])),
    );
    const placed = placeCard(withEmpty, 'a', 'won', 0)!;
    expect([placed.afterId, placed.beforeId]).toEqual([null, null]);
  });

  it('writes a changed card back at its rank, and counts a card put in the trash out', () => {
    const moved = upsertCard(view, { ...card('c', 'offer', 'a0V'), version: 2 }, 'new');
    expect(titles(moved, 'offer')).toEqual(['x', 'c', 'y']);
    expect([count(moved, 'new'), count(moved, 'offer')]).toEqual([2, 3]);
    const trashed = upsertCard(view, { ...card('a', 'new', 'a0'), deletedAt: 'now' }, 'new');
    expect(titles(trashed, 'new')).toEqual(['b', 'c']);
    expect(count(trashed, 'new')).toBe(2);
  });

  it('does not show a card ranked beyond the loaded page of a column', () => {
    const paged = toBoardView(board(column('new', [card('a', 'new', 'a0')], 'cursor')));
    const added = upsertCard(paged, card('z', 'new', 'a9'), null);
    expect(titles(added, 'new')).toEqual(['a']);
    expect(count(added, 'new')).toBe(12);
  });

  it('appends a further page and keeps it when the board is loaded again', () => {
    const paged = toBoardView(
      board(column('new', [card('a', 'new', 'a0')], 'cursor'), column('x', [])),
    );
    expect(refetchLimit(paged, 500)).toBeUndefined();
    const more = appendPage(paged, board(column('new', [card('b', 'new', 'a1')])));
    expect(titles(more, 'new')).toEqual(['a', 'b']);
    expect(refetchLimit(more, 500)).toBe(2);
    expect(
      toBoardView(board(column('new', []), column('x', [])), more).columns[0]!.pagesLoaded,
    ).toBe(2);
  });
});
