import { useLayoutEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Order, RightsRequest } from '../../../api/types';
import { requestRules, textLength } from '../../../api/contract-rules';
import { formatDate } from '../../../shared/lib/format';
import { failureValues } from '../../../shared/lib/failure-reason';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { useRequestAttempt } from '../../../shared/requests/use-request-attempt';
import { isDeletionPending } from '../../../shared/session/deletion-pending';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { Dialog } from '../../../shared/ui/dialog';

const maxLength = requestRules.RightsRequestInput.message.maxLength;

function CorrectionSent({ request, onClose }: { request: RightsRequest; onClose: () => void }) {
  const t = useT();
  const language = useLanguage();
  const close = useRef<HTMLButtonElement>(null);
  // The form it replaces had focus; keep it inside the dialog.
  useLayoutEffect(() => close.current?.focus(), []);
  return (
    <>
      <Alert tone="success" title={t('myData.correction.sent', { reference: request.reference })}>
        <p>{t('myData.correction.due', { date: formatDate(language, request.dueAt) })}</p>
      </Alert>
      <div className="button-row">
        <button ref={close} type="button" className="button button--primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </>
  );
}

function CorrectionForm({ order, onClose }: { order: Order; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  // The same request sent again (after a lost answer) keeps its key, so it is filed once.
  const { send, mutation: requestCorrection } = useRequestAttempt();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<RightsRequest | null>(null);

  if (created) return <CorrectionSent request={created} onClose={onClose} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = message.trim();
    const problem = !text ? t('myData.correction.required') : textLength(text) > maxLength ? t('myData.correction.tooLong', { max: maxLength }) : null;
    setError(problem);
    if (problem) {
      field.current?.focus();
      return;
    }
    send(
      { type: 'rectification', subject: { categoryId: 'orders', itemId: order.id, field: 'shippingAddress' }, message: text },
      setCreated,
      () => undefined,
    );
  };

  const errorId = `${id}-error`;
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('myData.correction.intro', { number: order.number })}</p>
      {requestCorrection.isError ? (
        <Alert tone="error" title={isDeletionPending(requestCorrection.error) ? t('readOnly.refused') : t('myData.correction.failed', failureValues(requestCorrection.error))} />
      ) : null}
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={id} className="field__label">
          {t('myData.correction.message')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('myData.correction.hint')}
        </p>
        {error ? (
          <p id={errorId} className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <textarea
          ref={field}
          id={id}
          data-autofocus
          className="field__input my-data__textarea"
          rows={5}
          value={message}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : null, `${id}-hint`].filter(Boolean).join(' ')}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
      <div className="button-row">
        <Button type="submit" busy={requestCorrection.isPending}>
          {t('myData.correction.submit')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** "Request a correction" of a past order's address: it cannot be edited, so it becomes a rectification request. */
export function CorrectionDialog({ order, onClose }: { order: Order | null; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open={order !== null} title={t('myData.correction.title')} onDismiss={onClose}>
      {order ? <CorrectionForm key={order.id} order={order} onClose={onClose} /> : null}
    </Dialog>
  );
}
