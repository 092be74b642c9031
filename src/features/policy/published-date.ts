import type { Language } from '../../shared/i18n/languages';

const formats = new Map<Language, Intl.DateTimeFormat>();

/**
 * A policy's publication date is a calendar day sent as midnight UTC: shown in UTC, so a
 * reader west of Greenwich does not see the day before.
 */
export function formatPublishedDate(language: Language, iso: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format.format(new Date(iso));
}
