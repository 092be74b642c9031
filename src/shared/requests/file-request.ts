import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { RequestSubject, RequestType, RightsRequestList } from '../../api/types';
import { requestQueries } from './api';

export interface RequestDraft {
  type: RequestType;
  message: string;
  subject: RequestSubject | null;
}

export interface FiledRequest extends RequestDraft {
  /** One per intended submission: a double click or a retry of the same one files one request. */
  idempotencyKey: string;
}

/**
 * The one way the portal files a rights request, whichever page starts it. The new one goes to
 * the top of a cached list at once, then the list is refreshed.
 */
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
      queryClient.setQueryData(requestQueries.list().queryKey, (old: RightsRequestList | undefined) =>
        old ? { ...old, items: [created, ...old.items.filter((item) => item.id !== created.id)] } : old,
      );
      await queryClient.invalidateQueries({ queryKey: requestQueries.list().queryKey, exact: true });
    },
  });
}
