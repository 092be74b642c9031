import type { DataCategoryId, RecipientNotice, RecordedRequestType, RequestSubject } from '../../src/api/types';
import { getOrganization } from '../db';
import { addMs } from './dates';

// GDPR Art. 19: after a correction, restriction, objection or erasure, every recipient that
// received the affected data is told. The demo company tells them within a day of carrying the
// request out; one recipient per tenant fails the first time and is told on the retry, so the
// portal can show every state.

export const TELL_AFTER_MS = 6 * 3_600_000;
export const RETRY_AFTER_MS = 12 * 3_600_000;
/** Recipients whose first notice fails (one per demo tenant). */
const flaky = new Set(['pipedrive', 'piegade']);

const affectsRecipients: ReadonlySet<RecordedRequestType> = new Set(['rectification', 'restriction', 'objection', 'erasure']);

export function needsNotices(type: RecordedRequestType): boolean {
  return affectsRecipients.has(type);
}

/** The categories a request touches: the one it names, or all of them. */
function affectedCategories(subject: RequestSubject | null): DataCategoryId[] {
  const categories = getOrganization().dataCategories;
  return subject ? [subject.categoryId] : categories.map((category) => category.id);
}

/** Every recipient of the company and its notice as of `nowMs`, for a request carried out at `doneAt` (null: not yet). */
export function recipientNotices(type: RecordedRequestType, subject: RequestSubject | null, doneAt: string | null, nowMs: number): RecipientNotice[] {
  if (!needsNotices(type)) return [];
  const organization = getOrganization();
  const affected = new Set(affectedCategories(subject));
  const received = new Set(organization.dataCategories.filter((category) => affected.has(category.id)).flatMap((category) => category.recipientIds));
  return organization.recipients.map((recipient): RecipientNotice => {
    const base = { recipientId: recipient.id, name: recipient.name };
    if (!received.has(recipient.id)) return { ...base, status: 'not_required', toldAt: null, reason: 'not_received' };
    if (doneAt === null) return { ...base, status: 'pending', toldAt: null, reason: null };
    const firstTry = addMs(doneAt, TELL_AFTER_MS);
    if (Date.parse(firstTry) > nowMs) return { ...base, status: 'pending', toldAt: null, reason: null };
    if (!flaky.has(recipient.id)) return { ...base, status: 'told', toldAt: firstTry, reason: null };
    const retry = addMs(firstTry, RETRY_AFTER_MS);
    if (Date.parse(retry) > nowMs) return { ...base, status: 'failed', toldAt: null, reason: null };
    return { ...base, status: 'told', toldAt: retry, reason: null };
  });
}
