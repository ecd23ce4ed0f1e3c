// A card's timeline (changes and comments, newest first, paged) and commenting.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { HistoryEntry, HistoryPage } from './cards.types';
import { api } from './client';
import { queryKeys } from './query-keys';

const historyPath = (cardId: string) => `/cards/${encodeURIComponent(cardId)}/history`;

export function useCardHistory(cardId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.cardHistory(cardId),
    queryFn: ({ pageParam }) =>
      api.get<HistoryPage>(
        historyPath(cardId) + (pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => ({
      entries: data.pages.flatMap((page) => page.items),
    }),
  });
}

export function useAddComment(cardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<HistoryEntry>(`/cards/${encodeURIComponent(cardId)}/comments`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cardHistory(cardId) }),
  });
}
