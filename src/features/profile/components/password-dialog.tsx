import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/api-error';
import type { MessageId } from '../../../locales/en';
import { useT } from '../../../shared/i18n/use-t';
import { useConfirmPassword } from '../../../shared/session/api';
import { Button } from '../../../shared/ui/button';
import { Dialog } from '../../../shared/ui/dialog';
import { TextField } from '../../../shared/ui/text-field';

interface PasswordDialogProps {
  open: boolean;
  onConfirmed: () => void;
  onCancel: () => void;
}

/** 403 reauth_required: the password again (valid 5 minutes), then the interrupted step continues. */
export function PasswordDialog({ open, onConfirmed, onCancel }: PasswordDialogProps) {
  const t = useT();
  const confirm = useConfirmPassword();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<MessageId | null>(null);

  const close = (then: () => void) => {
    setPassword('');
    setError(null);
    then();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) return setError('profile.reauth.required');
    confirm.mutate(password, {
      onSuccess: () => close(onConfirmed),
      onError: (failure) => {
        setPassword('');
        if (isApiError(failure) && failure.code === 'invalid_password') setError('profile.reauth.wrong');
        else if (isApiError(failure) && failure.code === 'rate_limited') setError('profile.reauth.locked');
        else setError('profile.reauth.failed');
      },
    });
  };

  return (
    <Dialog open={open} title={t('profile.reauth.title')} onDismiss={() => close(onCancel)}>
      <form onSubmit={submit} noValidate>
        <p>{t('profile.reauth.explanation')}</p>
        <TextField
          data-autofocus
          label={t('profile.reauth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={error ? t(error) : undefined}
        />
        <div className="button-row">
          <Button type="submit" busy={confirm.isPending}>
            {t('profile.reauth.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => close(onCancel)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
