// The administrator's seven-step checklist and the one-click removal of sample data.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { queryKeys } from './query-keys';
import type { Checklist, SampleDataRemoval } from './types';

export function useChecklist() {
  return useQuery({
    queryKey: queryKeys.checklist,
    queryFn: () => api.get<Checklist>('/checklist'),
  });
}

export function useRemoveSampleData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<SampleDataRemoval>('/sample-data'),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.modules }),
        queryClient.invalidateQueries({ queryKey: queryKeys.checklist }),
      ]);
    },
  });
}
