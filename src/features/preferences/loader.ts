import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { organizationQueries } from '../../shared/tenant/api';
import { preferencesQueries } from '../../shared/preferences/api';

export function createPreferencesLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('preferences'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      queryClient.ensureQueryData(preferencesQueries.detail()),
    ]);
    return null;
  };
}

export function createConsentHistoryLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('preferences'),
      queryClient.ensureQueryData(organizationQueries.detail()),
      queryClient.ensureInfiniteQueryData(preferencesQueries.history()),
    ]);
    return null;
  };
}
