import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { organizationQueries } from '../../shared/tenant/api';
import { sessionQueries } from '../../shared/session/api';
import { deletionQueries } from './api';

export function createDeletionLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('deletion'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      queryClient.ensureQueryData(sessionQueries.current()),
      queryClient.ensureQueryData(deletionQueries.footprint()),
    ]);
    return null;
  };
}
