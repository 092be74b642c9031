import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { useAccountReadOnly } from './use-account-read-only';

/**
 * Said where editing is switched off while a deletion is scheduled, with the way out: the
 * deletion page, which offers to cancel. Nothing while the account is editable.
 */
export function ReadOnlyNotice() {
  const t = useT();
  if (!useAccountReadOnly()) return null;
  return (
    <div className="alert alert--info read-only-notice">
      <p>
        {t('readOnly.notice')} <Link to="/delete-account">{t('readOnly.cancelLink')}</Link>
      </p>
    </div>
  );
}
