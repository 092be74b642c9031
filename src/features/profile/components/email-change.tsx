import { useState, type FormEvent } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { requestRules, textLength } from '../../../api/contract-rules';
import type { MessageId } from '../../../locales/en';
import { useLanguage, useT, type MessageValues } from '../../../shared/i18n/use-t';
import { failureValues } from '../../../shared/lib/failure-reason';
import { formatDateTime } from '../../../shared/lib/format';
import { useDemoExtras } from '../../../shared/demo-slot';
import { profileQueries } from '../../../shared/profile/api';
import { isDeletionPending } from '../../../shared/session/deletion-pending';
import { useAccountReadOnly } from '../../../shared/session/use-account-read-only';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { TextField } from '../../../shared/ui/text-field';
import { useCancelEmailChange, useConfirmEmailChange, useStartEmailChange } from '../api';
import { PasswordConfirmDialog } from '../../../shared/session/password-confirm-dialog';

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const codeShape = new RegExp(requestRules.EmailChangeConfirmation.code.pattern);

/** A message to show under a field, with the values it needs. */
interface Explanation {
  id: MessageId;
  values?: MessageValues;
}

function startError(error: unknown): Explanation {
  if (isDeletionPending(error)) return { id: 'readOnly.refused' };
  const field = isApiError(error) ? error.fieldErrors.email?.code : undefined;
  if (field === 'taken') return { id: 'profile.email.error.taken' };
  if (field === 'invalid_value') return { id: 'profile.email.error.same' };
  if (field) return { id: 'profile.email.error.invalid' };
  return { id: 'profile.email.error.failed', values: failureValues(error) };
}

function confirmError(error: unknown): Explanation {
  if (!isApiError(error)) return { id: 'profile.email.error.failed', values: failureValues(error) };
  if (isDeletionPending(error)) return { id: 'readOnly.refused' };
  if (error.code === 'invalid_code') return { id: 'profile.email.error.wrongCode' };
  if (error.code === 'expired_code') return { id: 'profile.email.error.expiredCode' };
  if (error.code === 'code_attempts_exhausted') return { id: 'profile.email.error.attemptsExhausted' };
  if (error.code === 'not_found') return { id: 'profile.email.error.noPending' };
  return { id: 'profile.email.error.failed', values: failureValues(error) };
}

/** The sign-in address changes only once the code sent to the new one is confirmed. */
export function EmailChange() {
  const t = useT();
  const language = useLanguage();
  const { data: profile } = useSuspenseQuery({ ...profileQueries.detail(), select: (result) => result.data });
  const start = useStartEmailChange();
  const confirm = useConfirmEmailChange();
  const cancel = useCancelEmailChange();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<Explanation | null>(null);
  const [status, setStatus] = useState<string>('');
  const [needsPassword, setNeedsPassword] = useState(false);
  const readOnly = useAccountReadOnly();
  const pending = profile.pendingEmail;
  const { EmailCodeNotice } = useDemoExtras();

  const sendCode = (address: string) => {
    setError(null);
    start.mutate(address, {
      onSuccess: () => {
        setCode('');
        setStatus(t('profile.email.codeSent', { email: address }));
      },
      onError: (failure) => {
        if (isApiError(failure) && failure.code === 'reauth_required') setNeedsPassword(true);
        else setError(startError(failure));
      },
    });
  };

  const submitNew = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const address = email.trim();
    if (!address) return setError({ id: 'profile.email.error.required' });
    if (textLength(address) > requestRules.EmailChangeRequest.email.maxLength || !emailShape.test(address)) return setError({ id: 'profile.email.error.invalid' });
    sendCode(address);
  };

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (!codeShape.test(code.trim())) return setError({ id: 'profile.email.error.codeShape' });
    setError(null);
    confirm.mutate(code.trim(), {
      onSuccess: (saved) => {
        setEmail('');
        setCode('');
        setStatus(t('profile.email.changed', { email: saved.email }));
      },
      onError: (failure) => setError(confirmError(failure)),
    });
  };

  return (
    <section className="card email-change" aria-labelledby="email-change-title">
      <h2 id="email-change-title" className="card__title">
        {t('profile.email.title')}
      </h2>
      <dl className="facts">
        <dt>{t('profile.email.current')}</dt>
        <dd dir="auto">{profile.email}</dd>
      </dl>
      {/* While a deletion is scheduled the address cannot change (the page says why). */}
      <fieldset className="fieldset-plain" disabled={readOnly}>
        {pending ? (
          <form onSubmit={submitCode} noValidate aria-label={t('profile.email.confirmLabel')}>
            <Alert tone="info" title={t('profile.email.pendingTitle')}>
              <p>
                {t('profile.email.pending', { email: pending.email, current: profile.email, until: formatDateTime(language, pending.expiresAt) })}
              </p>
            </Alert>
            {EmailCodeNotice ? <EmailCodeNotice email={pending.email} /> : null}
            <TextField
              id="profile-email-code"
              label={t('profile.email.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              error={error ? t(error.id, error.values) : undefined}
            />
            <div className="button-row">
              <Button type="submit" busy={confirm.isPending}>
                {t('profile.email.confirm')}
              </Button>
              <Button variant="secondary" busy={start.isPending} onClick={() => sendCode(pending.email)}>
                {t('profile.email.resend')}
              </Button>
              <Button
                variant="secondary"
                busy={cancel.isPending}
                onClick={() =>
                  cancel.mutate(undefined, {
                    onSuccess: () => {
                      setError(null);
                      setStatus(t('profile.email.cancelled'));
                    },
                    onError: (failure) => setError(isDeletionPending(failure) ? { id: 'readOnly.refused' } : { id: 'profile.email.error.failed', values: failureValues(failure) }),
                  })
                }
              >
                {t('profile.email.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <form onSubmit={submitNew} noValidate aria-label={t('profile.email.changeLabel')}>
            <TextField
              id="profile-email-new"
              label={t('profile.email.new')}
              hint={t('profile.email.newHint')}
              type="email"
              inputMode="email"
              autoComplete="email"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={error ? t(error.id, error.values) : undefined}
            />
            <Button type="submit" busy={start.isPending}>
              {t('profile.email.sendCode')}
            </Button>
          </form>
        )}
      </fieldset>
      <p role="status" className="profile-form__status">
        {status}
      </p>
      <PasswordConfirmDialog
        open={needsPassword}
        title={t('profile.reauth.title')}
        explanation={t('profile.reauth.explanation')}
        submitLabel={t('profile.reauth.confirm')}
        onCancel={() => setNeedsPassword(false)}
        onConfirmed={() => {
          setNeedsPassword(false);
          sendCode(pending?.email ?? email.trim());
        }}
      />
    </section>
  );
}
