import type { Profile } from '../../src/api/types';
import type { CustomerRecord } from '../model';

// The profile representation and its version (ETag = the version counter in quotes).

export function profileView(customer: CustomerRecord): Profile {
  return {
    id: customer.id,
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.phone,
    language: customer.language,
    addresses: customer.addresses.map((address) => ({ ...address })),
    pendingEmail: customer.pendingEmail
      ? { email: customer.pendingEmail.email, expiresAt: customer.pendingEmail.expiresAt }
      : null,
    createdAt: customer.createdAt,
    updatedAt: customer.updatedAt,
  };
}

export function profileEtag(customer: CustomerRecord): string {
  return `"${customer.version}"`;
}

/** If-Match may list several tags, weak or strong, or `*`. */
export function ifMatchSatisfied(header: string, customer: CustomerRecord): boolean {
  const current = profileEtag(customer);
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === current);
}
