import { redirect } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { safeNextPath } from '../shared/lib/safe-next-path';
import { sessionQueries } from '../shared/session/api';


export function createRequireSignedIn(queryClient: QueryClient) {
  return async ({ request }: { request: Request }) => {
    const session = await queryClient.ensureQueryData(sessionQueries.current());
    if (!session.authenticated) {
      const { pathname, search } = new URL(request.url);
      const next = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
      throw redirect(`/sign-in${next}`);
    }
    return null;
  };
}

export function createRedirectIfSignedIn(queryClient: QueryClient) {
  return async ({ request }: { request: Request }) => {
    const session = await queryClient.ensureQueryData(sessionQueries.current());
    if (session.authenticated) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    return null;
  };
}
