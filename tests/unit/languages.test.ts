import { resolveLanguage } from '../../src/shared/i18n/languages';

const base = { chosen: null, customer: null, tenantDefault: null, tenantLanguages: ['en', 'lv'], browser: [] };

describe('resolveLanguage', () => {
  it('prefers the language chosen during the visit', () => {
    expect(resolveLanguage({ ...base, chosen: 'lv', customer: 'en', tenantDefault: 'en' })).toBe('lv');
  });

  it('then the customer profile, then the tenant default', () => {
    expect(resolveLanguage({ ...base, customer: 'lv', tenantDefault: 'en' })).toBe('lv');
    expect(resolveLanguage({ ...base, tenantDefault: 'lv', browser: ['en-GB'] })).toBe('lv');
  });

  it('falls back to the browser, by base language, and then to English', () => {
    expect(resolveLanguage({ ...base, browser: ['de-DE', 'lv-LV'] })).toBe('lv');
    expect(resolveLanguage({ ...base, browser: ['de-DE'] })).toBe('en');
  });

  it('ignores languages the tenant does not offer', () => {
    expect(resolveLanguage({ ...base, tenantLanguages: ['lv'], chosen: 'en', tenantDefault: 'lv' })).toBe('lv');
  });
});
