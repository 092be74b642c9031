import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { DemoContext, type DemoExtras } from '../shared/demo-slot';

interface AppProps {
  queryClient: QueryClient;
  router: ReturnType<typeof createBrowserRouter>;
  demo?: DemoExtras;
}

export function App({ queryClient, router, demo = {} }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <DemoContext.Provider value={demo}>
        <RouterProvider router={router} />
      </DemoContext.Provider>
    </QueryClientProvider>
  );
}
