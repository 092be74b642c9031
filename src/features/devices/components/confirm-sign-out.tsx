import { useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';
import { Dialog } from '../../../shared/ui/dialog';

export type PendingSignOut = { kind: 'one'; id: string; name: string } | { kind: 'others' };

interface ConfirmSignOutProps {
  pending: PendingSignOut | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks once before a device is signed out: whoever holds it must sign in again. */
export function ConfirmSignOut({ pending, busy, onConfirm, onCancel }: ConfirmSignOutProps) {
  const t = useT();
  const one = pending?.kind === 'one' ? pending : null;
  return (
    <Dialog
      open={pending !== null}
      title={one ? t('devices.confirmTitle', { device: one.name }) : t('devices.othersTitle')}
      onDismiss={onCancel}
    >
      <p>{one ? t('devices.confirmExplanation') : t('devices.othersExplanation')}</p>
      <div className="button-row">
        <Button variant="danger" busy={busy} onClick={onConfirm}>
          {one ? t('devices.confirm') : t('devices.othersConfirm')}
        </Button>
        <Button variant="secondary" data-autofocus="" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
