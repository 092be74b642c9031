import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { textLength } from '../../src/api/contract-rules';
import type { Profile } from '../../src/api/types';
import {
  buildPatch,
  changedFields,
  checkPhone,
  formFromProfile,
  mayResaveWithoutAsking,
  serverFieldMessage,
  validateProfileForm,
  type PhoneParser,
} from '../../src/features/profile/validation';

const parse: PhoneParser = (input) => {
  const parsed = parsePhoneNumberFromString(input, 'LV');
  return parsed?.isValid() ? parsed.number : null;
};

const profile: Profile = {
  id: 'cus_1',
  email: 'anna@example.com',
  firstName: 'Anna',
  lastName: 'Bērziņa',
  phone: '+37120000001',
  language: null,
  addresses: [
    { id: 'adr_1', label: 'Mājas', recipient: 'Anna Bērziņa', line1: 'Parauga iela 3-14', line2: '', city: 'Rīga', postalCode: 'LV-1001', country: 'LV', isDefault: true },
  ],
  pendingEmail: null,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
};

describe('profile form checks', () => {
  it('counts characters as a person does (an emoji is one)', () => {
    expect(textLength('Ģirts 🙂')).toBe(7);
    expect(validateProfileForm({ ...formFromProfile(profile), firstName: '🙂'.repeat(100) }, parse)).toEqual({});
  });

  it('needs names, limits their length and says by how much', () => {
    const errors = validateProfileForm({ ...formFromProfile(profile), firstName: '  ', lastName: 'x'.repeat(101) }, parse);
    expect(errors).toEqual({
      firstName: { id: 'profile.error.required' },
      lastName: { id: 'profile.error.tooLong', values: { limit: 100, count: 101 } },
    });
  });

  it('accepts phone numbers in international formats and rejects what is not a number', () => {
    expect(parse('+371 2000 0001')).toBe('+37120000001');
    expect(parse('00371-20000001')).toBe('+37120000001');
    expect(parse('2000 0001')).toBe('+37120000001');
    expect(parse('+44 (20) 7946 0958')).toBe('+442079460958');
    expect(checkPhone('', parse)).toBeUndefined();
    expect(checkPhone('call me', parse)).toEqual({ id: 'profile.error.phoneInvalid' });
    expect(checkPhone('+371 123', parse)).toEqual({ id: 'profile.error.phoneInvalid' });
    expect(checkPhone('1'.repeat(33), parse)).toEqual({ id: 'profile.error.tooLong', values: { limit: 32, count: 33 } });
  });

  it('checks each address field against the contract’s limits, by the server’s field path', () => {
    const form = formFromProfile(profile);
    form.addresses[0] = { ...form.addresses[0]!, city: '', postalCode: 'x'.repeat(21), label: 'y'.repeat(61), country: '' };
    expect(validateProfileForm(form, parse)).toEqual({
      'addresses.0.label': { id: 'profile.error.tooLong', values: { limit: 60, count: 61 } },
      'addresses.0.city': { id: 'profile.error.required' },
      'addresses.0.postalCode': { id: 'profile.error.tooLong', values: { limit: 20, count: 21 } },
      'addresses.0.country': { id: 'profile.error.required' },
    });
  });

  it('turns server field problems into messages', () => {
    expect(serverFieldMessage({ code: 'too_long', limit: 60 })).toEqual({ id: 'profile.error.tooLongPlain', values: { limit: 60 } });
    expect(serverFieldMessage({ code: 'invalid_phone' })).toEqual({ id: 'profile.error.phoneInvalid' });
    expect(serverFieldMessage({ code: 'taken' })).toEqual({ id: 'profile.error.invalid' });
  });
});

describe('what a save sends', () => {
  it('finds no changes in an untouched form and sends only what changed', () => {
    const form = formFromProfile(profile);
    expect(changedFields(form, profile)).toEqual([]);
    form.phone = '+371 2000 0002';
    form.language = 'lv';
    form.firstName = ' Ģirts ';
    const fields = changedFields(form, profile);
    expect(fields).toEqual(['firstName', 'phone', 'language']);
    expect(buildPatch(form, fields, parse)).toEqual({ firstName: 'Ģirts', phone: '+37120000002', language: 'lv' });
  });

  it('sends the whole address list, existing ones with their id, new ones without', () => {
    const form = formFromProfile(profile);
    form.addresses.push({ key: 'draft-1', label: '', recipient: 'Anna', line1: 'Iela 1', line2: '', city: 'Rīga', postalCode: 'LV-1000', country: 'LV', isDefault: false });
    expect(changedFields(form, profile)).toEqual(['addresses']);
    expect(buildPatch(form, ['addresses'], parse).addresses).toEqual([
      { id: 'adr_1', label: 'Mājas', recipient: 'Anna Bērziņa', line1: 'Parauga iela 3-14', line2: '', city: 'Rīga', postalCode: 'LV-1001', country: 'LV', isDefault: true },
      { label: '', recipient: 'Anna', line1: 'Iela 1', line2: '', city: 'Rīga', postalCode: 'LV-1000', country: 'LV', isDefault: false },
    ]);
  });

  it('sends an emptied phone as null', () => {
    const form = { ...formFromProfile(profile), phone: '  ' };
    expect(buildPatch(form, changedFields(form, profile), parse)).toEqual({ phone: null });
  });
});

describe('a save that met 412', () => {
  const attempt = { base: profile, edited: ['firstName' as const], sentTag: '"v1"', serverTag: '"v2"', alreadyResent: false };

  it('goes again on the newer version when the other save changed other fields', () => {
    expect(mayResaveWithoutAsking({ ...attempt, server: { ...profile, phone: '+37128888888' } })).toBe(true);
  });

  it('asks when the other save changed a field this one changes', () => {
    expect(mayResaveWithoutAsking({ ...attempt, server: { ...profile, firstName: 'Anne' } })).toBe(false);
  });

  it('goes again only once, and never without a newer version', () => {
    expect(mayResaveWithoutAsking({ ...attempt, server: profile, alreadyResent: true })).toBe(false);
    expect(mayResaveWithoutAsking({ ...attempt, server: profile, serverTag: '"v1"' })).toBe(false);
    expect(mayResaveWithoutAsking({ ...attempt, server: profile, serverTag: null })).toBe(false);
  });
});
