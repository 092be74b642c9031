import type { DataCategory, DataCategoryId, LanguageCode, LocalizedText, Organization } from '../../src/api/types';
import { fixtureData, getOrganization } from '../db';
import type { CustomerRecord } from '../model';
import { accountView, technicalView, visibleFiles, visibleOrders } from './customer-data';
import { preferencesView } from './preferences';

// The content of a data export: every requested category with what it is, why it is held, on
// which legal basis, from where, for how long and who receives it — plus the data itself. Logs
// (activity, consent history, requests) are cut at `generatedAt`, as the backend would snapshot.

export const EXPORT_SCHEMA_VERSION = '1.1';

function localize(text: LocalizedText, language: LanguageCode): string {
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

export function exportLanguage(customer: CustomerRecord): LanguageCode {
  return customer.language ?? getOrganization().defaultLanguage;
}

export function categoryMetadata(category: DataCategory, organization: Organization, language: LanguageCode) {
  return {
    name: localize(category.name, language),
    description: localize(category.description, language),
    purposes: category.purposes.map((purpose) => localize(purpose, language)),
    legalBasis: category.legalBasis,
    legalBasisNote: category.legalBasisNote ? localize(category.legalBasisNote, language) : null,
    source: localize(category.source, language),
    retention: localize(category.retention, language),
    recipients: category.recipientIds.flatMap((id) => {
      const recipient = organization.recipients.find((candidate) => candidate.id === id);
      if (!recipient) return [];
      return [{
        id: recipient.id,
        name: recipient.name,
        role: recipient.role,
        country: recipient.country,
        purpose: localize(recipient.purpose, language),
        transferSafeguard: recipient.transferSafeguard ? localize(recipient.transferSafeguard, language) : null,
      }];
    }),
  };
}

export function categoryData(customer: CustomerRecord, id: DataCategoryId, generatedAt: string): Record<string, unknown> {
  const until = <T extends { at?: string; createdAt?: string }>(items: readonly T[]) =>
    items.filter((item) => (item.at ?? item.createdAt ?? '') <= generatedAt).reverse();
  switch (id) {
    case 'identity':
      return { record: { firstName: customer.firstName, lastName: customer.lastName } };
    case 'contact':
      return { record: { email: customer.email, phone: customer.phone, pendingEmail: customer.pendingEmail?.email ?? null } };
    case 'addresses':
      return { items: customer.addresses };
    case 'account':
      return { record: { ...accountView(customer), preferredLanguage: customer.language } };
    case 'orders':
      return { items: visibleOrders(customer) };
    case 'payment_methods':
      return { items: fixtureData(customer.fixture).paymentMethods };
    case 'reviews':
      return { items: fixtureData(customer.fixture).reviews };
    case 'communications':
      return { items: fixtureData(customer.fixture).communications, rightsRequests: until(customer.requests) };
    case 'files':
      return { items: visibleFiles(customer) };
    case 'technical':
      return { record: { ...technicalView(customer, null), activity: until(customer.activity) } };
    case 'consents': {
      // Export format 1.0 keeps the choices as they were; what Global Privacy Control changed is
      // in the history (source `gpc`).
      const { channels, topics, advertising, sharing, objection, updatedAt } = preferencesView(customer, getOrganization());
      const preferences = { channels, topics, advertising, sharing, objection, updatedAt };
      return {
        record: {
          preferences,
          history: until(customer.consents),
          policyAcknowledgedVersion: customer.policyAcknowledgedVersion,
        },
      };
    }
  }
}

export function exportDocument(customer: CustomerRecord, categories: readonly DataCategoryId[], generatedAt: string) {
  const organization = getOrganization();
  const language = exportLanguage(customer);
  const entries = organization.dataCategories
    .filter((category) => categories.includes(category.id))
    .map((category) => [category.id, { ...categoryMetadata(category, organization, language), ...categoryData(customer, category.id, generatedAt) }]);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt,
    language,
    organization: { name: organization.name, legalName: organization.legalName, contactEmail: organization.contacts.email },
    categories: Object.fromEntries(entries),
  };
}
