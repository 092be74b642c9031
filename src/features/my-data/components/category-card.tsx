import { useId } from 'react';
import { Link } from 'react-router';
import type { DataCategory } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { CategoryBoundary } from './category-boundary';
import { CategoryFacts } from './category-facts';
import { CategoryValues } from './category-values';

export function CategoryCard({ category }: { category: DataCategory }) {
  const t = useT();
  const localized = useLocalized();
  const titleId = useId();
  const name = localized(category.name);
  return (
    <section className="card my-data-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {name}
      </h2>
      <p className="my-data__muted">{localized(category.description)}</p>
      <div className="my-data-card__columns">
        <div>
          <h3 className="my-data__subheading">{t('myData.whatWeHold')}</h3>
          <CategoryBoundary>
            <CategoryValues id={category.id} full={false} />
          </CategoryBoundary>
        </div>
        <div>
          <h3 className="my-data__subheading">{t('myData.whyWeHold')}</h3>
          <CategoryFacts category={category} />
        </div>
      </div>
      <p>
        <Link to={category.id}>{t('myData.seeAll', { category: name })}</Link>
      </p>
    </section>
  );
}
