import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/client';

/** Events per page: enough to fill a phone screen a few times over. */
export const ACTIVITY_PAGE_SIZE = 20;

// Read only. Other pages' changes add events, so the log is refetched whenever it is shown
// (staleTime 0): the person sees the change they just made.
export const activityQueries = {
  list: () =>
    infiniteQueryOptions({
      queryKey: ['activity'] as const,
      queryFn: ({ pageParam }) =>
        call(() =>
          api.GET('/me/activity', {
            params: { query: { limit: ACTIVITY_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
          }),
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
      staleTime: 0,
    }),
};
