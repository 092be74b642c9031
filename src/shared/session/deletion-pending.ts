import { isApiError } from '../../api/api-error';

/**
 * A change refused because the account is scheduled for deletion (409 `deletion_pending`).
 * Pages disable their editing while that is known; this is the safety net for when it was not
 * (the deletion scheduled elsewhere): show 'readOnly.refused', never a generic failure.
 */
export function isDeletionPending(error: unknown): boolean {
  return isApiError(error) && error.code === 'deletion_pending';
}
