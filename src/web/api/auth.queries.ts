// Who is signed in: the session behind /auth/me, and the sign-up, sign-in and sign-out actions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './client';
import { queryKeys } from './query-keys';
import type { LoginRequest, Me, SignupRequest } from './types';

/** The signed-in user and workspace, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await api.get<Me>('/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

function useSessionStart<TRequest>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TRequest) => api.post<Me>(path, request),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}

export function useSignup() {
  return useSessionStart<SignupRequest>('/signup');
}

export function useLogin() {
  return useSessionStart<LoginRequest>('/auth/login');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
