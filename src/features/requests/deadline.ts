import type { RightsRequest } from '../../api/types';

/** Received or being handled: the company still owes an answer. */
export function isOpen(request: RightsRequest): boolean {
  return request.status === 'received' || request.status === 'in_progress';
}

/** Still open after its statutory due date (one month, GDPR Art. 12(3)). */
export function isOverdue(request: RightsRequest, nowMs: number): boolean {
  return isOpen(request) && Date.parse(request.dueAt) < nowMs;
}
