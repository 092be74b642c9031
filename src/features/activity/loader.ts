import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { organizationQueries } from '../../shared/tenant/api';
import { activityQueries } from './api';

export function createActivityLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('activity'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      // Shown before from the cache, it is brought up to date at once (the page's own refetch on
      // mount would wait: suspense queries count as fresh for their first second).
      queryClient.ensureInfiniteQueryData({ ...activityQueries.list(), revalidateIfStale: true }),
    ]);
    return null;
  };
}
