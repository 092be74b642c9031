import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { createRedirectIfSignedIn, createRequireSignedIn } from './auth-loaders';
import { ErrorPage } from './error-page';
import { LoadingScreen } from './loading-screen';
import { RootLayout } from './layout/root-layout';
import { createRootLoader } from './root-loader';
import { createMyDataLoader } from '../features/my-data/loader';

// The route table. A new page: add its path here with its loader (small, eager: it starts the
// data while the page's code downloads) and its component (lazy: its own chunk).
export function createRoutes(queryClient: QueryClient): RouteObject[] {
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
          loader: createRedirectIfSignedIn(queryClient),
          lazy: { Component: async () => (await import('../features/sign-in/routes/sign-in-route')).SignInRoute },
        },
        // Public pages of features (e.g. the goodbye page after deletion, issue 5)

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
                // See my data (issue 3)
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

                // Correct my data (issue 3)

                // Marketing preferences (issue 4)

                // Download my data (issue 6)

                // Delete my account (issue 5)

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
