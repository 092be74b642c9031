import { countryCodes } from '../../src/shared/lib/countries';

// The backend accepts exactly the address countries the contract and the portal offer.
const countries = new Set(countryCodes);

export function isCountryCode(value: string): boolean {
  return countries.has(value);
}
