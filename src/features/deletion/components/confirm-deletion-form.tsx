import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { useT, type Translate } from '../../../shared/i18n/use-t';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { TextField } from '../../../shared/ui/text-field';
import { useScheduleDeletion } from '../api';
import { validateConfirmation, type ConfirmationErrors } from '../validation';
import { ReasonFields, type ReasonChoice } from './reason-fields';
import { minutesToWait } from '../../../shared/lib/failure-reason';

interface ConfirmDeletionFormProps {
  accountEmail: string;
  graceDays: number;
  onBack: () => void;
}

function failureMessage(t: Translate, error: unknown): string | null {
  if (!isApiError(error) || error.code === 'invalid_password' || error.code === 'email_mismatch') return null;
  if (error.isNetwork) return t('deletion.error.network');
  if (error.code === 'deletion_pending') return t('deletion.error.pending');
  if (error.status === 429) return t('deletion.error.rateLimited', { minutes: minutesToWait(error) });
  return t('deletion.error.server');
}

/** Step 2: password, the typed e-mail address, an optional reason; then the one request. */
export function ConfirmDeletionForm({ accountEmail, graceDays, onBack }: ConfirmDeletionFormProps) {
  const t = useT();
  const navigate = useNavigate();
  const schedule = useScheduleDeletion();
  const hintId = useId();
  const [password, setPassword] = useState('');
  const [confirmEmail, setConfirmEmail] = useState('');
  const [choice, setChoice] = useState<ReasonChoice>(null);
  const [reasonText, setReasonText] = useState('');
  const [errors, setErrors] = useState<ConfirmationErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  // One key per confirmation attempt: a retry of the same answers (double click, after a network
  // error or a lost answer) reuses it; changing any answer starts a new attempt. A second tab has
  // its own key, and the backend refuses it (409 deletion_pending: one deletion per account).
  const idempotencyKey = useRef<string | null>(null);
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    idempotencyKey.current = null;
    set(value);
  };

  const input = { password, confirmEmail, reasonText };
  const ready = Object.keys(validateConfirmation(input, accountEmail)).length === 0;

  // The button is unavailable until the answers are right; pressing it anyway (or Enter in a
  // field) says at the fields what is missing and moves focus to the first of them.
  const pointAtMissing = () => {
    const found = validateConfirmation(input, accountEmail);
    setErrors(found);
    if (found.password) passwordRef.current?.focus();
    else if (found.confirmEmail) emailRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return pointAtMissing();
    setErrors({});
    idempotencyKey.current ??= crypto.randomUUID();
    const text = reasonText.trim();
    schedule.mutate(
      {
        idempotencyKey: idempotencyKey.current,
        body: { password, confirmEmail: confirmEmail.trim(), reason: choice || text ? { choice, text } : null },
      },
      {
        onSuccess: (result) => void navigate('/goodbye', { replace: true, state: { deletion: result } }),
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === 'invalid_password') {
            setErrors({ password: 'deletion.error.passwordWrong' });
            setPassword('');
            idempotencyKey.current = null;
            passwordRef.current?.focus();
          } else if (error.code === 'email_mismatch') {
            setErrors({ confirmEmail: 'deletion.error.emailMismatch' });
            emailRef.current?.focus();
          }
        },
      },
    );
  };

  const failure = schedule.isError ? failureMessage(t, schedule.error) : null;
  return (
    <form className="deletion-form" onSubmit={submit} noValidate aria-labelledby="deletion-step-title">
      <p>{t('deletion.confirmIntro')}</p>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <TextField
        ref={passwordRef}
        label={t('deletion.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => edit(setPassword)(event.target.value)}
        error={errors.password ? t(errors.password) : undefined}
        required
      />
      <TextField
        ref={emailRef}
        label={t('deletion.confirmEmail')}
        hint={t('deletion.confirmEmailHint', { email: accountEmail })}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={confirmEmail}
        onChange={(event) => edit(setConfirmEmail)(event.target.value)}
        error={errors.confirmEmail ? t(errors.confirmEmail, { email: accountEmail }) : undefined}
        required
      />
      <ReasonFields
        choice={choice}
        text={reasonText}
        error={errors.reasonText ? t(errors.reasonText) : undefined}
        onChoice={edit(setChoice)}
        onText={edit(setReasonText)}
      />
      <p id={hintId} className={ready ? 'deletion-form__warning' : 'deletion-form__hint'}>
        {ready ? (graceDays > 0 ? t('deletion.readyGrace', { days: graceDays }) : t('deletion.readyImmediate')) : t('deletion.notReady')}
      </p>
      <div className="button-row">
        <Button
          type="submit"
          variant="danger"
          busy={schedule.isPending}
          aria-disabled={!ready}
          onDisabledPress={pointAtMissing}
          aria-describedby={hintId}
        >
          {schedule.isPending ? t('deletion.submitting') : t(graceDays > 0 ? 'deletion.submit' : 'deletion.submitNow')}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {t('deletion.back')}
        </Button>
      </div>
    </form>
  );
}
