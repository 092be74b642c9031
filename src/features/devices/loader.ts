import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { organizationQueries } from '../../shared/tenant/api';
import { deviceQueries } from './api';

export function createDevicesLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('devices'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      // Shown from the cache at once, brought up to date straight away (sessions change elsewhere).
      queryClient.ensureQueryData({ ...deviceQueries.list(), revalidateIfStale: true }),
    ]);
    return null;
  };
}
