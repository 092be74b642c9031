import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { ExportForm } from '../components/export-form';
import { ExportList } from '../components/export-list';
import '../export.css';

export function ExportRoute() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  useDocumentTitle(t('export.title'), organization.name);
  return (
    <>
      <PageHeading>{t('export.title')}</PageHeading>
      <p className="lead">{t('export.intro', { organization: organization.name })}</p>
      <section className="card" aria-labelledby="export-request-title">
        <h2 id="export-request-title" className="card__title">
          {t('export.requestTitle')}
        </h2>
        <ExportForm />
      </section>
      <section aria-labelledby="export-list-title">
        <h2 id="export-list-title">{t('export.listTitle')}</h2>
        <ExportList />
      </section>
    </>
  );
}
