import type { RightsRequest } from '../../api/types';

const DAY_MS = 86_400_000;

/** Received, being handled or extended: the company still owes an answer. */
export function isOpen(request: RightsRequest): boolean {
  return request.status === 'received' || request.status === 'in_progress' || request.status === 'extended';
}

/**
 * Still open after its due date (one month, or up to three when extended, GDPR Art. 12(3)).
 * `nowMs` is the backend's time from the list, not the device's clock: the demo backend's
 * clock can be moved on, and a real server's clock and a phone's may differ by hours, while
 * the backend is the party that must answer in time.
 */
export function isOverdue(request: RightsRequest, nowMs: number): boolean {
  return isOpen(request) && Date.parse(request.dueAt) < nowMs;
}

/** Whole days from `nowMs` to the due date (negative once it has passed), counted as the backend counts. */
export function daysToDue(request: RightsRequest, nowMs: number): number {
  const left = Date.parse(request.dueAt) - nowMs;
  return left >= 0 ? Math.floor(left / DAY_MS) : -Math.ceil(-left / DAY_MS);
}
