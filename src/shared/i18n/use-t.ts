import { useCallback, useSyncExternalStore } from 'react';
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { MessageId } from '../../locales/en';
import { loadedCatalogue } from './catalogues';
import { i18nStore } from './i18n-store';
import type { Language } from './languages';

export type MessageValues = Record<string, PrimitiveType>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

const compiled = new Map<string, IntlMessageFormat>();

function format(language: Language, id: MessageId, values?: MessageValues): string {
  const catalogue = loadedCatalogue(language);
  const source = catalogue?.[id];
  // A missing message is a bug caught by the catalogue test; show the id rather than nothing.
  if (source === undefined) return id;
  const key = `${language}\u0000${id}`;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(source, language);
    compiled.set(key, message);
  }
  return String(message.format(values));
}

export function useLanguage(): Language {
  return useSyncExternalStore(i18nStore.subscribe, i18nStore.getLanguage, i18nStore.getLanguage);
}

export function useT(): Translate {
  const language = useLanguage();
  return useCallback((id, values) => format(language, id, values), [language]);
}

