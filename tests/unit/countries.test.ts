import { countryName, isInEea } from '../../src/shared/lib/countries';

describe('recipient countries', () => {
  it('marks transfers outside the EU/EEA, and only those', () => {
    for (const country of ['LV', 'IE', 'DE', 'NO', 'IS', 'LI']) expect(isInEea(country)).toBe(true);
    for (const country of ['US', 'IL', 'GB', 'CH']) expect(isInEea(country)).toBe(false);
  });

  it('names countries in the page language', () => {
    expect(countryName('en', 'US')).toBe('United States');
    expect(countryName('lv', 'LV')).toBe('Latvija');
  });
});
