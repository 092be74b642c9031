import type { RecordedRequestType, RequestAnswer, RequestStatus, RequestSubject, RightsRequest } from '../../src/api/types';
import { now, nowIso } from '../clock';
import { getDb } from '../db';
import { randomId } from '../fixtures/random';
import type { CustomerRecord } from '../model';
import { addMonths } from './dates';
import { needsNotices, recipientNotices } from './recipient-notices';

// Every rights request the company keeps, whichever page filed it (the requests page, a
// correction from "Your data", "Stop all marketing", an export, a deletion), with its timeline.
// The answer is due one calendar month after receipt (GDPR Art. 12(3)).

const openStatuses: ReadonlySet<RequestStatus> = new Set(['received', 'in_progress', 'extended']);

export function isOpenRequest(request: RightsRequest): boolean {
  return openStatuses.has(request.status);
}

export interface NewRequest {
  type: RecordedRequestType;
  message: string;
  subject: RequestSubject | null;
  /** A fixed id, for requests that stand for another record (an export's access request). */
  id?: string;
}

export function fileRightsRequest(customer: CustomerRecord, input: NewRequest): RightsRequest {
  const db = getDb();
  const createdAt = nowIso();
  const created: RightsRequest = {
    id: input.id ?? randomId('req'),
    reference: `PR-${createdAt.slice(0, 4)}-${String(db.nextRequestNumber).padStart(4, '0')}`,
    type: input.type,
    status: 'received',
    message: input.message,
    subject: input.subject,
    createdAt,
    dueAt: addMonths(createdAt, 1),
    closedAt: null,
    history: [{ status: 'received', at: createdAt }],
    answer: null,
    refusal: null,
    extension: null,
    // Before it is carried out, the customer already sees who will be told.
    recipients: recipientNotices(input.type, input.subject, null, now().getTime()),
  };
  db.nextRequestNumber += 1;
  customer.requests.push(created);
  return created;
}

export interface Transition {
  status: RequestStatus;
  at: string;
  /** The answer (completed), the refusal or extension reason (refused, extended). */
  text?: string;
  portalPath?: string | null;
}

/** Moves a request on and writes the step into its timeline. */
export function moveRequest(request: RightsRequest, step: Transition): void {
  request.status = step.status;
  request.history.push({ status: step.status, at: step.at });
  if (step.status === 'extended') {
    const previousDueAt = request.dueAt;
    request.dueAt = addMonths(previousDueAt, 2);
    request.extension = { reason: step.text ?? '', at: step.at, previousDueAt };
  }
  if (step.status === 'completed' || step.status === 'refused' || step.status === 'withdrawn') request.closedAt = step.at;
  if (step.status === 'completed') {
    const answer: RequestAnswer = { text: step.text ?? '', portalPath: step.portalPath ?? null };
    request.answer = answer;
  }
  if (step.status === 'refused') request.refusal = { reason: step.text ?? '' };
  refreshNotices(request, now().getTime());
}

/**
 * Art. 19 notices follow from what happened: pending while the request is open, sent once it is
 * carried out; a refused or withdrawn request changed nothing, so nobody needs telling.
 */
export function refreshNotices(request: RightsRequest, nowMs: number): void {
  if (!needsNotices(request.type) || request.status === 'refused' || request.status === 'withdrawn') {
    request.recipients = [];
    return;
  }
  request.recipients = recipientNotices(request.type, request.subject, request.status === 'completed' ? request.closedAt : null, nowMs);
}
