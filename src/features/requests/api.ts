import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/client';

// Rights requests live on the server; other pages file some too (a correction asked for from
// "Your data"), so the list is refreshed whenever this page is opened (see loader.ts).
// The loader imports this file eagerly: filing a request lives in file-request.ts, in the
// route's own chunk.
export const requestQueries = {
  list: () =>
    queryOptions({
      queryKey: ['requests'] as const,
      queryFn: () => call(() => api.GET('/me/requests')),
      staleTime: 0,
    }),
};
