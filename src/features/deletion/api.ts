import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { DeletionRequest } from '../../api/types';
import { i18nStore } from '../../shared/i18n/i18n-store';
import { forgetPersonalData, sessionQueries } from '../../shared/session/api';

// How much of the customer's own data a deletion takes with it. Only totals, from one item per
// list: cheap even for a customer with thousands of orders.
async function fetchFootprint() {
  const [orders, reviews, files, paymentMethods] = await Promise.all([
    call(() => api.GET('/me/orders', { params: { query: { limit: 1 } } })),
    call(() => api.GET('/me/reviews', { params: { query: { limit: 1 } } })),
    call(() => api.GET('/me/files', { params: { query: { limit: 1 } } })),
    call(() => api.GET('/me/payment-methods')),
  ]);
  return { orders: orders.total, reviews: reviews.total, files: files.total, paymentMethods: paymentMethods.items.length };
}

export const deletionQueries = {
  footprint: () => queryOptions({ queryKey: ['deletion', 'footprint'] as const, queryFn: fetchFootprint }),
};

export interface ScheduleDeletion {
  body: DeletionRequest;
  /** One per confirmation attempt, kept across its retries, so a repeat creates no second deletion. */
  idempotencyKey: string;
}

/** Deleting ends the session: like signing out, everything cached about the person goes. */
export function useScheduleDeletion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: ScheduleDeletion) =>
      call(() => api.POST('/me/deletion', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: async () => {
      // The goodbye page goes on in the language the customer was reading: with the session
      // gone, the profile's language goes too and the tenant's default would take over.
      await i18nStore.choose(i18nStore.getLanguage());
      forgetPersonalData(queryClient);
      await queryClient.fetchQuery(sessionQueries.current()).catch(() => undefined);
    },
  });
}

export function useCancelDeletion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(() => api.DELETE('/me/deletion')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey }),
  });
}
