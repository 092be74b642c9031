import type { LanguageCode } from '../../src/api/types';
import { nowIso } from '../clock';
import { getOrganization } from '../db';
import type { CustomerRecord, ExportRecord } from '../model';
import { inLanguage, marketingObjectionAnswer } from './desk-texts';
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
