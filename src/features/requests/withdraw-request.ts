import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { RightsRequestList } from '../../api/types';
import { requestQueries } from '../../shared/requests/api';

export type WithdrawMutation = ReturnType<typeof useWithdrawRequest>;

/** Withdraws an open request; the list shows the withdrawn one at once, then is refreshed. */
export function useWithdrawRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) => call(() => api.POST('/me/requests/{requestId}/withdraw', { params: { path: { requestId } } })),
    onSuccess: async (withdrawn) => {
      queryClient.setQueryData(requestQueries.list().queryKey, (old: RightsRequestList | undefined) =>
        old ? { ...old, items: old.items.map((item) => (item.id === withdrawn.id ? withdrawn : item)) } : old,
      );
      await queryClient.invalidateQueries({ queryKey: requestQueries.list().queryKey, exact: true });
    },
  });
}
