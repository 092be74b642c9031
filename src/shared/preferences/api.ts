import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/client';

// Read side only, shared: the preferences pages and the consents card of "See my data" read the
// same resource through the same keys. The loaders import this file, so it is in the eager
// bundle and stays small; the writes (optimistic, serialised per key) live in
// src/features/preferences/use-preference-mutations.ts, in the route's lazy chunk.
// Keys form a tree whose leaves are the queries: cancelling or refreshing the preferences
// (`detail`) leaves the consent history alone; `all()` reaches both.
export const preferencesQueries = {
  all: () => ['preferences'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...preferencesQueries.all(), 'detail'] as const,
      queryFn: () => call(() => api.GET('/me/preferences')),
    }),
  history: () =>
    infiniteQueryOptions({
      queryKey: [...preferencesQueries.all(), 'history'] as const,
      queryFn: ({ pageParam }) =>
        call(() => api.GET('/me/consents', { params: { query: { limit: 10, ...(pageParam ? { cursor: pageParam } : {}) } } })),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
      staleTime: 0,
    }),
};
