import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatCalendarDay } from '../../../shared/lib/format';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { PolicyText } from '../components/policy-text';
import { safeHref } from '../../../shared/lib/safe-href';
import '../policy.css';

export function PolicyRoute() {
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { data: policy } = useSuspenseQuery(organizationQueries.policy());
  const title = localized(policy.title) || t('policy.title');
  useDocumentTitle(title, organization.name);
  const onSite = safeHref(organization.policy.url);
  return (
    <article className="policy">
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('policy.meta', { version: policy.version, date: formatCalendarDay(language, policy.publishedAt) })}</p>
      {onSite ? (
        <p>
          <a href={onSite}>{t('policy.onSite', { organization: organization.name })}</a>
        </p>
      ) : null}
      <PolicyText policy={policy} />
      {/* "I have read it" follows the text: the signed-in layout puts it there on this page. */}
    </article>
  );
}
