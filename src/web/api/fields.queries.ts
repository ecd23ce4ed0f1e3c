// A module's custom fields (archived ones included): adding, changing, moving, archiving,
// restoring and deleting them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useModuleSetupChanged } from './cache-updates';
import { api } from './client';
import { queryKeys } from './query-keys';
import type { Field, FieldChanges, ItemList, NewField } from './types';

const fieldsPath = (moduleId: string) => `/modules/${encodeURIComponent(moduleId)}/fields`;
const fieldPath = (fieldId: string) => `/fields/${encodeURIComponent(fieldId)}`;

/** Every field of a module in order, archived ones too (they carry `archived: true`). */
export function useFields(moduleId: string) {
  return useQuery({
    queryKey: queryKeys.fields(moduleId),
    queryFn: async () =>
      (await api.get<ItemList<Field>>(`${fieldsPath(moduleId)}?includeArchived=true`)).items,
  });
}

export function useCreateField(moduleId: string) {
  const fieldsChanged = useModuleSetupChanged(moduleId);
  return useMutation({
    mutationFn: (field: NewField) => api.post<Field>(fieldsPath(moduleId), field),
    onSuccess: fieldsChanged,
  });
}

/** Changes a field; `{ archived: false }` restores an archived one. */
export function useUpdateField(moduleId: string) {
  const fieldsChanged = useModuleSetupChanged(moduleId);
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: FieldChanges }) =>
      api.patch<Field>(fieldPath(id), changes),
    onSuccess: fieldsChanged,
  });
}

/** Deletes a field no card holds a value for; one with data is archived instead (returned). */
export function useDeleteField(moduleId: string) {
  const fieldsChanged = useModuleSetupChanged(moduleId);
  return useMutation({
    mutationFn: (id: string) => api.delete<Field | undefined>(fieldPath(id)),
    onSuccess: fieldsChanged,
  });
}

/**
 * Puts the fields in use in a new order (one request, one transaction), shown at once; on
 * failure the list is reloaded and the error goes to the caller.
 */
export function useReorderFields(moduleId: string) {
  const queryClient = useQueryClient();
  const fieldsChanged = useModuleSetupChanged(moduleId);
  const key = queryKeys.fields(moduleId);
  return useMutation({
    mutationFn: (ordered: Field[]) =>
      api.put<ItemList<Field>>(`${fieldsPath(moduleId)}/order`, {
        ids: ordered.map((field) => field.id),
      }),
    onMutate: async (ordered) => {
      await queryClient.cancelQueries({ queryKey: key });
      const positions = new Map(ordered.map((field, position) => [field.id, position]));
      queryClient.setQueryData<Field[]>(key, (fields) =>
        fields
          ?.map((field) => ({ ...field, position: positions.get(field.id) ?? field.position }))
          .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id)),
      );
    },
    onSettled: fieldsChanged,
  });
}
