import { countryName, isInEea } from '../../src/shared/lib/countries';
import { formatPostalAddress } from '../../src/shared/lib/postal-address';

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

describe('postal addresses', () => {
  const authority = { lines: ['Elijas iela 17', 'Rīga, LV-1050'], country: 'LV' };

  it('name the country in the page language, after the lines as the API sends them', () => {
    expect(formatPostalAddress('lv', authority)).toBe('Elijas iela 17, Rīga, LV-1050, Latvija');
    expect(formatPostalAddress('en', authority)).toBe('Elijas iela 17, Rīga, LV-1050, Latvia');
    expect(formatPostalAddress('lv', { lines: ['Unter den Linden 1', '10117 Berlin'], country: 'DE' })).toBe('Unter den Linden 1, 10117 Berlin, Vācija');
  });
});
