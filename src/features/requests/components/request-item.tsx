import type { RightsRequest } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { isOverdue } from '../deadline';
import { RequestAbout } from './request-about';
import { RequestMessage } from './request-message';

function Deadline({ request, overdue }: { request: RightsRequest; overdue: boolean }) {
  const t = useT();
  const language = useLanguage();
  if (request.status === 'completed' || request.status === 'rejected') {
    const closed = formatDate(language, request.closedAt ?? request.dueAt);
    return <p className="request-item__deadline">{t(request.status === 'completed' ? 'requests.item.completed' : 'requests.item.rejected', { date: closed })}</p>;
  }
  const date = formatDate(language, request.dueAt);
  return (
    <p className={overdue ? 'request-item__deadline request-item__deadline--overdue' : 'request-item__deadline'}>
      {overdue ? t('requests.item.overdue', { date }) : t('requests.item.due', { date })}
    </p>
  );
}

/** One request: what, about what, its reference and state, and by when the company must answer. */
export function RequestItem({ request, nowMs }: { request: RightsRequest; nowMs: number }) {
  const t = useT();
  const language = useLanguage();
  const overdue = isOverdue(request, nowMs);
  const titleId = `request-${request.id}`;
  return (
    <li className={overdue ? 'card request-item request-item--overdue' : 'card request-item'} aria-labelledby={titleId}>
      <div className="request-item__head">
        <h3 id={titleId} className="card__title request-item__title">
          {t(`requests.type.${request.type}`)}
        </h3>
        <p className="request-item__badges">
          <span className="visually-hidden">{t('requests.item.status')}: </span>
          <span className={`request-status request-status--${request.status}`}>{t(`requests.status.${request.status}`)}</span>
          {overdue ? (
            <>
              <span className="visually-hidden">, </span>
              <span className="request-status request-status--overdue">{t('requests.overdue')}</span>
            </>
          ) : null}
        </p>
      </div>
      <Deadline request={request} overdue={overdue} />
      <dl className="facts">
        <dt>{t('requests.item.reference')}</dt>
        <dd>{request.reference}</dd>
        <dt>{t('requests.item.about')}</dt>
        <dd>
          <RequestAbout subject={request.subject} />
        </dd>
        <dt>{t('requests.item.filed')}</dt>
        <dd>
          <time dateTime={request.createdAt}>{formatDate(language, request.createdAt)}</time>
        </dd>
        <dt>{t('requests.item.message')}</dt>
        <dd>
          <RequestMessage message={request.message} />
        </dd>
      </dl>
    </li>
  );
}
