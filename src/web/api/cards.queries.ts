// One card: reading it, creating one, changing it (with the version last read), and moving it
// to the trash and back. The board and the trash follow each change.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { upsertCard, type BoardView } from './board-cache';
import type { Card, CardChanges, NewCard } from './cards.types';
import { api, ApiError } from './client';
import { queryKeys } from './query-keys';

const cardPath = (cardId: string) => `/cards/${encodeURIComponent(cardId)}`;

export function useCard(cardId: string) {
  return useQuery({
    queryKey: queryKeys.card(cardId),
    queryFn: () => api.get<Card>(cardPath(cardId)),
  });
}

/** Puts the card as the server answered into the card cache and the board of its module. */
function cardChanged(queryClient: QueryClient, card: Card, previousStatusId: string | null) {
  queryClient.setQueryData(queryKeys.card(card.id), card);
  queryClient.setQueryData<BoardView>(
    queryKeys.board(card.moduleId),
    (view) => view && upsertCard(view, card, previousStatusId),
  );
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.board(card.moduleId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.cardHistory(card.id) }),
  ]);
}

export function useCreateCard(moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (card: NewCard) =>
      api.post<Card>(`/modules/${encodeURIComponent(moduleId)}/cards`, card),
    onSuccess: async (card) => {
      await Promise.all([
        cardChanged(queryClient, card, null),
        queryClient.invalidateQueries({ queryKey: queryKeys.modules }),
      ]);
    },
  });
}

/**
 * Changes a card. Changes run one after another, each sent with the version the card has in the
 * cache when it goes out (the one the previous change left), so quick edits never collide with
 * each other, while someone else's change in between still gets a 409.
 */
export function useUpdateCard(cardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `card:${cardId}` },
    mutationFn: async (changes: CardChanges) => {
      const card = queryClient.getQueryData<Card>(queryKeys.card(cardId));
      if (!card) throw new ApiError(404, 'not_found', 'the card is not loaded');
      const updated = await api.patch<Card>(cardPath(cardId), {
        ...changes,
        version: card.version,
      });
      return { updated, previousStatusId: card.statusId };
    },
    onSuccess: ({ updated, previousStatusId }) =>
      cardChanged(queryClient, updated, previousStatusId),
    onError: (error) => {
      if (error.code === 'stale_version') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.card(cardId) });
      }
    },
  });
}

function useTrashChanged() {
  const queryClient = useQueryClient();
  return (card: Card, previousStatusId: string | null) =>
    Promise.all([
      cardChanged(queryClient, card, previousStatusId),
      queryClient.invalidateQueries({ queryKey: queryKeys.trash }),
      queryClient.invalidateQueries({ queryKey: queryKeys.modules }),
    ]);
}

export function useTrashCard() {
  const trashChanged = useTrashChanged();
  return useMutation({
    mutationFn: async (card: Card) => {
      await api.delete<void>(cardPath(card.id));
      return api.get<Card>(cardPath(card.id));
    },
    onSuccess: (trashed, card) => trashChanged(trashed, card.statusId),
  });
}

export function useRestoreCard() {
  const trashChanged = useTrashChanged();
  return useMutation({
    mutationFn: (cardId: string) => api.post<Card>(`${cardPath(cardId)}/restore`),
    onSuccess: (card) => trashChanged(card, null),
  });
}
