import { useEffect } from 'react';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { i18nStore } from '../../shared/i18n/i18n-store';
import { sessionQueries } from '../../shared/session/api';
import { pageLanguage } from '../root-loader';

/** Signing in as someone with a saved language switches the page to it. */
export function useLanguageSync(): void {
  const queryClient = useQueryClient();
  const { data: session } = useSuspenseQuery(sessionQueries.current());
  const customerLanguage = session.customer?.language ?? null;
  useEffect(() => {
    void i18nStore.apply(pageLanguage(queryClient));
  }, [customerLanguage, queryClient]);
}
