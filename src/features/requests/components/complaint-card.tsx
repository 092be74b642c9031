import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { MessageId } from '../../../locales/en';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatPostalAddress } from '../../../shared/lib/postal-address';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { safeHref } from '../../../shared/lib/safe-href';

function Row({ label, children }: { label: MessageId; children: ReactNode }) {
  const t = useT();
  if (children === null || children === '') return null;
  return (
    <>
      <dt>{t(label)}</dt>
      <dd>{children}</dd>
    </>
  );
}

const mail = (address: string) => <a href={`mailto:${address}`}>{address}</a>;
// Shown as text when it is not a web address (never a javascript: link from the API).
const web = (url: string | null) => {
  const href = safeHref(url);
  return href ? <a href={href} rel="noreferrer">{url}</a> : url;
};

/** Who answers for the data, and where to complain (GDPR Art. 13(1)(a)–(b), 77), from the tenant's API. */
export function ComplaintCard() {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { contacts, dpo, supervisoryAuthority: authority } = organization;
  return (
    <section className="card complaint-card" aria-labelledby="complaint-title">
      <h2 id="complaint-title" className="card__title">
        {t('requests.complaint.title')}
      </h2>
      <p>{t('requests.complaint.intro', { organization: organization.name })}</p>
      <div className="complaint-card__parties">
        <div>
          <h3>{t('requests.complaint.authority')}</h3>
          <dl className="facts">
            <Row label="requests.contact.name">{localized(authority.name)}</Row>
            <Row label="requests.contact.website">{web(authority.website)}</Row>
            <Row label="requests.contact.email">{mail(authority.email)}</Row>
            <Row label="requests.contact.phone">{authority.phone}</Row>
            <Row label="requests.contact.address">{formatPostalAddress(language, authority.postalAddress)}</Row>
          </dl>
        </div>
        <div>
          <h3>{t('requests.complaint.company')}</h3>
          <dl className="facts">
            <Row label="requests.contact.name">{organization.legalName}</Row>
            <Row label="requests.contact.registration">{organization.registrationNumber}</Row>
            <Row label="requests.contact.email">{mail(contacts.email)}</Row>
            <Row label="requests.contact.phone">{contacts.phone}</Row>
            <Row label="requests.contact.website">{web(contacts.website)}</Row>
            <Row label="requests.contact.address">{formatPostalAddress(language, contacts.postalAddress)}</Row>
            {dpo ? (
              <Row label="requests.complaint.dpo">
                {dpo.name ? `${dpo.name}, ` : null}
                {mail(dpo.email)}
              </Row>
            ) : null}
          </dl>
        </div>
      </div>
    </section>
  );
}
