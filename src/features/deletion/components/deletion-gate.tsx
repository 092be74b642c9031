import { useLayoutEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { sessionQueries } from '../../../shared/session/api';
import { Alert } from '../../../shared/ui/alert';
import { CancelDeletionButton } from './cancel-deletion-button';
import { DeletionDecision } from './deletion-decision';
import '../deletion-gate.css';

function focusPageHeading() {
  document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
}

/**
 * Signed in during the grace period: before anything else the person decides — cancel the
 * deletion, or keep it scheduled and look around (read-only: the pages disable their editing,
 * and the backend refuses changes). The signed-in layout wraps its pages in this.
 */
export function DeletionGate({ children }: { children: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const { data: session } = useSuspenseQuery(sessionQueries.current());
  const scheduledFor = session.deletion?.scheduledFor;
  const [kept, setKept] = useState(false);
  // Cancelled here, in the banner or on the deletion page: the session no longer has a deletion.
  const [seenScheduled, setSeenScheduled] = useState(Boolean(scheduledFor));
  if (scheduledFor && !seenScheduled) setSeenScheduled(true);
  const cancelled = seenScheduled && !scheduledFor;
  const [moveFocus, setMoveFocus] = useState(0);
  useLayoutEffect(() => {
    if (moveFocus) focusPageHeading();
  }, [moveFocus]);
  const focusNextPage = () => setMoveFocus((count) => count + 1);

  // The deletion page says the same and has its own cancel button; one is enough.
  const onDeletionPage = useLocation().pathname === '/delete-account';
  const date = scheduledFor ? formatDate(language, scheduledFor) : '';
  if (scheduledFor && !kept) {
    return (
      <DeletionDecision
        date={date}
        onCancelled={focusNextPage}
        onKeep={() => {
          setKept(true);
          focusNextPage();
        }}
      />
    );
  }
  return (
    <>
      {scheduledFor && !onDeletionPage ? (
        <div className="deletion-banner">
          <Alert tone="warning">{t('deletion.gate.banner', { date })}</Alert>
          <CancelDeletionButton onCancelled={focusNextPage} />
        </div>
      ) : null}
      {cancelled ? <Alert tone="success">{t('deletion.gate.cancelled')}</Alert> : null}
      {children}
    </>
  );
}
