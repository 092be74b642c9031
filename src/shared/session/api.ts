import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { setCsrfToken } from '../../api/csrf-token';
import type { Session } from '../../api/types';

async function fetchSession(): Promise<Session> {
  const session = await call(() => api.GET('/session'));
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'] as const,
      queryFn: fetchSession,
      staleTime: 60_000,
    }),
};

/** Everything cached about a person goes; the tenant's public data stays. */
export function forgetPersonalData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'organization' });
}

export interface Credentials {
  email: string;
  password: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => call(() => api.POST('/session', { body: credentials })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      const previous = queryClient.getQueryData(sessionQueries.current().queryKey);
      // Another person on the same browser must never see the previous one's cached data.
      if (previous?.customer?.id !== session.customer?.id) forgetPersonalData(queryClient);
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
    },
  });
}

function useEndSession(send: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await send();
      } catch {
        // Signing out must always work locally, even offline or with the session already gone.
      }
    },
    onSettled: async () => {
      forgetPersonalData(queryClient);
      await queryClient.fetchQuery(sessionQueries.current()).catch(() => undefined);
    },
  });
}

export function useSignOut() {
  return useEndSession(() => call(() => api.DELETE('/session'), { recoverSession: false }));
}

export function useSignOutEverywhere() {
  return useEndSession(() => call(() => api.POST('/session/sign-out-everywhere'), { recoverSession: false }));
}

export function useConfirmPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => call(() => api.POST('/session/confirm-password', { body: { password } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey }),
  });
}
