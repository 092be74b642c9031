import type { RightsRequest } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { daysToDue } from '../deadline';

/** When it was closed, or by when the company must answer and how many days are left (or late). */
export function RequestDeadline({ request, overdue, nowMs }: { request: RightsRequest; overdue: boolean; nowMs: number }) {
  const t = useT();
  const language = useLanguage();
  if (request.status === 'completed' || request.status === 'refused' || request.status === 'withdrawn') {
    const date = formatDate(language, request.closedAt ?? request.dueAt);
    return <p className="request-item__deadline">{t(`requests.item.${request.status}`, { date })}</p>;
  }
  const date = formatDate(language, request.dueAt);
  const days = daysToDue(request, nowMs);
  return (
    <p className={overdue ? 'request-item__deadline request-item__deadline--overdue' : 'request-item__deadline'}>
      {overdue ? t('requests.item.overdue', { date }) : t('requests.item.due', { date })}{' '}
      {overdue ? t('requests.item.daysLate', { count: -days }) : t('requests.item.daysLeft', { count: days })}
    </p>
  );
}
