import type { Address, LanguageCode, Organization } from '../../../src/api/types';
import { randomId } from '../../fixtures/random';
import { FieldErrors, isObject, type JsonObject, readString, rejectUnknownKeys } from './validate';
import type { CustomerRecord } from '../../model';
import { isCountryCode } from '../../domain/countries';
import { normalisePhone } from '../../domain/phone';

// Validation of PATCH /me/profile. Text is stored exactly as sent apart from trimming the ends:
// diacritics, emoji, right-to-left text and "<script>" are data, not markup.

export interface ProfileChanges {
  firstName?: string;
  lastName?: string;
  phone?: string | null;
  language?: LanguageCode | null;
  addresses?: Address[];
}

const patchKeys = ['firstName', 'lastName', 'phone', 'language', 'addresses'] as const;
const addressKeys = ['id', 'label', 'recipient', 'line1', 'line2', 'city', 'postalCode', 'country', 'isDefault'] as const;
const addressLimits = {
  label: { min: 0, max: 60 },
  recipient: { min: 1, max: 120 },
  line1: { min: 1, max: 120 },
  line2: { min: 0, max: 120 },
  city: { min: 1, max: 80 },
  postalCode: { min: 1, max: 20 },
} as const;

function readAddress(input: unknown, field: string, customer: CustomerRecord, errors: FieldErrors): Address | undefined {
  if (!isObject(input)) {
    errors.add(field, 'invalid_value');
    return undefined;
  }
  rejectUnknownKeys(input, addressKeys, errors, `${field}.`);
  let id: string | undefined;
  if (input.id !== undefined) {
    if (typeof input.id === 'string' && customer.addresses.some((address) => address.id === input.id)) id = input.id;
    else errors.add(`${field}.id`, 'invalid_value');
  }
  const text = {} as Record<keyof typeof addressLimits, string | undefined>;
  for (const key of Object.keys(addressLimits) as (keyof typeof addressLimits)[]) {
    text[key] = readString(input[key], `${field}.${key}`, errors, { ...addressLimits[key], trim: true });
  }
  let country: string | undefined;
  if (typeof input.country !== 'string') errors.add(`${field}.country`, input.country === undefined ? 'required' : 'invalid_country');
  else if (!isCountryCode(input.country)) errors.add(`${field}.country`, 'invalid_country');
  else country = input.country;
  if (typeof input.isDefault !== 'boolean') errors.add(`${field}.isDefault`, input.isDefault === undefined ? 'required' : 'invalid_value');
  const { label, recipient, line1, line2, city, postalCode } = text;
  if (
    label === undefined || recipient === undefined || line1 === undefined || line2 === undefined ||
    city === undefined || postalCode === undefined || country === undefined || typeof input.isDefault !== 'boolean'
  ) {
    return undefined;
  }
  return { id: id ?? randomId('adr'), label, recipient, line1, line2, city, postalCode, country, isDefault: input.isDefault };
}

function readAddresses(value: unknown, customer: CustomerRecord, errors: FieldErrors): Address[] | undefined {
  if (!Array.isArray(value)) {
    errors.add('addresses', 'invalid_value');
    return undefined;
  }
  if (value.length > 10) {
    errors.add('addresses', 'too_long', 10);
    return undefined;
  }
  const addresses = value.map((input, index) => readAddress(input, `addresses.${index}`, customer, errors));
  if (addresses.some((address) => address === undefined)) return undefined;
  const valid = addresses as Address[];
  if (valid.length > 0 && valid.filter((address) => address.isDefault).length !== 1) {
    errors.add('addresses', 'invalid_value');
    return undefined;
  }
  return valid;
}

export function validateProfilePatch(
  body: JsonObject,
  customer: CustomerRecord,
  organization: Organization,
): { ok: true; changes: ProfileChanges } | { ok: false; errors: FieldErrors } {
  const errors = new FieldErrors();
  const changes: ProfileChanges = {};
  rejectUnknownKeys(body, patchKeys, errors);
  for (const key of ['firstName', 'lastName'] as const) {
    if (body[key] === undefined) continue;
    const value = readString(body[key], key, errors, { min: 1, max: 100, trim: true });
    if (value !== undefined) changes[key] = value;
  }
  if (body.phone !== undefined) {
    if (body.phone === null || (typeof body.phone === 'string' && body.phone.trim() === '')) changes.phone = null;
    else if (typeof body.phone !== 'string') errors.add('phone', 'invalid_value');
    else if (body.phone.length > 32) errors.add('phone', 'too_long', 32);
    else {
      const phone = normalisePhone(body.phone);
      if (phone === null) errors.add('phone', 'invalid_phone');
      else changes.phone = phone;
    }
  }
  if (body.language !== undefined) {
    const offered: readonly unknown[] = organization.languages;
    if (body.language === null) changes.language = null;
    else if (typeof body.language === 'string' && offered.includes(body.language)) changes.language = body.language as LanguageCode;
    else errors.add('language', 'invalid_value');
  }
  if (body.addresses !== undefined) {
    const addresses = readAddresses(body.addresses, customer, errors);
    if (addresses) changes.addresses = addresses;
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
