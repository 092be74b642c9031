import { Link } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { nameToAddress } from '../../../shared/i18n/vocative';
import { sessionQueries } from '../../../shared/session/api';
import { organizationQueries } from '../../../shared/tenant/api';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { ContactCard } from '../components/contact-card';
import { SectionCards } from '../components/section-cards';
import { SignOutEverywhere } from '../components/sign-out-everywhere';

export function OverviewRoute() {
  const t = useT();
  const language = useLanguage();
  const { data: session } = useSuspenseQuery(sessionQueries.current());
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const customer = session.customer;
  useDocumentTitle(t('overview.title'), organization.name);
  return (
    <>
      <PageHeading>{t('overview.greeting', { name: nameToAddress(language, customer?.firstName ?? '') })}</PageHeading>
      <p className="lead">{t('overview.intro', { organization: organization.name })}</p>
      <section className="card" aria-labelledby="who-title">
        <h2 id="who-title" className="card__title">
          {t('overview.whoTitle')}
        </h2>
        <dl className="facts">
          <dt>{t('overview.name')}</dt>
          <dd>
            {customer?.firstName} {customer?.lastName}
          </dd>
          <dt>{t('overview.email')}</dt>
          <dd>{customer?.email}</dd>
        </dl>
        <p>
          <Link to="/activity/devices">{t('overview.devicesLink')}</Link>
        </p>
        <SignOutEverywhere />
      </section>
      <SectionCards />
      <ContactCard />
    </>
  );
}
