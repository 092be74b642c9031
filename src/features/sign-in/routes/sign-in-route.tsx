import { useLocation } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useDemoExtras } from '../../../shared/demo-slot';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { PublicPageHeader } from '../../../shared/tenant/public-page-header';
import { Alert } from '../../../shared/ui/alert';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { SignInForm } from '../components/sign-in-form';

type Notice = 'signedOut' | 'idle';

function readNotice(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'signedOut' || notice === 'idle' ? notice : null;
}

export function SignInRoute() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const notice = readNotice(useLocation().state);
  const { SignInNotice } = useDemoExtras();
  useDocumentTitle(t('signIn.title'), organization.name);
  return (
    <div className="sign-in-page">
      <PublicPageHeader />
      <main id="main" tabIndex={-1} className="sign-in-page__main">
        <PageHeading>{t('signIn.title')}</PageHeading>
        <p>{t('signIn.intro', { organization: organization.name })}</p>
        {notice === 'signedOut' ? <Alert tone="success">{t('signIn.notice.signedOut')}</Alert> : null}
        {notice === 'idle' ? <Alert tone="info">{t('signIn.notice.idle', { minutes: 15 })}</Alert> : null}
        <SignInForm />
        <p className="sign-in-page__help">
          {t('signIn.help')} <a href={`mailto:${organization.contacts.email}`}>{organization.contacts.email}</a>
        </p>
        {SignInNotice ? <SignInNotice /> : null}
      </main>
    </div>
  );
}
