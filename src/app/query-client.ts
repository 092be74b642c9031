import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

// Reads retry on failures that may pass (offline, 5xx) with backoff; a 4xx will not change by
// asking again. Mutations never retry on their own: sending twice must be the user's (or an
// idempotency key's) decision. 401 is handled below the query layer (src/api/client.ts), which
// can re-send the very request after the person signs in again.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 3 && isApiError(error) && (error.isNetwork || error.isServer),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
