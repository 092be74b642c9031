import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { DataCategoryId } from '../../api/types';
import { ensureMessages } from '../../shared/i18n/i18n-store';
import { profileQueries } from '../../shared/profile/api';
import { organizationQueries } from '../../shared/tenant/api';
import { preferencesQueries } from '../../shared/preferences/api';
import { myDataQueries } from './api';

/**
 * A stale infinite query refetches every page it holds, one after another: after a customer
 * loaded many pages of orders that would be most of the 10,000. Such a list starts again at page one.
 */
function forgetLongStaleList(queryClient: QueryClient, queryKey: QueryKey): void {
  const query = queryClient.getQueryCache().find({ queryKey, exact: true });
  const data = query?.state.data as { pages?: unknown[] } | undefined;
  if (query?.isStale() && (data?.pages?.length ?? 0) > 1) queryClient.removeQueries({ queryKey, exact: true });
}

// Every category starts at once. prefetch* never throws: a category that fails is shown as
// failed in its own card (the query keeps the error), while the rest of the page works.
function prefetchCategory(queryClient: QueryClient, id: DataCategoryId): Promise<void> {
  switch (id) {
    case 'identity':
    case 'contact':
    case 'addresses':
      return queryClient.prefetchQuery(profileQueries.detail());
    case 'account':
      return queryClient.prefetchQuery(myDataQueries.account());
    case 'payment_methods':
      return queryClient.prefetchQuery(myDataQueries.paymentMethods());
    case 'technical':
      return queryClient.prefetchQuery(myDataQueries.technical());
    case 'consents':
      return queryClient.prefetchQuery(preferencesQueries.detail());
    case 'orders':
      forgetLongStaleList(queryClient, myDataQueries.orders().queryKey);
      return queryClient.prefetchInfiniteQuery(myDataQueries.orders());
    case 'reviews':
      forgetLongStaleList(queryClient, myDataQueries.reviews().queryKey);
      return queryClient.prefetchInfiniteQuery(myDataQueries.reviews());
    case 'communications':
      forgetLongStaleList(queryClient, myDataQueries.communications().queryKey);
      return queryClient.prefetchInfiniteQuery(myDataQueries.communications());
    case 'files':
      forgetLongStaleList(queryClient, myDataQueries.files().queryKey);
      return queryClient.prefetchInfiniteQuery(myDataQueries.files());
  }
}

export function createMyDataLoader(queryClient: QueryClient) {
  return async ({ params }: { params: { category?: string } }) => {
    const messages = ensureMessages('my-data');
    const organization = await queryClient.ensureQueryData(organizationQueries.detail());
    const held = organization.dataCategories.filter((category) => !params.category || category.id === params.category);
    await Promise.all([messages, ...held.map((category) => prefetchCategory(queryClient, category.id))]);
    return null;
  };
}
