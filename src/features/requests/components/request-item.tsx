import { useLayoutEffect, useRef } from 'react';
import type { RightsRequest } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { isOpen, isOverdue } from '../deadline';
import { useWithdrawRequest } from '../withdraw-request';
import { RecipientsTold } from './recipients-told';
import { RequestAbout } from './request-about';
import { RequestDeadline } from './request-deadline';
import { RequestMessage } from './request-message';
import { RequestOutcome } from './request-outcome';
import { RequestTimeline } from './request-timeline';
import { WithdrawButton } from './withdraw-button';

// Requests that stand for an action taken on another page are undone there (an export expires,
// a deletion is cancelled), not withdrawn here.
const withdrawable = (request: RightsRequest) => isOpen(request) && request.type !== 'access' && request.type !== 'erasure';

/** One request: what, about what, its state, its timeline, the company's answer and who was told. */
export function RequestItem({ request, nowMs }: { request: RightsRequest; nowMs: number }) {
  const t = useT();
  const language = useLanguage();
  const overdue = isOverdue(request, nowMs);
  const titleId = `request-${request.id}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const withdraw = useWithdrawRequest();
  const justWithdrawn = withdraw.isSuccess;
  // The Withdraw button is gone once it worked: focus goes to the request it belonged to.
  useLayoutEffect(() => {
    if (justWithdrawn) heading.current?.focus();
  }, [justWithdrawn]);
  return (
    <li className={overdue ? 'card request-item request-item--overdue' : 'card request-item'} aria-labelledby={titleId}>
      <div className="request-item__head">
        <h3 id={titleId} ref={heading} tabIndex={-1} className="card__title request-item__title">
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
      <div role="status" className="request-item__announce">
        {justWithdrawn ? <p className="alert alert--success">{t('requests.withdraw.done', { reference: request.reference })}</p> : null}
      </div>
      <RequestDeadline request={request} overdue={overdue} nowMs={nowMs} />
      <RequestOutcome request={request} />
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
      <RequestTimeline history={request.history} titleId={`${titleId}-timeline`} />
      <RecipientsTold notices={request.recipients} />
      {withdrawable(request) ? <WithdrawButton request={request} withdraw={withdraw} /> : null}
    </li>
  );
}
