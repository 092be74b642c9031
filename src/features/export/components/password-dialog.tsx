import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/api-error';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { useConfirmPassword } from '../../../shared/session/api';
import { Button } from '../../../shared/ui/button';
import { Dialog } from '../../../shared/ui/dialog';
import { TextField } from '../../../shared/ui/text-field';
import { formatRelative, useNow } from '../relative-time';

interface PasswordDialogProps {
  open: boolean;
  onConfirmed: () => void;
  onDismiss: () => void;
}

/** The download holds all personal data: the server wants a password confirmed in the last minutes. */
export function PasswordDialog({ open, onConfirmed, onDismiss }: PasswordDialogProps) {
  const t = useT();
  const language = useLanguage();
  const confirm = useConfirmPassword();
  const now = useNow(30_000);
  const [password, setPassword] = useState('');
  const [empty, setEmpty] = useState(false);

  const close = () => {
    setPassword('');
    setEmpty(false);
    confirm.reset();
    onDismiss();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setEmpty(true);
      return;
    }
    confirm.mutate(password, {
      onSuccess: () => {
        setPassword('');
        confirm.reset();
        onConfirmed();
      },
    });
  };

  let error: string | undefined;
  if (empty) error = t('export.reauthEmpty');
  else if (isApiError(confirm.error) && confirm.error.status === 429)
    error = t('export.reauthLimited', { when: formatRelative(language, confirm.submittedAt + (confirm.error.retryAfterSeconds ?? 60) * 1000, Math.max(now, confirm.submittedAt)) });
  else if (isApiError(confirm.error) && confirm.error.status === 422) error = t('export.reauthWrong');
  else if (confirm.error) error = t('export.downloadFailed');

  return (
    <Dialog open={open} title={t('export.reauthTitle')} onDismiss={close}>
      <form onSubmit={onSubmit} noValidate>
        <p>{t('export.reauthExplanation')}</p>
        <TextField
          label={t('export.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={error}
          onChange={(event) => {
            setEmpty(false);
            setPassword(event.target.value);
          }}
          data-autofocus
        />
        {error ? (
          <p className="visually-hidden" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <Button type="submit" busy={confirm.isPending}>
            {t('export.reauthSubmit')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
