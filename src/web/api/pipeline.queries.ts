// A module's pipeline: its statuses in order, and adding, changing, reordering and removing them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inOrder, useModuleSetupChanged } from './cache-updates';
import { api } from './client';
import { queryKeys } from './query-keys';
import type { ItemList, NewStatus, Status, StatusChanges } from './types';

const statusesPath = (moduleId: string) => `/modules/${encodeURIComponent(moduleId)}/statuses`;
const statusPath = (statusId: string) => `/statuses/${encodeURIComponent(statusId)}`;

/** The statuses of a module in pipeline order, each with its live card count. */
export function useStatuses(moduleId: string) {
  return useQuery({
    queryKey: queryKeys.statuses(moduleId),
    queryFn: async () => (await api.get<ItemList<Status>>(statusesPath(moduleId))).items,
  });
}

export function useCreateStatus(moduleId: string) {
  const pipelineChanged = useModuleSetupChanged(moduleId);
  return useMutation({
    mutationFn: (status: NewStatus) => api.post<Status>(statusesPath(moduleId), status),
    onSuccess: pipelineChanged,
  });
}

export function useUpdateStatus(moduleId: string) {
  const queryClient = useQueryClient();
  const pipelineChanged = useModuleSetupChanged(moduleId);
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: StatusChanges }) =>
      api.patch<Status>(statusPath(id), changes),
    onSuccess: async (status) => {
      queryClient.setQueryData<Status[]>(queryKeys.statuses(moduleId), (statuses) =>
        statuses?.map((each) => (each.id === status.id ? status : each)),
      );
      await pipelineChanged();
    },
  });
}

/**
 * Puts the statuses in the order of `ids` at once (optimistic); on failure the previous order
 * comes back and the error goes to the caller.
 */
export function useReorderStatuses(moduleId: string) {
  const queryClient = useQueryClient();
  const pipelineChanged = useModuleSetupChanged(moduleId);
  const key = queryKeys.statuses(moduleId);
  return useMutation({
    mutationFn: (ids: string[]) =>
      api.put<ItemList<Status>>(`${statusesPath(moduleId)}/order`, { ids }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Status[]>(key);
      if (previous) queryClient.setQueryData(key, inOrder(previous, ids));
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (answer) => queryClient.setQueryData(key, answer.items),
    onSettled: pipelineChanged,
  });
}

/** Removes a status; one holding cards needs `moveTo`, the status its cards go to. */
export function useDeleteStatus(moduleId: string) {
  const pipelineChanged = useModuleSetupChanged(moduleId);
  return useMutation({
    mutationFn: ({ id, moveTo }: { id: string; moveTo?: string }) =>
      api.delete<void>(
        moveTo ? `${statusPath(id)}?moveTo=${encodeURIComponent(moveTo)}` : statusPath(id),
      ),
    onSuccess: pipelineChanged,
  });
}
