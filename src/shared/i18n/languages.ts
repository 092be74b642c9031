export const supportedLanguages = ['en', 'lv'] as const;
export type Language = (typeof supportedLanguages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

/** Each language's name in itself: what a switcher shows, whatever the page language is. */
export const languageNames: Record<Language, string> = { en: 'English', lv: 'Latviešu' };

interface LanguageSources {
  /** Chosen in the switcher during this visit. */
  chosen: Language | null;
  /** Saved on the customer's profile. */
  customer: Language | null;
  tenantDefault: string | null;
  tenantLanguages: readonly string[];
  browser: readonly string[];
}

/** The user's choice, then the tenant default, then the browser (PRODUCT.md, Languages). */
export function resolveLanguage(sources: LanguageSources): Language {
  const offered = (lang: string): lang is Language =>
    isLanguage(lang) && (sources.tenantLanguages.length === 0 || sources.tenantLanguages.includes(lang));
  for (const candidate of [sources.chosen, sources.customer, sources.tenantDefault]) {
    if (candidate && offered(candidate)) return candidate;
  }
  for (const tag of sources.browser) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (offered(base)) return base;
  }
  return 'en';
}
