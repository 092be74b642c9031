import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { organizationQueries } from '../../shared/tenant/api';
import { activityQueries } from './api';

export function createActivityLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('activity'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      queryClient.ensureInfiniteQueryData(activityQueries.list()),
    ]);
    return null;
  };
}
