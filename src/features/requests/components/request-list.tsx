import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { requestQueries } from '../api';
import { RequestItem } from './request-item';

/** Every request, newest first, with its state and deadline. */
export function RequestList() {
  const t = useT();
  const { data } = useSuspenseQuery(requestQueries.list());
  // "Overdue" is judged when the page opens; a due date passing while it is open is a rare case
  // not worth a timer.
  const [now] = useState(() => Date.now());
  if (data.items.length === 0) return <p>{t('requests.list.empty')}</p>;
  const items = [...data.items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return (
    <ul className="request-list">
      {items.map((request) => (
        <RequestItem key={request.id} request={request} nowMs={now} />
      ))}
    </ul>
  );
}
