import { createBrowserRouter } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { sessionQueries } from '../shared/session/api';
import { installSessionRecovery } from './session/reauth-store';
import { createRoutes } from './routes';

/**
 * The browser router over the route table. Tests build a memory router over the same table
 * (tests/utils/render-app.tsx); both go through `prepareApp` so the wiring is identical.
 */
export function prepareApp(queryClient: QueryClient): void {
  installSessionRecovery(() => queryClient.getQueryData(sessionQueries.current().queryKey)?.customer?.email ?? null);
}

export function createAppRouter(queryClient: QueryClient) {
  prepareApp(queryClient);
  return createBrowserRouter(createRoutes(queryClient));
}
