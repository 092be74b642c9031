import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { i18nStore } from '../../shared/i18n/i18n-store';
import { resolveLanguage } from '../../shared/i18n/languages';
import { checkConfiguration } from './check-configuration';
import { ConfigurationErrorPage } from './configuration-error-page';

/**
 * Runs the start-up check. Returns null when the portal may start, or the page to show instead
 * (in the browser's language, with the core messages loaded) — and tells the operator in the
 * console too.
 */
export async function configurationErrorScreen(queryClient: QueryClient): Promise<ReactNode | null> {
  const problem = await checkConfiguration(queryClient);
  if (!problem) return null;
  console.error(`Privacy Portal configuration: ${problem.kind} (${problem.address})${problem.kind === 'address' ? `: ${problem.detail}` : ''}`);
  await i18nStore.apply(resolveLanguage({ chosen: null, customer: null, tenantDefault: null, tenantLanguages: [], browser: navigator.languages }));
  return <ConfigurationErrorPage problem={problem} />;
}
