import type { QueryClient } from '@tanstack/react-query';
import { organizationQueries } from '../../shared/tenant/api';
import { exportQueries } from './api';

export function createExportLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      queryClient.ensureQueryData(organizationQueries.detail()),
      queryClient.ensureQueryData(exportQueries.list()),
    ]);
    return null;
  };
}
