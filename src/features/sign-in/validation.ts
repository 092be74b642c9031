import type { MessageId } from '../../locales/en';
import { requestRules, textLength } from '../../api/contract-rules';

export interface SignInFields {
  email: string;
  password: string;
}

export type SignInErrors = Partial<Record<keyof SignInFields, MessageId>>;

// Deliberately loose: the server is the judge of what an address is; this only catches typos
// that would certainly fail, so the person gets the message without a round trip.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const rules = requestRules.SignInRequest;

export function validateSignIn(fields: SignInFields): SignInErrors {
  const errors: SignInErrors = {};
  const email = fields.email.trim();
  if (!email) errors.email = 'signIn.error.emailRequired';
  else if (textLength(email) > rules.email.maxLength || !emailShape.test(email)) errors.email = 'signIn.error.emailInvalid';
  if (!fields.password) errors.password = 'signIn.error.passwordRequired';
  else if (textLength(fields.password) > rules.password.maxLength) errors.password = 'signIn.error.passwordTooLong';
  return errors;
}
