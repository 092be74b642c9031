import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../shared/i18n/use-t';
import { safeNextPath } from '../../../shared/lib/safe-next-path';
import { useSignIn } from '../../../shared/session/api';
import { signInErrorMessage } from '../../../shared/session/sign-in-error-message';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { TextField } from '../../../shared/ui/text-field';
import { validateSignIn, type SignInErrors } from '../validation';

export function SignInForm() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SignInErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSignIn({ email, password });
    setErrors(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(safeNextPath(searchParams.get('next')), { replace: true }),
        // Keep the e-mail. Refused: clear the password, the usual fix is retyping it. Not
        // reached or failed on our side: keep it, the same press is the fix.
        onError: (error) => {
          if (!isApiError(error) || !(error.isNetwork || error.isServer)) setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  const serverError = signIn.error && isApiError(signIn.error) ? signInErrorMessage(t, signIn.error) : null;

  return (
    <form className="sign-in-form" onSubmit={submit} noValidate aria-label={t('signIn.formLabel')}>
      {serverError ? <Alert tone="error">{serverError}</Alert> : null}
      <TextField
        ref={emailRef}
        label={t('signIn.email')}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email ? t(errors.email) : undefined}
        required
      />
      <TextField
        ref={passwordRef}
        label={t('signIn.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password ? t(errors.password) : undefined}
        required
      />
      <Button type="submit" busy={signIn.isPending}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  );
}
