import type { DataCategoryId, LanguageCode } from '../../src/api/types';
import { nowIso } from '../clock';
import { getOrganization } from '../db';
import type { CustomerRecord, ExportRecord } from '../model';
import { inLanguage, marketingObjectionAnswer, selfCorrectionAnswer } from './desk-texts';
import { accessRequestId } from './privacy-desk';
import { fileRightsRequest, isOpenRequest, moveRequest } from './rights-requests';

// Rights exercised on other pages are requests too, and the company keeps them with the rest:
// the customer sees them in one list with their state.

function languageOf(customer: CustomerRecord): LanguageCode {
  return customer.language ?? getOrganization().defaultLanguage;
}

/** "Stop all marketing" is an objection to direct marketing (Art. 21(2)), carried out at once. */
export function recordMarketingObjection(customer: CustomerRecord): void {
  const request = fileRightsRequest(customer, { type: 'objection', message: '', subject: { categoryId: 'consents', itemId: null, field: null } });
  moveRequest(request, { status: 'completed', at: nowIso(), text: inLanguage(marketingObjectionAnswer, languageOf(customer)), portalPath: '/preferences' });
}

/** An export is the right of access (Art. 15); the desk answers it when the file is ready. */
export function recordAccessRequest(customer: CustomerRecord, record: ExportRecord): void {
  fileRightsRequest(customer, { type: 'access', message: '', subject: null, id: accessRequestId(record.id) });
}

/** A scheduled deletion is the right to erasure (Art. 17), under way until the grace period ends. */
export function recordErasureRequest(customer: CustomerRecord): void {
  const request = fileRightsRequest(customer, { type: 'erasure', message: '', subject: null });
  moveRequest(request, { status: 'in_progress', at: request.createdAt });
}

/** Cancelling the deletion withdraws the erasure request. */
export function withdrawErasureRequest(customer: CustomerRecord): void {
  const open = customer.requests.filter((request) => request.type === 'erasure' && isOpenRequest(request));
  for (const request of open) moveRequest(request, { status: 'withdrawn', at: nowIso() });
}

// Which data category each profile field belongs to (the tenant's categories).
const categoryOfField: Record<string, DataCategoryId> = { firstName: 'identity', lastName: 'identity', phone: 'contact', email: 'contact', addresses: 'addresses' };

/**
 * A correction made on the profile page is rectification (Art. 16) carried out at once; the
 * recipients of the old data must still be told (Art. 19), so it is kept with the requests.
 */
export function recordSelfCorrection(customer: CustomerRecord, changedFields: readonly string[]): void {
  const offered = new Set(getOrganization().dataCategories.map((category) => category.id));
  const categories = [...new Set(changedFields.map((field) => categoryOfField[field]).filter((id): id is DataCategoryId => id !== undefined && offered.has(id)))];
  for (const categoryId of categories) {
    const request = fileRightsRequest(customer, { type: 'rectification', message: '', subject: { categoryId, itemId: null, field: null } });
    moveRequest(request, { status: 'completed', at: request.createdAt, text: inLanguage(selfCorrectionAnswer, languageOf(customer)), portalPath: '/profile' });
  }
}
