import { isApiError } from '../../api/api-error';

/**
 * Which explanation fits a failed save: the person can act on "offline" (check the connection)
 * and on "busy" (wait, the server said how long), not on "server". Every page that explains a
 * failed change picks its words by this, so a lost connection is never called our problem.
 */
export type FailureReason = 'offline' | 'busy' | 'server' | 'other';

export function failureReason(error: unknown): FailureReason {
  if (!isApiError(error)) return 'other';
  if (error.isNetwork) return 'offline';
  if (error.code === 'rate_limited') return 'busy';
  if (error.isServer) return 'server';
  return 'other';
}

/** Whole minutes to wait after "busy", at least one: what the message can say. */
export function minutesToWait(error: unknown): number {
  const seconds = isApiError(error) ? error.retryAfterSeconds : undefined;
  return Math.max(1, Math.ceil((seconds ?? 60) / 60));
}

/** The values a "could not … " message selects its words by: `{reason, select, …}` and `{minutes}`. */
export function failureValues(error: unknown): { reason: FailureReason; minutes: number } {
  return { reason: failureReason(error), minutes: minutesToWait(error) };
}
