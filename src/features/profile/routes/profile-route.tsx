import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { ReadOnlyNotice } from '../../../shared/session/read-only-notice';
import { organizationQueries } from '../../../shared/tenant/api';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { EmailChange } from '../components/email-change';
import { ProfileForm } from '../components/profile-form';
import '../profile.css';

export function ProfileRoute() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  useDocumentTitle(t('profile.title'), organization.name);
  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      <p className="lead">{t('profile.intro', { organization: organization.name })}</p>
      <ReadOnlyNotice />
      <ProfileForm />
      <EmailChange />
    </>
  );
}
