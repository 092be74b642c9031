import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { requestQueries } from '../../../shared/requests/api';
import { RequestItem } from './request-item';

/** Every request, newest first, with its state and deadline. */
export function RequestList() {
  const t = useT();
  const { data } = useSuspenseQuery(requestQueries.list());
  // Days left and "overdue" are judged by the backend's time sent with the list (see deadline.ts),
  // as of the last refresh; a due date passing while the page is open is not worth a timer.
  const now = Date.parse(data.now);
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
