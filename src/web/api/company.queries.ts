// Company settings: the legal and contact data, preferences, and the logo.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { queryKeys } from './query-keys';
import type { CompanySettings, CompanySettingsChanges } from './types';

export function useCompanySettings() {
  return useQuery({
    queryKey: queryKeys.companySettings,
    queryFn: () => api.get<CompanySettings>('/settings/company'),
  });
}

/** Invalidates what shows company data: the header (me), the form and the checklist. */
function useCompanyChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      queryClient.invalidateQueries({ queryKey: queryKeys.companySettings }),
      queryClient.invalidateQueries({ queryKey: queryKeys.checklist }),
    ]);
}

export function useUpdateCompanySettings() {
  const queryClient = useQueryClient();
  const companyChanged = useCompanyChanged();
  return useMutation({
    mutationFn: (changes: CompanySettingsChanges) =>
      api.patch<CompanySettings>('/settings/company', changes),
    onSuccess: async (settings) => {
      queryClient.setQueryData(queryKeys.companySettings, settings);
      await companyChanged();
    },
  });
}

export function useUploadLogo() {
  const companyChanged = useCompanyChanged();
  return useMutation({
    mutationFn: (file: File) => api.putFile<{ logoUrl: string }>('/settings/company/logo', file),
    onSuccess: companyChanged,
  });
}

export function useRemoveLogo() {
  const companyChanged = useCompanyChanged();
  return useMutation({
    mutationFn: () => api.delete<void>('/settings/company/logo'),
    onSuccess: companyChanged,
  });
}
