import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { RightsRequest } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { ReadOnlyNotice } from '../../../shared/session/read-only-notice';
import { useAccountReadOnly } from '../../../shared/session/use-account-read-only';
import { organizationQueries } from '../../../shared/tenant/api';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { ComplaintCard } from '../components/complaint-card';
import { RequestForm } from '../components/request-form';
import { RequestList } from '../components/request-list';
import { RequestSent } from '../components/request-sent';
import '../requests.css';

function focusFormTitle() {
  document.getElementById('request-form-title')?.focus();
}

export function RequestsRoute() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const [sent, setSent] = useState<RightsRequest | null>(null);
  // Each new request starts from an empty form with a fresh idempotency key.
  const [formKey, setFormKey] = useState(0);
  const readOnly = useAccountReadOnly();
  useDocumentTitle(t('requests.navTitle'), organization.name);
  return (
    <>
      <PageHeading>{t('requests.navTitle')}</PageHeading>
      <p className="lead">{t('requests.intro', { organization: organization.name })}</p>
      <section className="card" aria-labelledby="request-form-title">
        <h2 id="request-form-title" className="card__title" tabIndex={-1}>
          {t('requests.form.title')}
        </h2>
        {sent ? (
          <RequestSent
            request={sent}
            onAnother={() => {
              setSent(null);
              setFormKey((key) => key + 1);
              // The heading stays while the confirmation gives way to a fresh form below it.
              focusFormTitle();
            }}
          />
        ) : (
          <>
            <ReadOnlyNotice />
            {/* While a deletion is scheduled the backend takes no new requests (409). */}
            <fieldset className="fieldset-plain" disabled={readOnly}>
              <RequestForm key={formKey} onFiled={setSent} />
            </fieldset>
          </>
        )}
      </section>
      <section aria-labelledby="request-list-title">
        <h2 id="request-list-title">{t('requests.list.title')}</h2>
        <RequestList />
      </section>
      <ComplaintCard />
    </>
  );
}
