// Contacts to link to cards: found by the start of their name, and one by id (to name a link).
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { contactResponse } from '../../server/features/contacts/contacts.schemas';
import { api } from './client';
import { queryKeys } from './query-keys';
import type { ItemList } from './types';

export type Contact = z.infer<typeof contactResponse>;

/** How many matches a picker offers; typing more narrows them. */
const MATCHES = 20;

export function useContactSearch(search: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.contactSearch(search),
    queryFn: async () =>
      (
        await api.get<ItemList<Contact>>(
          `/contacts?limit=${MATCHES}&q=${encodeURIComponent(search)}`,
        )
      ).items,
    enabled,
    // The last matches stay on screen while the next ones load.
    placeholderData: keepPreviousData,
  });
}

export function useContact(contactId: string | null) {
  return useQuery({
    queryKey: queryKeys.contact(contactId ?? ''),
    queryFn: () => api.get<Contact>(`/contacts/${contactId}`),
    enabled: contactId !== null,
  });
}

/** The names of these contacts, as they load (a trashed contact stays unnamed). */
export function useContactNames(contactIds: readonly string[]): ReadonlyMap<string, string> {
  return useQueries({
    queries: contactIds.map((id) => ({
      queryKey: queryKeys.contact(id),
      queryFn: () => api.get<Contact>(`/contacts/${id}`),
      retry: false,
    })),
    combine: namesOf,
  });
}

// Outside the hook, so the query library can keep the map while the results stay the same.
function namesOf(results: { data?: Contact }[]): ReadonlyMap<string, string> {
  return new Map(results.flatMap(({ data }) => (data ? [[data.id, data.name] as const] : [])));
}
