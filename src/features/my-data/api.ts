import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { parameterRules } from '../../api/contract-rules';

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
