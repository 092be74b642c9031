import type { QueryClient } from '@tanstack/react-query';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { profileQueries } from '../../shared/profile/api';
import { organizationQueries } from '../../shared/tenant/api';

export function createProfileLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      ensureMessages('profile'),
      queryClient.ensureQueryData(profileQueries.detail()),
      queryClient.ensureQueryData(organizationQueries.detail()),
    ]);
    return null;
  };
}
