import { memo, useCallback, useState } from 'react';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import type { Order } from '../../../api/types';
import { formatDate, formatMoney } from '../../../shared/lib/format';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { myDataQueries } from '../api';
import { countryName } from '../../../shared/lib/countries';
import { ReadOnlyNotice } from '../../../shared/session/read-only-notice';
import { useAccountReadOnly } from '../../../shared/session/use-account-read-only';
import { CorrectionDialog } from './correction-dialog';
import { PagedList } from './paged-list';

type OnCorrect = (order: Order) => void;

function OrderDetails({ order, onCorrect, readOnly }: { order: Order; onCorrect?: OnCorrect; readOnly: boolean }) {
  const t = useT();
  const language = useLanguage();
  const address = order.shippingAddress;
  return (
    <details className="my-data__details">
      <summary>{t('myData.orders.details', { number: order.number })}</summary>
      <ul>
        {order.items.map((item, index) => (
          <li key={index}>
            {t('myData.orders.item', { quantity: item.quantity, name: item.name, price: formatMoney(language, item.unitPrice.amount, item.unitPrice.currency) })}
          </li>
        ))}
      </ul>
      <p>{t('myData.orders.payment', { method: order.paymentMethod ?? t('myData.orders.noPayment') })}</p>
      {order.fileIds.length > 0 ? <p>{t('myData.orders.files', { count: order.fileIds.length })}</p> : null}
      {address ? (
        <>
          <p className="my-data__label">{t('myData.orders.shippingAddress')}</p>
          <address>
            {[address.recipient, address.line1, address.line2, `${address.postalCode} ${address.city}`, countryName(language, address.country)]
              .filter(Boolean)
              .join(', ')}
          </address>
          {onCorrect ? (
            // A correction request is a change too: off while a deletion is scheduled (the page says why).
            <button type="button" className="button button--link" disabled={readOnly} onClick={() => onCorrect(order)}>
              {t('myData.orders.requestCorrection')}
            </button>
          ) : null}
        </>
      ) : (
        <p>{t('myData.orders.noShipping')}</p>
      )}
    </details>
  );
}

function createOrderItems(onCorrect?: OnCorrect) {
  return memo(function OrderItems({ items }: { items: Order[] }) {
    const t = useT();
    const language = useLanguage();
    // Read once per page of orders, not once per order.
    const readOnly = useAccountReadOnly();
    return items.map((order) => (
      <li key={order.id} className="my-data__order">
        <strong>{t('myData.orders.number', { number: order.number })}</strong> · {formatDate(language, order.placedAt)} ·{' '}
        {t(`myData.orders.status.${order.status}`)} · {formatMoney(language, order.total.amount, order.total.currency)}
        <OrderDetails order={order} onCorrect={onCorrect} readOnly={readOnly} />
      </li>
    ));
  });
}

const SummaryItems = createOrderItems();

export function OrderValues({ full }: { full: boolean }) {
  const t = useT();
  const query = useSuspenseInfiniteQuery(myDataQueries.orders());
  const [correcting, setCorrecting] = useState<Order | null>(null);
  const onCorrect = useCallback((order: Order) => setCorrecting(order), []);
  const [FullItems] = useState(() => createOrderItems(onCorrect));
  return (
    <>
      {full ? <ReadOnlyNotice /> : null}
      <PagedList
        query={query}
        full={full}
        empty={t('myData.orders.none')}
        count={(count) => t('myData.orders.count', { count })}
        Items={full ? FullItems : SummaryItems}
      />
      {full ? <CorrectionDialog order={correcting} onClose={() => setCorrecting(null)} /> : null}
    </>
  );
}
