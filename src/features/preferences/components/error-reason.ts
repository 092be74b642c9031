import { isApiError } from '../../../api/api-error';

/** Which explanation fits a failed save: the person can act on "offline", not on "server". */
export function errorReason(error: unknown): 'offline' | 'server' | 'other' {
  if (isApiError(error) && error.isNetwork) return 'offline';
  if (isApiError(error) && error.isServer) return 'server';
  return 'other';
}
