import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { RequestSubject, RequestType, RightsRequestList } from '../../api/types';

// Rights requests live on the server; other pages file some too (a correction asked for from
// "Your data"), so the list is refreshed whenever this page is opened (see loader.ts).
export const requestQueries = {
  list: () =>
    queryOptions({
      queryKey: ['requests'] as const,
      queryFn: () => call(() => api.GET('/me/requests')),
      staleTime: 0,
    }),
};

export interface RequestDraft {
  type: RequestType;
  message: string;
  subject: RequestSubject | null;
}

export interface FiledRequest extends RequestDraft {
  /** One per attempt: a double click or a retry of the same attempt files one request. */
  idempotencyKey: string;
}

export function useFileRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ idempotencyKey, ...body }: FiledRequest) =>
      call(() =>
        api.POST('/me/requests', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: async (created) => {
      queryClient.setQueryData(requestQueries.list().queryKey, (old: RightsRequestList | undefined) => ({
        items: [created, ...(old?.items ?? []).filter((item) => item.id !== created.id)],
      }));
      await queryClient.invalidateQueries({ queryKey: requestQueries.list().queryKey, exact: true });
    },
  });
}
