import type { Translate } from '../../shared/i18n/use-t';
import type { MessageId } from '../../locales/en';
import type { FieldMessage } from './validation';

// Field paths are the server's ("addresses.1.postalCode"); each maps to one input id, so a 422
// from the server and a client check land on the same field, and the summary can link to it.

export function fieldId(path: string): string {
  return `profile-${path.replace(/\./g, '-')}`;
}

const labels: Record<string, MessageId> = {
  firstName: 'profile.firstName',
  lastName: 'profile.lastName',
  phone: 'profile.phone',
  language: 'profile.language',
  addresses: 'profile.addresses.title',
  label: 'profile.address.label',
  recipient: 'profile.address.recipient',
  line1: 'profile.address.line1',
  line2: 'profile.address.line2',
  city: 'profile.address.city',
  postalCode: 'profile.address.postalCode',
  country: 'profile.address.country',
  isDefault: 'profile.address.default',
};

export function fieldLabel(t: Translate, path: string): string {
  const [first = '', index, key] = path.split('.');
  if (first === 'addresses' && index !== undefined) {
    const address = t('profile.address.legend', { number: Number(index) + 1 });
    const part = key ? labels[key] : undefined;
    return part ? `${address}: ${t(part)}` : address;
  }
  const id = labels[first];
  return id ? t(id) : path;
}

export function messageText(t: Translate, message: FieldMessage): string {
  return t(message.id, message.values);
}
