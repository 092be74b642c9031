import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { Profile } from '../../../api/types';
import { textLength } from '../../../api/contract-rules';
import { profileQueries } from '../../../shared/profile/api';
import {
  addressLimits,
  changedFields,
  formFromProfile,
  maxAddresses,
  nameLimit,
  newDraftKey,
  phoneLimit,
  type AddressDraft,
  type AddressTextField,
  type FormErrors,
  type ProfileForm,
} from '../validation';

interface Saved {
  data: Profile;
  etag: string | null;
}

function overLimit(value: string, max: number): FormErrors[string] | undefined {
  const count = textLength(value.trim());
  return count > max ? { id: 'profile.error.tooLong', values: { limit: max, count } } : undefined;
}

/**
 * The form's state: the values being edited, the saved version they started from (`base`, whose
 * ETag goes into If-Match) and the messages at the fields. A limit message appears while typing.
 */
export function useProfileEditor() {
  const { data: current } = useSuspenseQuery(profileQueries.detail());
  const [base, setBase] = useState<Saved>(current);
  const [form, setForm] = useState<ProfileForm>(() => formFromProfile(current.data));
  const [errors, setErrors] = useState<FormErrors>({});
  const changed = changedFields(form, base.data);
  const dirty = changed.length > 0;

  // Saved elsewhere (the header's language switcher, an e-mail change) while nothing is being
  // edited here: follow it. With edits under way the next save meets the 412 and asks.
  if (current.etag !== base.etag && !dirty) {
    setBase(current);
    setForm(formFromProfile(current.data));
  }

  const setFieldError = (path: string, message: FormErrors[string] | undefined) =>
    setErrors((previous) => {
      const next = { ...previous };
      delete next[path];
      if (message) next[path] = message;
      return next;
    });

  const reset = (saved: Saved) => {
    setBase(saved);
    setForm(formFromProfile(saved.data));
    setErrors({});
  };

  const setText = (field: 'firstName' | 'lastName' | 'phone', value: string) => {
    setForm((previous) => ({ ...previous, [field]: value }));
    setFieldError(field, overLimit(value, field === 'phone' ? phoneLimit : nameLimit));
  };

  const updateAddresses = (update: (addresses: AddressDraft[]) => AddressDraft[]) =>
    setForm((previous) => ({ ...previous, addresses: update(previous.addresses) }));

  const setAddressField = (index: number, key: AddressTextField | 'country', value: string) => {
    updateAddresses((addresses) => addresses.map((address, i) => (i === index ? { ...address, [key]: value } : address)));
    setFieldError(`addresses.${index}.${key}`, key === 'country' ? undefined : overLimit(value, addressLimits[key].max));
  };

  const addAddress = (country: string) => {
    if (form.addresses.length >= maxAddresses) return;
    const empty = { label: '', recipient: `${form.firstName} ${form.lastName}`.trim(), line1: '', line2: '', city: '', postalCode: '' };
    updateAddresses((addresses) => [
      ...addresses,
      { key: newDraftKey(), ...empty, country, isDefault: addresses.length === 0 },
    ]);
  };

  const removeAddress = (index: number) => {
    updateAddresses((addresses) => {
      const rest = addresses.filter((_, i) => i !== index);
      // Exactly one default while any address is left.
      if (rest.length > 0 && !rest.some((address) => address.isDefault)) rest[0] = { ...rest[0]!, isDefault: true };
      return rest;
    });
    // Indexes after the removed one move up; their old messages would point at the wrong address.
    setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([path]) => !path.startsWith('addresses.'))));
  };

  const makeDefault = (index: number) =>
    updateAddresses((addresses) => addresses.map((address, i) => ({ ...address, isDefault: i === index })));

  return {
    form,
    setForm,
    base,
    errors,
    setErrors,
    changed,
    dirty,
    reset,
    setText,
    setAddressField,
    addAddress,
    removeAddress,
    makeDefault,
  };
}
