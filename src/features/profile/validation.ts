import type { Address, AddressInput, LanguageCode, Profile, ProfilePatch } from '../../api/types';
import type { FieldProblem } from '../../api/api-error';
import type { MessageId } from '../../locales/en';
import { mustSaySomething, requestRules, textLength, type PropertyRule } from '../../api/contract-rules';

// The profile form: its values, how they compare with the saved profile, and the checks that
// give a message at the field before the server would answer 422. Limits are the contract's.

export interface AddressDraft extends Omit<AddressInput, 'id'> {
  /** Stable React key; new addresses have no server id yet. */
  key: string;
  id?: string;
}

export interface ProfileForm {
  firstName: string;
  lastName: string;
  phone: string;
  /** '' = no preference (the tenant's default). */
  language: LanguageCode | '';
  addresses: AddressDraft[];
}

export type ProfileField = Exclude<keyof ProfileForm, 'addresses'> | 'addresses';

export interface FieldMessage {
  id: MessageId;
  values?: Record<string, number>;
}

/** Keys are the server's field paths: "firstName", "addresses.1.postalCode". */
export type FormErrors = Record<string, FieldMessage>;

const { ProfilePatch: patchRules, AddressInput: addressRules } = requestRules;
export const maxAddresses = patchRules.addresses.maxItems;
export const nameLimit = patchRules.firstName.maxLength;
export const phoneLimit = patchRules.phone.maxLength;

interface TextRule {
  required: boolean;
  max: number;
  /** Characters the contract refuses in this field (control characters in single-line text). */
  refused: RegExp | null;
}

function textRule(rule: PropertyRule & { maxLength: number }): TextRule {
  return { required: mustSaySomething(rule), max: rule.maxLength, refused: rule.forbiddenPattern ? new RegExp(rule.forbiddenPattern, 'u') : null };
}

const nameRules = { firstName: textRule(patchRules.firstName), lastName: textRule(patchRules.lastName) };

/** An address's text fields, in the contract's order, each with whether it must say something, its limit and what it refuses. */
export const addressLimits = {
  label: textRule(addressRules.label),
  recipient: textRule(addressRules.recipient),
  line1: textRule(addressRules.line1),
  line2: textRule(addressRules.line2),
  city: textRule(addressRules.city),
  postalCode: textRule(addressRules.postalCode),
};
export type AddressTextField = keyof typeof addressLimits;
export const addressTextFields = Object.keys(addressLimits) as AddressTextField[];

const countryPattern = new RegExp(addressRules.country.pattern);

function checkText(value: string, { required, max, refused }: TextRule): FieldMessage | undefined {
  const trimmed = value.trim();
  if (required && trimmed === '') return { id: 'profile.error.required' };
  if (textLength(trimmed) > max) return { id: 'profile.error.tooLong', values: { limit: max, count: textLength(trimmed) } };
  if (refused?.test(trimmed)) return { id: 'profile.error.controlCharacters' };
  return undefined;
}

/** Parses a phone number; returns E.164 or null. Injected so the library can load lazily. */
export type PhoneParser = (input: string) => string | null;

export function checkPhone(value: string, parse: PhoneParser): FieldMessage | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (textLength(trimmed) > phoneLimit) return { id: 'profile.error.tooLong', values: { limit: phoneLimit, count: textLength(trimmed) } };
  return parse(trimmed) === null ? { id: 'profile.error.phoneInvalid' } : undefined;
}

export function validateProfileForm(form: ProfileForm, parsePhone: PhoneParser): FormErrors {
  const errors: FormErrors = {};
  const add = (field: string, message: FieldMessage | undefined) => {
    if (message) errors[field] = message;
  };
  add('firstName', checkText(form.firstName, nameRules.firstName));
  add('lastName', checkText(form.lastName, nameRules.lastName));
  add('phone', checkPhone(form.phone, parsePhone));
  form.addresses.forEach((address, index) => {
    for (const key of addressTextFields) {
      add(`addresses.${index}.${key}`, checkText(address[key], addressLimits[key]));
    }
    if (!countryPattern.test(address.country)) add(`addresses.${index}.country`, { id: 'profile.error.required' });
  });
  if (form.addresses.length > maxAddresses) add('addresses', { id: 'profile.error.tooManyAddresses', values: { limit: maxAddresses } });
  return errors;
}

