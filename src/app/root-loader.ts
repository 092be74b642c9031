import type { QueryClient } from '@tanstack/react-query';
import { i18nStore } from '../shared/i18n/i18n-store';
import { isLanguage, resolveLanguage } from '../shared/i18n/languages';
import { sessionQueries } from '../shared/session/api';
import { organizationQueries } from '../shared/tenant/api';

export function pageLanguage(queryClient: QueryClient) {
  const session = queryClient.getQueryData(sessionQueries.current().queryKey);
  const organization = queryClient.getQueryData(organizationQueries.detail().queryKey);
  const customerLanguage = session?.customer?.language;
  return resolveLanguage({
    chosen: i18nStore.getChosen(),
    customer: isLanguage(customerLanguage) ? customerLanguage : null,
    tenantDefault: organization?.defaultLanguage ?? null,
    tenantLanguages: organization?.languages ?? [],
    browser: navigator.languages,
  });
}

/**
 * Session, tenant and the browser-language catalogue start together; the final language is
 * known once the first two arrive (usually the catalogue is already there by then). If the API
 * is down the error page still has a catalogue to speak with.
 */
export function createRootLoader(queryClient: QueryClient) {
  return async () => {
    const guess = i18nStore.apply(pageLanguage(queryClient));
    await Promise.all([
      queryClient.ensureQueryData(sessionQueries.current()),
      queryClient.ensureQueryData(organizationQueries.detail()),
      guess,
    ]);
    await i18nStore.apply(pageLanguage(queryClient));
    return null;
  };
}
