import type { MessageId } from '../../locales/en';

export interface SignInFields {
  email: string;
  password: string;
}

export type SignInErrors = Partial<Record<keyof SignInFields, MessageId>>;

// Deliberately loose: the server is the judge of what an address is; this only catches typos
// that would certainly fail, so the person gets the message without a round trip.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignIn(fields: SignInFields): SignInErrors {
  const errors: SignInErrors = {};
  const email = fields.email.trim();
  if (!email) errors.email = 'signIn.error.emailRequired';
  else if (email.length > 254 || !emailShape.test(email)) errors.email = 'signIn.error.emailInvalid';
  if (!fields.password) errors.password = 'signIn.error.passwordRequired';
  else if (fields.password.length > 200) errors.password = 'signIn.error.passwordTooLong';
  return errors;
}
