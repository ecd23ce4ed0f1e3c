// Modules: the list (active and archived), one module's set-up, templates, and their changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inOrder } from './cache-updates';
import { api } from './client';
import { queryKeys } from './query-keys';
import type {
  ItemList,
  Module,
  ModuleChanges,
  ModuleDetail,
  ModuleTemplateSummary,
  NewModule,
} from './types';

/** All modules, archived included, ordered by position. */
export function useModules() {
  return useQuery({
    queryKey: queryKeys.modules,
    queryFn: async () => (await api.get<ItemList<Module>>('/modules?includeArchived=true')).items,
  });
}

/** One module's detail: what the board, the card page and the settings screens read of it. */
export function moduleDetailQuery(id: string) {
  return {
    queryKey: queryKeys.module(id),
    queryFn: () => api.get<ModuleDetail>(`/modules/${encodeURIComponent(id)}`),
  };
}

export function useModule(id: string) {
  return useQuery(moduleDetailQuery(id));
}

export function useModuleTemplates() {
  return useQuery({
    queryKey: queryKeys.moduleTemplates,
    queryFn: async () =>
      (await api.get<ItemList<ModuleTemplateSummary>>('/module-templates')).items,
    staleTime: Infinity,
  });
}

function useModulesChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.modules }),
      queryClient.invalidateQueries({ queryKey: queryKeys.checklist }),
    ]);
}

export function useCreateModule() {
  const modulesChanged = useModulesChanged();
  return useMutation({
    mutationFn: (module: NewModule) => api.post<Module>('/modules', module),
    onSuccess: modulesChanged,
  });
}

export function useUpdateModule() {
  const modulesChanged = useModulesChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ModuleChanges }) =>
      api.patch<Module>(`/modules/${encodeURIComponent(id)}`, changes),
    onSuccess: modulesChanged,
  });
}

export function useArchiveModule() {
  const modulesChanged = useModulesChanged();
  return useMutation({
    mutationFn: (id: string) => api.delete<Module>(`/modules/${encodeURIComponent(id)}`),
    onSuccess: modulesChanged,
  });
}

/**
 * Puts the active modules in the given order at once (optimistic); on failure the previous
 * order comes back and the error goes to the caller.
 */
export function useReorderModules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) =>
      api.put<ItemList<Module>>('/modules/order', { ids }).then((answer) => answer.items),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.modules });
      const previous = queryClient.getQueryData<Module[]>(queryKeys.modules);
      if (previous) queryClient.setQueryData(queryKeys.modules, activeInOrder(previous, ids));
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.modules, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.modules }),
  });
}

/** The active modules in the order of `ids` (positions renumbered), then the archived ones. */
function activeInOrder(modules: Module[], ids: string[]): Module[] {
  return [...inOrder(modules, ids), ...modules.filter((module) => !ids.includes(module.id))];
}
