import { useCallback } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LocalizedText } from '../../api/types';
import { useLanguage } from '../i18n/use-t';
import { organizationQueries } from './api';

/** Picks the page language from the tenant's own texts, then its default language, then any. */
export function useLocalized(): (text: LocalizedText | null | undefined) => string {
  const language = useLanguage();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  return useCallback(
    (text) => {
      if (!text) return '';
      return text[language] ?? text[organization.defaultLanguage] ?? Object.values(text)[0] ?? '';
    },
    [language, organization.defaultLanguage],
  );
}
