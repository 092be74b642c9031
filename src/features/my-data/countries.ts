import type { Language } from '../../shared/i18n/languages';

// EU member states plus Iceland, Liechtenstein and Norway (the EEA). A recipient elsewhere
// means a transfer outside the EU/EEA (GDPR Chapter V), which the page marks as such.
const eea = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

export function isInEea(country: string): boolean {
  return eea.has(country);
}

const names = new Map<Language, Intl.DisplayNames>();

export function countryName(language: Language, country: string): string {
  let display = names.get(language);
  if (!display) {
    display = new Intl.DisplayNames(language, { type: 'region', fallback: 'code' });
    names.set(language, display);
  }
  return display.of(country) ?? country;
}
