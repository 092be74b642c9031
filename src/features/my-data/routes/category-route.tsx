import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { CategoryBoundary } from '../components/category-boundary';
import { CategoryFacts } from '../components/category-facts';
import { CategoryValues } from '../components/category-values';
import '../my-data.css';

/** One category in full: every value (long lists page by page) and the facts about it. */
export function CategoryRoute() {
  const t = useT();
  const localized = useLocalized();
  const { category: id } = useParams();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const category = organization.dataCategories.find((candidate) => candidate.id === id);
  const name = category ? localized(category.name) : t('myData.notHeld.title');
  useDocumentTitle(name, t('myData.title'), organization.name);
  const back = (
    <p>
      <Link to="/data">{t('myData.back')}</Link>
    </p>
  );
  if (!category) {
    return (
      <>
        <PageHeading>{name}</PageHeading>
        <p>{t('myData.notHeld.body', { organization: organization.name })}</p>
        {back}
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeading>{name}</PageHeading>
      <p className="lead">{localized(category.description)}</p>
      <section className="card" aria-labelledby="my-data-why">
        <h2 id="my-data-why" className="card__title">
          {t('myData.whyWeHold')}
        </h2>
        <CategoryFacts category={category} />
      </section>
      <section className="card" aria-labelledby="my-data-values">
        <h2 id="my-data-values" className="card__title">
          {t('myData.whatWeHold')}
        </h2>
        <CategoryBoundary>
          <CategoryValues id={category.id} full />
        </CategoryBoundary>
      </section>
    </>
  );
}
