import type { Language } from '../i18n/languages';

// Dates and numbers go through Intl in the page language; formatters are cached because
// constructing them is the slow part and lists format thousands of values.

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${language}${JSON.stringify(options)}`;
  let formatter = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, options);
    cache.set(key, formatter);
  }
  return formatter;
}

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${language}${JSON.stringify(options)}`;
  let formatter = cache.get(key) as Intl.NumberFormat | undefined;
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, options);
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatDate(language: Language, iso: string | Date): string {
  return dateFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}

/**
 * A calendar day the backend sends as midnight UTC (a policy's publication date, say): read as
 * that day wherever the reader is, not as the evening before west of Greenwich.
 */
export function formatCalendarDay(language: Language, iso: string): string {
  return formatDate(language, new Date(`${iso.slice(0, 10)}T12:00`));
}

export function formatDateTime(language: Language, iso: string | Date): string {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(language: Language, value: number): string {
  return numberFormat(language, {}).format(value);
}

export function formatMoney(language: Language, amount: string | number, currency: string): string {
  return numberFormat(language, { style: 'currency', currency }).format(Number(amount));
}

export function formatBytes(language: Language, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
