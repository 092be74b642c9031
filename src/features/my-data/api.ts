import { infiniteQueryOptions, queryOptions, useMutation } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { parameterRules } from '../../api/contract-rules';
import type { RequestSubject } from '../../api/types';

// One query per data category, so each loads (and fails) on its own. Long lists are cursor
// pages: the page asks for one page at a time, never for everything at once.

const page = (cursor: string | null, limit: number) => ({ query: cursor ? { limit, cursor } : { limit } });
// Refetching a list refetches every page loaded so far, so lists refresh on navigation only
// (see loader.ts), not whenever the window regains focus.
const pages = {
  initialPageParam: null as string | null,
  getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor,
  staleTime: 5 * 60_000,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
};

export const myDataQueries = {
  account: () => queryOptions({ queryKey: ['my-data', 'account'] as const, queryFn: () => call(() => api.GET('/me/account')) }),
  paymentMethods: () =>
    queryOptions({ queryKey: ['my-data', 'payment-methods'] as const, queryFn: () => call(() => api.GET('/me/payment-methods')) }),
  technical: () => queryOptions({ queryKey: ['my-data', 'technical'] as const, queryFn: () => call(() => api.GET('/me/technical')) }),
  // bulk@example.com has 10,000 orders: the contract's largest page keeps paging short.
  orders: () =>
    infiniteQueryOptions({
      queryKey: ['my-data', 'orders'] as const,
      queryFn: ({ pageParam }) => call(() => api.GET('/me/orders', { params: page(pageParam, parameterRules.Limit.maximum) })),
      ...pages,
    }),
  reviews: () =>
    infiniteQueryOptions({
      queryKey: ['my-data', 'reviews'] as const,
      queryFn: ({ pageParam }) => call(() => api.GET('/me/reviews', { params: page(pageParam, 50) })),
      ...pages,
    }),
  communications: () =>
    infiniteQueryOptions({
      queryKey: ['my-data', 'communications'] as const,
      queryFn: ({ pageParam }) => call(() => api.GET('/me/communications', { params: page(pageParam, 50) })),
      ...pages,
    }),
  files: () =>
    infiniteQueryOptions({
      queryKey: ['my-data', 'files'] as const,
      queryFn: ({ pageParam }) => call(() => api.GET('/me/files', { params: page(pageParam, 50) })),
      ...pages,
    }),
};

interface CorrectionInput {
  subject: RequestSubject;
  message: string;
  /** One key per attempt: sending the same attempt again cannot file a second request. */
  idempotencyKey: string;
}

/** Files a rectification request for data that cannot be edited in place (a past order's address). */
export function useRequestCorrection() {
  return useMutation({
    mutationFn: ({ subject, message, idempotencyKey }: CorrectionInput) =>
      call(() =>
        api.POST('/me/requests', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: { type: 'rectification', message, subject },
        }),
      ),
  });
}
