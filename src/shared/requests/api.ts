import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/client';

// Rights requests live on the server and several pages file them (the requests page, a
// correction from "Your data", and the backend records exports, deletions and "Stop all
// marketing" as requests too), so the list is refreshed whenever the requests page is opened.
// Route loaders import this file eagerly: filing a request lives in file-request.ts, in the
// chunks of the pages that file.
export const requestQueries = {
  list: () =>
    queryOptions({
      queryKey: ['requests'] as const,
      queryFn: () => call(() => api.GET('/me/requests')),
      staleTime: 0,
    }),
};
