import { nameToAddress } from '../../src/shared/i18n/vocative';

describe('addressing a person by name', () => {
  it('uses the Latvian vocative for the masculine names that change', () => {
    expect(nameToAddress('lv', 'Jānis')).toBe('Jāni');
    expect(nameToAddress('lv', 'Andris')).toBe('Andri');
    expect(nameToAddress('lv', 'Mikus')).toBe('Miku');
    expect(nameToAddress('lv', 'Roberts')).toBe('Robert');
    expect(nameToAddress('lv', 'Mārtiņš')).toBe('Mārtiņ');
    expect(nameToAddress('lv', 'Andrejs')).toBe('Andrej');
    expect(nameToAddress('lv', 'Matīss')).toBe('Matīs');
    expect(nameToAddress('lv', 'Jānis Pēteris')).toBe('Jāni Pēteri');
  });

  it('keeps names that do not change, and every name in English', () => {
    for (const name of ['Anna', 'Ilze', 'Marija', 'Anna-Marija', 'Tomas', 'Agnes', 'Li']) expect(nameToAddress('lv', name)).toBe(name);
    expect(nameToAddress('en', 'Jānis')).toBe('Jānis');
  });
});
