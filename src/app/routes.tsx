import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { createRedirectIfSignedIn, createRequireSignedIn } from './auth-loaders';
import { ErrorPage } from './error-page';
import { LoadingScreen } from './loading-screen';
import { RootLayout } from './layout/root-layout';
import { createRootLoader } from './root-loader';
import { createDeletionLoader } from '../features/deletion/loader';
import { ensureMessages } from '../shared/i18n/i18n-store';
import { createExportLoader } from '../features/export/loader';
import { createConsentHistoryLoader, createPreferencesLoader } from '../features/preferences/loader';
import { createProfileLoader } from '../features/profile/loader';
import { createMyDataLoader } from '../features/my-data/loader';
import { createRequestsLoader } from '../features/requests/loader';
import { createActivityLoader } from '../features/activity/loader';
import { createDevicesLoader } from '../features/devices/loader';
import { createPolicyLoader } from '../features/policy/loader';

// The route table. A new page: add its path here with its loader (small, eager: it starts the
// data while the page's code downloads) and its component (lazy: its own chunk).
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const redirectIfSignedIn = createRedirectIfSignedIn(queryClient);
  return [
    {
      id: 'root',
      path: '/',
      loader: createRootLoader(queryClient),
      element: <RootLayout />,
      hydrateFallbackElement: <LoadingScreen />,
      errorElement: (
        <main id="main" tabIndex={-1} className="standalone">
          <ErrorPage />
        </main>
      ),
      children: [
        {
          path: 'sign-in',
          loader: redirectIfSignedIn,
          lazy: { Component: async () => (await import('../features/sign-in/routes/sign-in-route')).SignInRoute },
        },
        // Public pages of features (e.g. the goodbye page after deletion)
        {
          path: 'goodbye',
          loader: async (args) => (await Promise.all([redirectIfSignedIn(args), ensureMessages('deletion')]))[0],
          lazy: { Component: async () => (await import('../features/deletion/routes/goodbye-route')).GoodbyeRoute },
        },

        {
          loader: createRequireSignedIn(queryClient),
          lazy: { Component: async () => (await import('./layout/signed-in-layout')).SignedInLayout },
          children: [
            {
              errorElement: <ErrorPage />,
              children: [
                {
                  index: true,
                  lazy: { Component: async () => (await import('../features/overview/routes/overview-route')).OverviewRoute },
                },
                // See my data
                {
                  path: 'data',
                  loader: createMyDataLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/my-data/routes/my-data-route')).MyDataRoute },
                },
                {
                  path: 'data/:category',
                  loader: createMyDataLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/my-data/routes/category-route')).CategoryRoute },
                },

                // Correct my data
                {
                  path: 'profile',
                  loader: createProfileLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/profile/routes/profile-route')).ProfileRoute },
                },

                // Marketing preferences
                {
                  path: 'preferences',
                  loader: createPreferencesLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/preferences/routes/preferences-route')).PreferencesRoute },
                },
                {
                  path: 'preferences/history',
                  loader: createConsentHistoryLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/preferences/routes/consent-history-route')).ConsentHistoryRoute },
                },

                // Download my data
                {
                  path: 'export',
                  loader: createExportLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/export/routes/export-route')).ExportRoute },
                },

                // Delete my account
                {
                  path: 'delete-account',
                  loader: createDeletionLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/deletion/routes/delete-account-route')).DeleteAccountRoute },
                },

                // My other rights
                {
                  path: 'requests',
                  loader: createRequestsLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/requests/routes/requests-route')).RequestsRoute },
                },
                // Policy changes and activity
                {
                  path: 'activity',
                  loader: createActivityLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/activity/routes/activity-route')).ActivityRoute },
                },
                // Where the account is signed in: part of Activity (the phone navigation is full)
                {
                  path: 'activity/devices',
                  loader: createDevicesLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/devices/routes/devices-route')).DevicesRoute },
                },
                {
                  path: 'policy',
                  loader: createPolicyLoader(queryClient),
                  lazy: { Component: async () => (await import('../features/policy/routes/policy-route')).PolicyRoute },
                },

              ],
            },
          ],
        },
        {
          path: '*',
          lazy: { Component: async () => (await import('./not-found-page')).NotFoundPage },
        },
      ],
    },
  ];
}
