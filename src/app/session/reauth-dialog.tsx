import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import { useT } from '../../shared/i18n/use-t';
import { forgetPersonalData, useSignIn } from '../../shared/session/api';
import { signInErrorMessage } from '../../shared/session/sign-in-error-message';
import { Alert } from '../../shared/ui/alert';
import { Button } from '../../shared/ui/button';
import { Dialog } from '../../shared/ui/dialog';
import { TextField } from '../../shared/ui/text-field';
import { reauthStore } from './reauth-store';

/**
 * "Your session has ended" in place: the page underneath — and whatever was typed there — stays
 * as it is; after signing in, the interrupted request is sent again by the API layer.
 */
export function ReauthDialog() {
  const t = useT();
  const open = useSyncExternalStore(reauthStore.subscribe, reauthStore.isOpen, reauthStore.isOpen);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [password, setPassword] = useState('');
  const email = useSyncExternalStore(reauthStore.subscribe, reauthStore.email, reauthStore.email);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { email, password },
      {
        onSuccess: () => {
          setPassword('');
          signIn.reset();
          reauthStore.settle(true);
        },
      },
    );
  };

  const signOutInstead = () => {
    setPassword('');
    signIn.reset();
    reauthStore.settle(false);
    forgetPersonalData(queryClient);
    void navigate('/sign-in', { replace: true });
  };

  const error = signIn.error && isApiError(signIn.error) ? signInErrorMessage(t, signIn.error) : null;

  return (
    <Dialog open={open} title={t('reauth.title')}>
      <p>{t('reauth.explanation')}</p>
      <form onSubmit={submit} noValidate>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <TextField label={t('signIn.email')} type="email" value={email} readOnly autoComplete="username" />
        <TextField
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          data-autofocus=""
          required
        />
        <div className="button-row">
          <Button type="submit" busy={signIn.isPending}>
            {t('reauth.submit')}
          </Button>
          <Button variant="secondary" onClick={signOutInstead}>
            {t('reauth.signOutInstead')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
