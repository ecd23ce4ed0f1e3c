// The board as the query cache holds it, and the pure changes made to it: a card placed by a
// drag, a card written back after a change, a further page of one column.
import type { Board, BoardColumn, Card } from './cards.types';

/** A column plus how many pages of it were loaded, so a refetch can keep them. */
export type BoardColumnView = BoardColumn & { pagesLoaded: number };
export type BoardView = Omit<Board, 'columns'> & { columns: BoardColumnView[] };

/** The board as loaded, keeping the page counts of a previous load of the same columns. */
export function toBoardView(board: Board, previous?: BoardView): BoardView {
  const pages = new Map(previous?.columns.map((column) => [column.status.id, column.pagesLoaded]));
  return {
    ...board,
    columns: board.columns.map((column) => ({
      ...column,
      pagesLoaded: pages.get(column.status.id) ?? 1,
    })),
  };
}

/**
 * How many cards per column a refetch asks for: none (the server's page) unless a column was
 * paged further, then as many as the longest column shows, so nothing loaded disappears.
 */
export function refetchLimit(view: BoardView | undefined, maxLimit: number): number | undefined {
  if (!view?.columns.some((column) => column.pagesLoaded > 1)) return undefined;
  const longest = Math.max(...view.columns.map((column) => column.cards.length));
  return Math.min(longest, maxLimit);
}

/** A further page of one column (`page` is the board answer for that one status). */
export function appendPage(view: BoardView, page: Board): BoardView {
  const [loaded] = page.columns;
  if (!loaded) return view;
  return {
    ...view,
    columns: view.columns.map((column) => {
      if (column.status.id !== loaded.status.id) return column;
      const known = new Set(column.cards.map((card) => card.id));
      return {
        ...column,
        cards: [...column.cards, ...loaded.cards.filter((card) => !known.has(card.id))],
        nextCursor: loaded.nextCursor,
        count: loaded.count,
        pagesLoaded: column.pagesLoaded + 1,
      };
    }),
  };
}

export function findCard(view: BoardView, cardId: string): Card | undefined {
  for (const column of view.columns) {
    const card = column.cards.find((candidate) => candidate.id === cardId);
    if (card) return card;
  }
  return undefined;
}

export type Placement = { view: BoardView; afterId: string | null; beforeId: string | null };

/**
 * Puts a card at `index` of the column of `statusId` (counts follow) and names its new
 * neighbours, the position the server is told. Null when the card or column is unknown.
 */
export function placeCard(
  view: BoardView,
  cardId: string,
  statusId: string,
  index: number,
): Placement | null {
  const card = findCard(view, cardId);
  const target = view.columns.find((column) => column.status.id === statusId);
  if (!card || !target) return null;
  const moved = { ...card, statusId };
  const targetCards = target.cards.filter((other) => other.id !== cardId);
  const at = Math.max(0, Math.min(index, targetCards.length));
  targetCards.splice(at, 0, moved);
  const columns = view.columns.map((column) => {
    if (column.status.id === statusId) {
      const count = card.statusId === statusId ? column.count : column.count + 1;
      return { ...column, cards: targetCards, count };
    }
    if (column.status.id === card.statusId) {
      const cards = column.cards.filter((other) => other.id !== cardId);
      return { ...column, cards, count: Math.max(0, column.count - 1) };
    }
    return column;
  });
  return {
    view: { ...view, columns },
    afterId: targetCards[at - 1]?.id ?? null,
    beforeId: targetCards[at + 1]?.id ?? null,
  };
}

const byRank = (a: Card, b: Card) =>
  a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Writes back a card as the server answered it: in the column of its status, at its rank (if
 * that falls among the loaded cards), or out of the board when it is in the trash.
 * `previousStatusId` is the column it was counted in before, null if none (new or restored).
 */
export function upsertCard(
  view: BoardView,
  card: Card,
  previousStatusId: string | null,
): BoardView {
  const visible = card.deletedAt === null && card.moduleId === view.moduleId;
  const columns = view.columns.map((column) => {
    const isOld = previousStatusId === column.status.id;
    const isNew = visible && card.statusId === column.status.id;
    let cards = column.cards.filter((other) => other.id !== card.id);
    if (isNew) {
      const index = cards.findIndex((other) => byRank(card, other) < 0);
      if (index !== -1) cards = [...cards.slice(0, index), card, ...cards.slice(index)];
      else if (column.nextCursor === null) cards = [...cards, card];
    }
    if (!isOld && !isNew && cards.length === column.cards.length) return column;
    const count = column.count + (isNew ? 1 : 0) - (isOld ? 1 : 0);
    return { ...column, cards, count: Math.max(0, count) };
  });
  return { ...view, columns };
}
