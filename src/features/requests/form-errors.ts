import { isApiError } from '../../api/api-error';
import type { RequestType } from '../../api/types';
import type { Translate } from '../../shared/i18n/use-t';
import { MESSAGE_MAX, messageLength, validateDraft } from './validation';

// Which field a problem belongs to, and what it says, whether the browser or the server found it.

export type FieldName = 'type' | 'subject' | 'message';
export type FieldMessages = Partial<Record<FieldName, string>>;

export const fieldIds: Record<FieldName, string> = {
  type: 'request-kind',
  subject: 'request-scope',
  message: 'request-message',
};

function messageRequired(t: Translate, type: RequestType | null): string {
  return t(type === 'rectification' ? 'requests.error.messageRequired.rectification' : 'requests.error.messageRequired.question');
}

function tooLong(t: Translate, message: string, max: number = MESSAGE_MAX): string {
  return t('requests.error.messageTooLong', { max, count: messageLength(message) });
}

export function clientProblems(t: Translate, type: RequestType | null, message: string): FieldMessages {
  const problems = validateDraft(type, message);
  const result: FieldMessages = {};
  if (problems.type) result.type = t('requests.error.typeRequired');
  if (problems.message === 'required') result.message = messageRequired(t, type);
  if (problems.message === 'tooLong') result.message = tooLong(t, message);
  return result;
}

/** A 422's per-field errors on the form's fields; null when the error is not about fields. */
export function serverProblems(t: Translate, error: unknown, type: RequestType | null, message: string): FieldMessages | null {
  if (!isApiError(error) || error.code !== 'validation_failed') return null;
  const result: FieldMessages = {};
  for (const [path, problem] of Object.entries(error.fieldErrors)) {
    if (path === 'type') result.type = t('requests.error.typeRequired');
    else if (path === 'subject' || path.startsWith('subject.')) result.subject = t('requests.error.scopeInvalid');
    else if (path === 'message') result.message = problem.code === 'too_long' ? tooLong(t, message, problem.limit) : messageRequired(t, type);
  }
  return Object.keys(result).length > 0 ? result : null;
}
