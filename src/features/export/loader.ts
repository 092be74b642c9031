import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { organizationQueries } from '../../shared/tenant/api';
import { exportQueries } from './api';

export function createExportLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('export'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      queryClient.ensureQueryData(exportQueries.list()),
    ]);
    return null;
  };
}
