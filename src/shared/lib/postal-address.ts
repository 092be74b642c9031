import type { PostalAddress } from '../../api/types';
import type { Language } from '../i18n/languages';
import { countryName } from './countries';

/**
 * A company's postal address on one line, the country named in the page language ("…, LV-1050,
 * Latvija" on a Latvian page): the API sends the country as a code, never as English text.
 */
export function formatPostalAddress(language: Language, address: PostalAddress): string {
  return [...address.lines, countryName(language, address.country)].join(', ');
}
