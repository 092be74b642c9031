import type { QueryClient } from '@tanstack/react-query';
import type { DataCategoryId } from '../../api/types';
import { profileQueries } from '../../shared/profile/api';
import { organizationQueries } from '../../shared/tenant/api';
import { myDataQueries } from './api';

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
      return queryClient.prefetchQuery(myDataQueries.consents());
    case 'orders':
      return queryClient.prefetchInfiniteQuery(myDataQueries.orders());
    case 'reviews':
      return queryClient.prefetchInfiniteQuery(myDataQueries.reviews());
    case 'communications':
      return queryClient.prefetchInfiniteQuery(myDataQueries.communications());
    case 'files':
      return queryClient.prefetchInfiniteQuery(myDataQueries.files());
  }
}

export function createMyDataLoader(queryClient: QueryClient) {
  return async ({ params }: { params: { category?: string } }) => {
    const organization = await queryClient.ensureQueryData(organizationQueries.detail());
    const held = organization.dataCategories.filter((category) => !params.category || category.id === params.category);
    await Promise.all(held.map((category) => prefetchCategory(queryClient, category.id)));
    return null;
  };
}
