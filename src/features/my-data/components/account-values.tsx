import { useSuspenseQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { myDataQueries } from '../api';

/** The password is never shown (the API does not even send it): only that it is set, and when it changed. */
export function AccountValues() {
  const t = useT();
  const language = useLanguage();
  const { data: account } = useSuspenseQuery(myDataQueries.account());
  return (
    <dl className="facts my-data__values">
      <dt>{t('myData.account.customerNumber')}</dt>
      <dd>{account.customerNumber}</dd>
      <dt>{t('myData.account.createdAt')}</dt>
      <dd>{formatDate(language, account.createdAt)}</dd>
      <dt>{t('myData.account.password')}</dt>
      <dd>
        {!account.passwordSet
          ? t('myData.account.passwordNotSet')
          : account.passwordChangedAt
            ? t('myData.account.passwordSet', { date: formatDate(language, account.passwordChangedAt) })
            : t('myData.account.passwordSetNoDate')}
      </dd>
      <dt>{t('myData.account.lastSignIn')}</dt>
      <dd>{account.lastSignInAt ? formatDateTime(language, account.lastSignInAt) : t('myData.account.never')}</dd>
    </dl>
  );
}
