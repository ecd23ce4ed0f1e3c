// A module's pipeline: its statuses in order, and adding, changing, reordering and removing them.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { inOrder, useModuleSetupChanged } from './cache-updates';
import { api } from './client';
import { moduleDetailQuery } from './modules.queries';
import { queryKeys } from './query-keys';
import type { ItemList, ModuleDetail, NewStatus, Status, StatusChanges } from './types';

const statusesPath = (moduleId: string) => `/modules/${encodeURIComponent(moduleId)}/statuses`;
const statusPath = (statusId: string) => `/statuses/${encodeURIComponent(statusId)}`;

const statusesOf = (module: ModuleDetail): Status[] => module.statuses;

/**
 * The statuses of a module in pipeline order, each with its live card count: from the module's
 * detail, which carries them, so a change refreshes one request, not two.
 */
export function useStatuses(moduleId: string) {
  return useQuery({ ...moduleDetailQuery(moduleId), select: statusesOf });
}

/** Puts `statuses` in the module's detail as it is kept on this page. */
function keepStatuses(
  queryClient: QueryClient,
  moduleId: string,
  change: (statuses: Status[]) => Status[],
) {
  queryClient.setQueryData<ModuleDetail>(
    queryKeys.module(moduleId),
    (module) => module && { ...module, statuses: change(module.statuses) },
  );
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
      keepStatuses(queryClient, moduleId, (statuses) =>
        statuses.map((each) => (each.id === status.id ? status : each)),
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
  const key = queryKeys.module(moduleId);
  return useMutation({
    mutationFn: (ids: string[]) =>
      api.put<ItemList<Status>>(`${statusesPath(moduleId)}/order`, { ids }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ModuleDetail>(key)?.statuses;
      keepStatuses(queryClient, moduleId, (statuses) => inOrder(statuses, ids));
      return { previous };
    },
    onError: (_error, _ids, context) => {
      const previous = context?.previous;
      if (previous) keepStatuses(queryClient, moduleId, () => previous);
    },
    onSuccess: (answer) => keepStatuses(queryClient, moduleId, () => answer.items),
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
