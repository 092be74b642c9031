import type { ApiError } from '../../api/api-error';
import type { Translate } from '../i18n/use-t';
import { minutesToWait } from '../lib/failure-reason';

/** One wording for sign-in failures, used by the sign-in page and the re-sign-in dialog. */
export function signInErrorMessage(t: Translate, error: ApiError): string {
  switch (error.code) {
    case 'invalid_credentials':
      return t('signIn.error.invalidCredentials');
    case 'rate_limited':
      return t('signIn.error.rateLimited', { minutes: minutesToWait(error) });
    case 'validation_failed':
      return t('signIn.error.invalidInput');
    case 'network':
      return t('error.offline');
    default:
      return t('signIn.error.server');
  }
}
