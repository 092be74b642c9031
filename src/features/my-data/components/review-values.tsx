import { memo } from 'react';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import type { Review } from '../../../api/types';
import { formatDate } from '../../../shared/lib/format';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { myDataQueries } from '../api';
import { PagedList } from './paged-list';

const ReviewItems = memo(function ReviewItems({ items }: { items: Review[] }) {
  const t = useT();
  const language = useLanguage();
  return items.map((review) => (
    <li key={review.id}>
      <strong>{review.subject}</strong> · {t(`myData.reviews.kind.${review.kind}`)}
      {review.rating === null ? null : ` · ${t('myData.reviews.rating', { rating: review.rating })}`}
      <p className="my-data__text">{review.text}</p>
      <span className="my-data__muted">
        {formatDate(language, review.createdAt)} · {review.published ? t('myData.reviews.published') : t('myData.reviews.notPublished')}
      </span>
    </li>
  ));
});

export function ReviewValues({ full }: { full: boolean }) {
  const t = useT();
  const query = useSuspenseInfiniteQuery(myDataQueries.reviews());
  return (
    <PagedList
      query={query}
      full={full}
      empty={t('myData.reviews.none')}
      count={(count) => t('myData.reviews.count', { count })}
      Items={ReviewItems}
    />
  );
}
