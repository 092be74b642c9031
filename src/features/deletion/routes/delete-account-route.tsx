import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { sessionQueries } from '../../../shared/session/api';
import { organizationQueries } from '../../../shared/tenant/api';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { CancelDeletionButton } from '../components/cancel-deletion-button';
import { ConfirmDeletionForm } from '../components/confirm-deletion-form';
import { Consequences } from '../components/consequences';
import '../deletion.css';

/** Two explicit steps: read and acknowledge the consequences, then confirm who you are. */
export function DeleteAccountRoute() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { data: session } = useSuspenseQuery(sessionQueries.current());
  const [step, setStep] = useState<1 | 2>(1);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // Step 2 is a page of its own for the person, so it has its own title (an empty part is left out).
  const onStep2 = step === 2 && !session.deletion;
  useDocumentTitle(onStep2 ? t('deletion.step2DocumentTitle') : '', t('deletion.title'), organization.name);

  // Moving between the steps is a new page for the person: focus goes to its heading.
  useLayoutEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [step]);
  const goTo = (next: 1 | 2) => {
    moved.current = true;
    setStep(next);
  };

  const { graceDays } = organization.deletion;
  return (
    <>
      <PageHeading>{t('deletion.title')}</PageHeading>
      {session.deletion ? (
        // Where the read-only pages send the person to cancel; cancelling leads back to the overview.
        <>
          <Alert tone="info">{t('deletion.alreadyScheduled', { date: formatDate(language, session.deletion.scheduledFor) })}</Alert>
          <p>{t('deletion.gate.readOnly')}</p>
          <CancelDeletionButton onCancelled={() => void navigate('/')} />
        </>
      ) : (
        <>
          <p className="lead">{t('deletion.intro', { organization: organization.name })}</p>
          <p className="deletion-step">{t('deletion.step', { step })}</p>
          <h2 id="deletion-step-title" ref={stepHeading} tabIndex={-1} className="deletion-step__title">
            {step === 1 ? t('deletion.step1Title') : t('deletion.step2Title')}
          </h2>
          {step === 1 ? (
            <>
              <Consequences />
              <div className="button-row">
                <Button variant="danger" onClick={() => goTo(2)}>
                  {t('deletion.continue')}
                </Button>
                <Link to="/" className="button button--secondary">
                  {t('deletion.keepAccount')}
                </Link>
              </div>
            </>
          ) : null}
          {/* The form stays mounted (hidden) on step 1, so going back to re-read loses nothing typed.
              The consequences do not stay: their data must not be re-read once the session ends. */}
          <div hidden={step !== 2}>
            {graceDays === 0 ? <Alert tone="warning" title={t('deletion.irreversibleTitle')}>{t('deletion.irreversible')}</Alert> : null}
            <ConfirmDeletionForm accountEmail={session.customer?.email ?? ''} graceDays={graceDays} onBack={() => goTo(1)} />
          </div>
        </>
      )}
    </>
  );
}
