// The people of the workspace (read-only for now).
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { queryKeys } from './query-keys';
import type { ItemList, WorkspaceUser } from './types';

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users,
    queryFn: async () => (await api.get<ItemList<WorkspaceUser>>('/users')).items,
  });
}
