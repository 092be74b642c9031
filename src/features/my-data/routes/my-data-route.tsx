import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { CategoryCard } from '../components/category-card';
import '../my-data.css';

/** Everything the company holds, category by category, with why, from where, for whom, how long (GDPR Art. 15). */
export function MyDataRoute() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  useDocumentTitle(t('myData.title'), organization.name);
  return (
    <>
      <PageHeading>{t('myData.title')}</PageHeading>
      <p className="lead">{t('myData.intro', { organization: organization.name })}</p>
      {organization.dataCategories.map((category) => (
        <CategoryCard key={category.id} category={category} />
      ))}
    </>
  );
}
