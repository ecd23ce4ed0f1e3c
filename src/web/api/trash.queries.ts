// The trash: deleted cards (paged, newest first) and archived modules.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TrashPage } from './cards.types';
import { api } from './client';
import { queryKeys } from './query-keys';

export function useTrash() {
  return useInfiniteQuery({
    queryKey: queryKeys.trash,
    queryFn: ({ pageParam }) =>
      api.get<TrashPage>('/trash' + (pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : '')),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => ({
      cards: data.pages.flatMap((page) => page.cards),
      modules: data.pages.flatMap((page) => page.modules),
    }),
  });
}
