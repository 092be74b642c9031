import type { MessageId } from '../../locales/en';
import { requestRules, textLength } from '../../api/contract-rules';

export interface ConfirmationInput {
  password: string;
  confirmEmail: string;
  reasonText: string;
}

export type ConfirmationErrors = Partial<Record<'password' | 'confirmEmail' | 'reasonText', MessageId>>;

export const reasonTextMax = requestRules.DeletionRequest['reason.text'].maxLength;

/** The same checks the server makes, so the button can say what is still missing before sending. */
export function validateConfirmation(input: ConfirmationInput, accountEmail: string): ConfirmationErrors {
  const errors: ConfirmationErrors = {};
  if (input.password === '') errors.password = 'deletion.error.passwordRequired';
  const typed = input.confirmEmail.trim();
  if (typed === '') errors.confirmEmail = 'deletion.error.emailRequired';
  else if (typed.toLowerCase() !== accountEmail.toLowerCase()) errors.confirmEmail = 'deletion.error.emailMismatch';
  if (textLength(input.reasonText) > reasonTextMax) errors.reasonText = 'deletion.error.reasonTooLong';
  return errors;
}
