import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/client';

// The tenant (operator) is public and changes rarely: one fetch per visit is enough.
export const organizationQueries = {
  detail: () =>
    queryOptions({
      queryKey: ['organization'] as const,
      queryFn: () => call(() => api.GET('/organization')),
      staleTime: 30 * 60_000,
    }),
  policy: () =>
    queryOptions({
      queryKey: ['organization', 'policy'] as const,
      queryFn: () => call(() => api.GET('/organization/policy')),
      staleTime: 30 * 60_000,
    }),
};
