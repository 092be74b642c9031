import { Outlet, ScrollRestoration } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { organizationQueries } from '../../shared/tenant/api';
import { sessionQueries } from '../../shared/session/api';
import { useDemoExtras } from '../../shared/demo-slot';
import { IdleSignOut } from '../session/idle-sign-out';
import { ReauthDialog } from '../session/reauth-dialog';
import { useBrand } from './use-brand';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { useLanguageSync } from './use-language-sync';

export function RootLayout() {
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { data: session } = useSuspenseQuery(sessionQueries.current());
  const { Panel } = useDemoExtras();
  useBrand(organization);
  useLanguageSync();
  useFocusOnNavigation();
  return (
    <>
      <Outlet />
      <ReauthDialog />
      {session.authenticated ? <IdleSignOut /> : null}
      {Panel ? <Panel /> : null}
      <ScrollRestoration />
    </>
  );
}