/** A server field error (422) as a message at the field. */
export function serverFieldMessage(problem: FieldProblem): FieldMessage {
  switch (problem.code) {
    case 'required':
      return { id: 'profile.error.required' };
    case 'too_long':
      return problem.limit === undefined ? { id: 'profile.error.invalid' } : { id: 'profile.error.tooLongPlain', values: { limit: problem.limit } };
    case 'invalid_phone':
      return { id: 'profile.error.phoneInvalid' };
    case 'invalid_country':
      return { id: 'profile.error.countryInvalid' };
    case 'invalid_format':
      // The only pattern a profile text field has: no control characters (SingleLineText).
      return { id: 'profile.error.controlCharacters' };
    default:
      return { id: 'profile.error.invalid' };
  }
}

let draftCounter = 0;
export function newDraftKey(): string {
  draftCounter += 1;
  return `draft-${draftCounter}`;
}

export function formFromProfile(profile: Profile): ProfileForm {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    phone: profile.phone ?? '',
    language: profile.language ?? '',
    addresses: profile.addresses.map((address) => ({ ...address, key: address.id })),
  };
}

function addressInput(draft: AddressDraft): AddressInput {
  const input: AddressInput = {
    label: draft.label.trim(),
    recipient: draft.recipient.trim(),
    line1: draft.line1.trim(),
    line2: draft.line2.trim(),
    city: draft.city.trim(),
    postalCode: draft.postalCode.trim(),
    country: draft.country,
    isDefault: draft.isDefault,
  };
  return draft.id ? { id: draft.id, ...input } : input;
}

function sameAddresses(form: AddressDraft[], saved: Address[]): boolean {
  const savedInput = saved.map((address) => addressInput({ ...address, key: address.id }));
  return JSON.stringify(form.map(addressInput)) === JSON.stringify(savedInput);
}

/** The fields the person changed compared with `saved` (the version the form started from). */
export function changedFields(form: ProfileForm, saved: Profile): ProfileField[] {
  const changed: ProfileField[] = [];
  if (form.firstName.trim() !== saved.firstName) changed.push('firstName');
  if (form.lastName.trim() !== saved.lastName) changed.push('lastName');
  if (form.phone.trim() !== (saved.phone ?? '')) changed.push('phone');
  if (form.language !== (saved.language ?? '')) changed.push('language');
  if (!sameAddresses(form.addresses, saved.addresses)) changed.push('addresses');
  return changed;
}

/** The fields in which two saved versions differ (what someone else changed meanwhile). */
export function fieldsChangedBetween(before: Profile, after: Profile): ProfileField[] {
  return changedFields(formFromProfile(after), before);
}

/**
 * A save met 412: saved elsewhere meanwhile. Only when that save changed a field this one
 * changes too is there something for the person to choose; otherwise this save may go again
 * on the newer version (only the edited fields are sent, so the other change is kept). Once:
 * a version that keeps moving without a visible change is shown to the person instead.
 */
export function mayResaveWithoutAsking(input: {
  base: Profile;
  server: Profile;
  edited: ProfileField[];
  sentTag: string | null;
  serverTag: string | null;
  alreadyResent: boolean;
}): boolean {
  if (input.alreadyResent || input.serverTag === null || input.serverTag === input.sentTag) return false;
  const theirs = fieldsChangedBetween(input.base, input.server);
  return !input.edited.some((field) => theirs.includes(field));
}

/**
 * A save met 412, but the server already holds exactly what was sent: an earlier try went
 * through and only its answer was lost on the way back. That is the person's own change, saved —
 * not a conflict to show them.
 */
export function serverHoldsPatch(server: Profile, patch: ProfilePatch): boolean {
  const withoutIds = (addresses: readonly (Address | AddressInput)[]) =>
    JSON.stringify(addresses.map(({ label, recipient, line1, line2, city, postalCode, country, isDefault }) => ({ label, recipient, line1, line2, city, postalCode, country, isDefault })));
  return Object.entries(patch).every(([field, value]) => {
    if (field === 'addresses') return withoutIds(server.addresses) === withoutIds(value as AddressInput[]);
    return (server as unknown as Record<string, unknown>)[field] === value;
  });
}

/** Only what changed is sent, so a save never rewrites fields the person did not touch. */
export function buildPatch(form: ProfileForm, fields: ProfileField[], parsePhone: PhoneParser): ProfilePatch {
  const patch: ProfilePatch = {};
  for (const field of fields) {
    if (field === 'firstName' || field === 'lastName') patch[field] = form[field].trim();
    else if (field === 'phone') patch.phone = form.phone.trim() === '' ? null : (parsePhone(form.phone.trim()) ?? form.phone.trim());
    else if (field === 'language') patch.language = form.language === '' ? null : form.language;
    else patch.addresses = form.addresses.map(addressInput);
  }
  return patch;
}
