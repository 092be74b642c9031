import { useSuspenseQuery } from '@tanstack/react-query';
import type { PaymentMethod } from '../../../api/types';
import { formatDate } from '../../../shared/lib/format';
import { useLanguage, useT, type Translate } from '../../../shared/i18n/use-t';
import { myDataQueries } from '../api';
import { Empty } from './empty';

const brands: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', paypal: 'PayPal' };

function describe(t: Translate, method: PaymentMethod): string {
  const brand = method.brand === 'bank_link' ? t('myData.payment.bankLink') : (brands[method.brand] ?? method.brand);
  return method.last4 ? t('myData.payment.card', { brand, last4: method.last4 }) : brand;
}

/** Masked: brand, last four digits and expiry — the rest of a card number is never held here. */
export function PaymentValues() {
  const t = useT();
  const language = useLanguage();
  const { data } = useSuspenseQuery(myDataQueries.paymentMethods());
  if (data.items.length === 0) return <Empty>{t('myData.payment.none')}</Empty>;
  return (
    <ul className="my-data__list">
      {data.items.map((method) => (
        <li key={method.id}>
          <strong>{describe(t, method)}</strong>
          <br />
          {method.expMonth && method.expYear
            ? `${t('myData.payment.expires', { date: `${String(method.expMonth).padStart(2, '0')}/${method.expYear}` })} · `
            : null}
          {t('myData.payment.provider', { provider: method.provider })} ·{' '}
          {t('myData.payment.added', { date: formatDate(language, method.addedAt) })}
        </li>
      ))}
    </ul>
  );
}
