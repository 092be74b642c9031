import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { organizationQueries } from '../../shared/tenant/api';
import { requestQueries } from '../../shared/requests/api';

export function createRequestsLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('requests'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      // Shown at once when cached, refreshed behind it: a correction filed from "Your data" a
      // moment ago appears without waiting for the list to go stale.
      queryClient.ensureQueryData({ ...requestQueries.list(), revalidateIfStale: true }),
    ]);
    return null;
  };
}
