import type { Address, AddressInput, LanguageCode, Organization, ProfilePatch } from '../../../src/api/types';
import { randomId } from '../../fixtures/random';
import { FieldErrors } from './validate';
import type { CustomerRecord } from '../../model';
import { isCountryCode } from '../../domain/countries';
import { normalisePhone } from '../../domain/phone';

// PATCH /me/profile after the contract's own checks (lengths, required text, shapes: see
// request-validation.ts): what only this backend can judge — a phone number that parses, a
// country that exists, an address id that is the customer's own, a language the company offers.
// Text is stored exactly as sent apart from trimming the ends: diacritics, emoji, right-to-left
// text and "<script>" are data, not markup.

export interface ProfileChanges {
  firstName?: string;
  lastName?: string;
  phone?: string | null;
  language?: LanguageCode | null;
  addresses?: Address[];
}

const patchKeys = ['firstName', 'lastName', 'phone', 'language', 'addresses'] as const;

function readAddress(input: AddressInput, field: string, customer: CustomerRecord, errors: FieldErrors): Address {
  if (input.id !== undefined && !customer.addresses.some((address) => address.id === input.id)) errors.add(`${field}.id`, 'invalid_value');
  if (!isCountryCode(input.country)) errors.add(`${field}.country`, 'invalid_country');
  return {
    id: input.id ?? randomId('adr'),
    label: input.label.trim(),
    recipient: input.recipient.trim(),
    line1: input.line1.trim(),
    line2: input.line2.trim(),
    city: input.city.trim(),
    postalCode: input.postalCode.trim(),
    country: input.country,
    isDefault: input.isDefault,
  };
}

export function validateProfilePatch(
  body: ProfilePatch,
  customer: CustomerRecord,
  organization: Organization,
): { ok: true; changes: ProfileChanges } | { ok: false; errors: FieldErrors } {
  const errors = new FieldErrors();
  const changes: ProfileChanges = {};
  if (body.firstName !== undefined) changes.firstName = body.firstName.trim();
  if (body.lastName !== undefined) changes.lastName = body.lastName.trim();
  if (body.phone !== undefined) {
    if (body.phone === null || body.phone.trim() === '') changes.phone = null;
    else {
      const phone = normalisePhone(body.phone);
      if (phone === null) errors.add('phone', 'invalid_phone');
      else changes.phone = phone;
    }
  }
  if (body.language !== undefined) {
    if (body.language === null || organization.languages.includes(body.language)) changes.language = body.language;
    else errors.add('language', 'invalid_value');
  }
  if (body.addresses !== undefined) {
    const addresses = body.addresses.map((input, index) => readAddress(input, `addresses.${index}`, customer, errors));
    // One default address whenever there is any (the contract says so in words).
    if (addresses.length > 0 && addresses.filter((address) => address.isDefault).length !== 1) errors.add('addresses', 'invalid_value');
    changes.addresses = addresses;
  }
  return errors.empty ? { ok: true, changes } : { ok: false, errors };
}

/** Applies the changes; returns the names of the fields whose value actually changed. */
export function applyProfileChanges(customer: CustomerRecord, changes: ProfileChanges): string[] {
  const changed: string[] = [];
  for (const key of patchKeys) {
    if (!(key in changes)) continue;
    const next = changes[key];
    if (JSON.stringify(customer[key]) === JSON.stringify(next)) continue;
    changed.push(key);
    Object.assign(customer, { [key]: next });
  }
  return changed;
}
