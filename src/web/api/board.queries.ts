// The kanban board of a module: loading it, paging one column, and moving a card (shown at once,
// rolled back when the server refuses).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  appendPage,
  findCard,
  placeCard,
  refetchLimit,
  toBoardView,
  upsertCard,
  type BoardView,
} from './board-cache';
import type { Board, Card, CardPosition } from './cards.types';
import { api, ApiError } from './client';
import { queryKeys } from './query-keys';

/** The API's largest page (API.md "Lists"). */
const MAX_PAGE_SIZE = 500;

const boardPath = (moduleId: string) => `/modules/${encodeURIComponent(moduleId)}/board`;

export function useBoard(moduleId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.board(moduleId),
    queryFn: async () => {
      const previous = queryClient.getQueryData<BoardView>(queryKeys.board(moduleId));
      const limit = refetchLimit(previous, MAX_PAGE_SIZE);
      const board = await api.get<Board>(boardPath(moduleId) + (limit ? `?limit=${limit}` : ''));
      return toBoardView(board, previous);
    },
  });
}

/** The next page of one column, appended to what the board shows. */
export function useLoadMoreCards(moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ statusId, cursor }: { statusId: string; cursor: string }) =>
      api.get<Board>(
        `${boardPath(moduleId)}?status=${encodeURIComponent(statusId)}&cursor=${encodeURIComponent(cursor)}`,
      ),
    onSuccess: (page) =>
      queryClient.setQueryData<BoardView>(
        queryKeys.board(moduleId),
        (view) => view && appendPage(view, page),
      ),
  });
}

export type CardMove = { cardId: string; statusId: string; index: number };
type MoveRequest = {
  cardId: string;
  statusId: string | undefined;
  position: CardPosition;
  previous: BoardView;
};

/**
 * Moving a card: the board changes at once (in the same render as the drop, so nothing
 * flickers), then the PATCH goes out with the card's version and its new neighbours. Moves run
 * one after another, each with the version the previous one left. On an error the board goes
 * back to how it was before the move and the error goes to `onError`.
 */
export function useMoveCard(moduleId: string) {
  const queryClient = useQueryClient();
  const boardKey = queryKeys.board(moduleId);
  const mutation = useMutation({
    mutationKey: ['move-card', moduleId],
    scope: { id: `board:${moduleId}` },
    mutationFn: ({ cardId, statusId, position }: MoveRequest) => {
      const view = queryClient.getQueryData<BoardView>(boardKey);
      const card = view && findCard(view, cardId);
      if (!card) throw new ApiError(409, 'stale_position', 'the card is no longer on the board');
      return api.patch<Card>(`/cards/${encodeURIComponent(cardId)}`, {
        version: card.version,
        ...(statusId !== undefined && { statusId }),
        position,
      });
    },
    onSuccess: (card) => {
      queryClient.setQueryData<BoardView>(
        boardKey,
        (view) => view && upsertCard(view, card, card.statusId),
      );
      queryClient.setQueryData(queryKeys.card(card.id), card);
      void queryClient.invalidateQueries({ queryKey: queryKeys.cardHistory(card.id) });
    },
    onError: (_error, { previous }) => queryClient.setQueryData(boardKey, previous),
    onSettled: () => {
      // The totals come from the server; refetch once the last move of a burst is done.
      if (queryClient.isMutating({ mutationKey: ['move-card', moduleId] }) === 1) {
        void queryClient.invalidateQueries({ queryKey: boardKey });
      }
    },
  });

  const move = (
    { cardId, statusId, index }: CardMove,
    options: { onError: (error: ApiError, card: Card) => void },
  ): boolean => {
    const previous = queryClient.getQueryData<BoardView>(boardKey);
    const card = previous && findCard(previous, cardId);
    if (!previous || !card) return false;
    const placement = placeCard(previous, cardId, statusId, index);
    if (!placement) return false;
    void queryClient.cancelQueries({ queryKey: boardKey });
    queryClient.setQueryData(boardKey, placement.view);
    mutation.mutate(
      {
        cardId,
        statusId: statusId === card.statusId ? undefined : statusId,
        position: { afterId: placement.afterId, beforeId: placement.beforeId },
        previous,
      },
      { onError: (error) => options.onError(error, card) },
    );
    return true;
  };
  return move;
}
