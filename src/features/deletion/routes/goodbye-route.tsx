import { Link, useLocation } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { DeletionResult } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { organizationQueries } from '../../../shared/tenant/api';
import { CompanyContacts } from '../../../shared/tenant/company-contacts';
import { PublicPageHeader } from '../../../shared/tenant/public-page-header';
import { listOfNames, recipientNamesOf } from '../../../shared/tenant/recipients-of';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import '../deletion.css';

// The facts come in navigation state, never in the URL; a reload or a direct visit has none
// and gets a plain goodbye.
function readResult(state: unknown): DeletionResult | null {
  const deletion = (state as { deletion?: DeletionResult } | null)?.deletion;
  return deletion && (deletion.status === 'scheduled' || deletion.status === 'deleted') ? deletion : null;
}

/** Public: the session has ended. What happens next, when, how to change one's mind, whom to ask. */
export function GoodbyeRoute() {
  const t = useT();
  const language = useLanguage();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const result = readResult(useLocation().state);
  const scheduledFor = result?.status === 'scheduled' && result.scheduledFor ? formatDate(language, result.scheduledFor) : null;
  const title = scheduledFor
    ? t('deletion.goodbye.scheduledTitle')
    : result?.status === 'deleted'
      ? t('deletion.goodbye.deletedTitle')
      : t('deletion.goodbye.title');
  useDocumentTitle(title, organization.name);
  const recipients = recipientNamesOf(organization);
  return (
    <div className="sign-in-page">
      <PublicPageHeader />
      <main id="main" tabIndex={-1} className="sign-in-page__main goodbye">
        <PageHeading>{title}</PageHeading>
        {scheduledFor ? (
          <>
            <p>{t('deletion.goodbye.scheduled', { date: scheduledFor })}</p>
            <h2 className="goodbye__subtitle">{t('deletion.goodbye.changeMindTitle')}</h2>
            <p>{t('deletion.goodbye.changeMind', { date: scheduledFor })}</p>
            <p>
              <Link to="/sign-in">{t('deletion.goodbye.signIn')}</Link>
            </p>
          </>
        ) : result ? (
          <p>{t('deletion.goodbye.deleted')}</p>
        ) : (
          <p>{t('deletion.goodbye.signedOut')}</p>
        )}
        {result && recipients.length > 0 ? (
          <p>
            {t(result.status === 'scheduled' ? 'deletion.goodbye.willTell' : 'deletion.goodbye.telling', {
              names: listOfNames(language, recipients),
            })}
          </p>
        ) : null}
        {result?.retainedUntil ? (
          <p>{t('deletion.goodbye.retained', { date: formatDate(language, result.retainedUntil) })}</p>
        ) : null}
        <h2 className="goodbye__subtitle">{t('deletion.goodbye.contactTitle')}</h2>
        <p>{t('deletion.goodbye.contact', { name: organization.legalName })}</p>
        <CompanyContacts />
      </main>
    </div>
  );
}
