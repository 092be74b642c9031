import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import type { RightsRequest } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { useAccountReadOnly } from '../../../shared/session/use-account-read-only';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { Dialog } from '../../../shared/ui/dialog';
import type { WithdrawMutation } from '../withdraw-request';

/**
 * "Withdraw request", asked once more in a dialog. The mutation belongs to the request's item:
 * this button is gone once the request is withdrawn, and the item says so.
 */
export function WithdrawButton({ request, withdraw }: { request: RightsRequest; withdraw: WithdrawMutation }) {
  const t = useT();
  const readOnly = useAccountReadOnly();
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    withdraw.reset();
  };
  // While a deletion is scheduled the account takes no changes; the page says so at the top.
  if (readOnly) return null;
  const closed = isApiError(withdraw.error) && withdraw.error.code === 'conflict';
  return (
    <>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t('requests.withdraw.button')}
      </Button>
      <Dialog open={confirming} title={t('requests.withdraw.title', { reference: request.reference })} onDismiss={close}>
        <p>{t('requests.withdraw.text')}</p>
        {withdraw.isError ? <Alert tone="error" title={t(closed ? 'requests.withdraw.closed' : 'requests.withdraw.failed')} /> : null}
        <div className="button-row">
          <Button
            variant="danger"
            busy={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(request.id, { onSuccess: () => setConfirming(false) })
            }
          >
            {t('requests.withdraw.confirm')}
          </Button>
          <Button variant="secondary" data-autofocus onClick={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
