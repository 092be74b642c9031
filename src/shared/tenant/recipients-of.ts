import type { DataCategoryId, Organization } from '../../api/types';

/**
 * The names of the company's recipients that receive any of `categories` (all categories when
 * omitted), in the company's order: whom it must tell of a correction or an erasure (GDPR Art. 19).
 */
export function recipientNamesOf(organization: Organization, categories?: ReadonlySet<DataCategoryId>): string[] {
  const ids = new Set(
    organization.dataCategories.filter((category) => !categories || categories.has(category.id)).flatMap((category) => category.recipientIds),
  );
  return organization.recipients.filter((recipient) => ids.has(recipient.id)).map((recipient) => recipient.name);
}

/** "Wix.com, Klaviyo, Inc. and Pipedrive", in the page language. */
export function listOfNames(language: string, names: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
}
