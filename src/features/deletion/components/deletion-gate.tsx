import { useLayoutEffect, useState, type ReactNode } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { sessionQueries } from '../../../shared/session/api';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useCancelDeletion } from '../api';
import '../deletion-gate.css';

function focusPageHeading() {
  document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
}

/**
 * Signed in during the grace period: before anything else the person decides — cancel the
 * deletion, or keep it scheduled and look around (read-only: the backend refuses changes).
 * The signed-in layout wraps its pages in this.
 */
export function DeletionGate({ children }: { children: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const { data: session } = useSuspenseQuery(sessionQueries.current());
  const cancel = useCancelDeletion();
  const [kept, setKept] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const [moveFocus, setMoveFocus] = useState(0);
  useLayoutEffect(() => {
    if (moveFocus) focusPageHeading();
  }, [moveFocus]);

  const scheduledFor = session.deletion?.scheduledFor;
  const date = scheduledFor ? formatDate(language, scheduledFor) : '';
  const cancelButton = (
    <Button
      busy={cancel.isPending}
      onClick={() =>
        cancel.mutate(undefined, {
          onSuccess: () => {
            setCancelled(true);
            setMoveFocus((count) => count + 1);
          },
        })
      }
    >
      {cancel.isPending ? t('deletion.gate.cancelling') : t('deletion.gate.cancel')}
    </Button>
  );
  const failure = cancel.isError ? <Alert tone="error">{t('deletion.gate.error')}</Alert> : null;

  if (scheduledFor && !kept) {
    return (
      <div className="deletion-gate">
        <PageHeading>{t('deletion.gate.title')}</PageHeading>
        <p>{t('deletion.gate.text', { date })}</p>
        <p>{t('deletion.gate.readOnly')}</p>
        {failure}
        <div className="button-row">
          {cancelButton}
          <Button
            variant="secondary"
            onClick={() => {
              setKept(true);
              setMoveFocus((count) => count + 1);
            }}
          >
            {t('deletion.gate.keep')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <>
      {scheduledFor ? (
        <div className="deletion-banner">
          <Alert tone="warning">{t('deletion.gate.banner', { date })}</Alert>
          {failure}
          {cancelButton}
        </div>
      ) : null}
      {cancelled && !scheduledFor ? <Alert tone="success">{t('deletion.gate.cancelled')}</Alert> : null}
      {children}
    </>
  );
}
