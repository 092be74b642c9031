import type { QueryClient } from '@tanstack/react-query';
import { organizationQueries } from '../../shared/tenant/api';
import { sessionQueries } from '../../shared/session/api';
import { deletionQueries } from './api';

export function createDeletionLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      queryClient.ensureQueryData(organizationQueries.detail()),
      queryClient.ensureQueryData(sessionQueries.current()),
      queryClient.ensureQueryData(deletionQueries.footprint()),
    ]);
    return null;
  };
}
