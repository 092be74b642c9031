import { ApiError } from '../../../api/api-error';
import type { Translate } from '../../../shared/i18n/use-t';

/** What to say when signing a device out did not go through. */
export function signOutFailure(t: Translate, error: unknown): string {
  if (error instanceof ApiError && error.code === 'not_found') return t('devices.alreadyGone');
  return t('devices.failed');
}
