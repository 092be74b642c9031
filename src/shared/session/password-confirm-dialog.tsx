import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error';
import type { MessageId } from '../../locales/en';
import { useT, type MessageValues } from '../i18n/use-t';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { TextField } from '../ui/text-field';
import { useConfirmPassword } from './api';
import { minutesToWait } from '../lib/failure-reason';

interface PasswordConfirmDialogProps {
  open: boolean;
  /** What is being confirmed, in the caller's words (already translated). */
  title: string;
  explanation: string;
  submitLabel: string;
  onConfirmed: () => void;
  onCancel: () => void;
}

interface Problem {
  id: MessageId;
  values?: MessageValues;
}

function problemFor(error: unknown): Problem {
  if (!isApiError(error)) return { id: 'passwordConfirm.failed' };
  if (error.code === 'invalid_password' || error.code === 'validation_failed') return { id: 'passwordConfirm.wrong' };
  if (error.code === 'rate_limited')
    return { id: 'signIn.error.rateLimited', values: { minutes: minutesToWait(error) } };
  if (error.isNetwork) return { id: 'error.offline' };
  return { id: 'passwordConfirm.failed' };
}

/**
 * 403 `reauth_required`: sensitive actions (e-mail change, downloading all data) need the
 * password confirmed within the last 5 minutes. Asks for it, then the caller continues.
 */
export function PasswordConfirmDialog({ open, title, explanation, submitLabel, onConfirmed, onCancel }: PasswordConfirmDialogProps) {
  const t = useT();
  const confirm = useConfirmPassword();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  // Back in the field after a problem: its message is its description, read out on focus.
  const field = useRef<HTMLInputElement>(null);

  const close = (then: () => void) => {
    setPassword('');
    setProblem(null);
    confirm.reset();
    then();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setProblem({ id: 'passwordConfirm.required' });
      return field.current?.focus();
    }
    confirm.mutate(password, {
      onSuccess: () => close(onConfirmed),
      onError: (failure) => {
        setPassword('');
        setProblem(problemFor(failure));
        field.current?.focus();
      },
    });
  };

  const message = problem ? t(problem.id, problem.values) : undefined;
  return (
    <Dialog open={open} title={title} onDismiss={() => close(onCancel)}>
      <form onSubmit={submit} noValidate>
        <p>{explanation}</p>
        <TextField
          ref={field}
          data-autofocus
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setProblem(null);
            setPassword(event.target.value);
          }}
          error={message}
        />
        <div className="button-row">
          <Button type="submit" busy={confirm.isPending}>
            {submitLabel}
          </Button>
          <Button variant="secondary" onClick={() => close(onCancel)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
