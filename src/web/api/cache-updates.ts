// Cache updates the set-up mutations share: what refetches after a module's set-up changes, and
// a list put in a new order before the server answers.
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/** After a change, all keyed under the module (statuses, fields) and the checklist refetch. */
export function useModuleSetupChanged(moduleId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.module(moduleId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.checklist }),
    ]);
}

/** The items named in `ids`, in that order with positions renumbered; the others are left out. */
export function inOrder<T extends { id: string; position: number }>(
  items: T[],
  ids: string[],
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id, position) => {
    const item = byId.get(id);
    return item ? [{ ...item, position }] : [];
  });
}
