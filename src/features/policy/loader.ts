import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { organizationQueries } from '../../shared/tenant/api';

export function createPolicyLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('policy'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      queryClient.ensureQueryData(organizationQueries.policy()),
    ]);
    return null;
  };
}
