import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';

// Where the account is signed in. Sessions change elsewhere (another device signs in, one idles
// out), so the list is fetched fresh whenever the page is shown.
export const deviceQueries = {
  list: () =>
    queryOptions({
      queryKey: ['sessions'] as const,
      queryFn: () => call(() => api.GET('/me/sessions')),
      staleTime: 0,
    }),
};

/** Ends one session on another device; the list is read again either way (it may have ended already). */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => call(() => api.DELETE('/me/sessions/{sessionId}', { params: { path: { sessionId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deviceQueries.list().queryKey }),
  });
}

/** Ends every session but this one. */
export function useSignOutOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(() => api.POST('/me/sessions/sign-out-others')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deviceQueries.list().queryKey }),
  });
}
