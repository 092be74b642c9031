import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../shared/i18n/use-t';
import { useSignOutEverywhere } from '../../../shared/session/api';
import { Button } from '../../../shared/ui/button';
import { Dialog } from '../../../shared/ui/dialog';

/** Ends every session of this account (a lost phone, a shared computer). Asks once first. */
export function SignOutEverywhere() {
  const t = useT();
  const navigate = useNavigate();
  const signOutEverywhere = useSignOutEverywhere();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t('overview.signOutEverywhere')}
      </Button>
      <Dialog open={confirming} title={t('overview.signOutEverywhereTitle')} onDismiss={() => setConfirming(false)}>
        <p>{t('overview.signOutEverywhereExplanation')}</p>
        <div className="button-row">
          <Button
            variant="danger"
            busy={signOutEverywhere.isPending}
            onClick={() =>
              signOutEverywhere.mutate(undefined, {
                onSettled: () => void navigate('/sign-in', { replace: true, state: { notice: 'signedOut' } }),
              })
            }
          >
            {t('overview.signOutEverywhereConfirm')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
