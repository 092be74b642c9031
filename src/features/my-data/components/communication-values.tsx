import { memo } from 'react';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import type { Communication } from '../../../api/types';
import { formatDateTime } from '../../../shared/lib/format';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { myDataQueries } from '../api';
import { PagedList } from './paged-list';

const CommunicationItems = memo(function CommunicationItems({ items }: { items: Communication[] }) {
  const t = useT();
  const language = useLanguage();
  return items.map((item) => (
    <li key={item.id}>
      <strong>{item.subject}</strong>
      <p className="my-data__text">{item.summary}</p>
      <span className="my-data__muted">
        {formatDateTime(language, item.at)} · {t(`myData.communications.channel.${item.channel}`)} ·{' '}
        {t(`myData.communications.${item.direction}`)}
      </span>
    </li>
  ));
});

export function CommunicationValues({ full }: { full: boolean }) {
  const t = useT();
  const query = useSuspenseInfiniteQuery(myDataQueries.communications());
  return (
    <PagedList
      query={query}
      full={full}
      empty={t('myData.communications.none')}
      count={(count) => t('myData.communications.count', { count })}
      Items={CommunicationItems}
    />
  );
}
