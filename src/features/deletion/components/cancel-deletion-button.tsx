import type { ReactNode } from 'react';
import { useT } from '../../../shared/i18n/use-t';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { useCancelDeletion } from '../api';

interface CancelDeletionButtonProps {
  onCancelled: () => void;
  /** Further buttons for the same row ("keep it scheduled"). */
  children?: ReactNode;
}

/** One click: the gate, the banner on every page and the deletion page all cancel the same way. */
export function CancelDeletionButton({ onCancelled, children }: CancelDeletionButtonProps) {
  const t = useT();
  const cancel = useCancelDeletion();
  return (
    <>
      {cancel.isError ? <Alert tone="error">{t('deletion.gate.error')}</Alert> : null}
      <div className="button-row">
        <Button busy={cancel.isPending} onClick={() => cancel.mutate(undefined, { onSuccess: onCancelled })}>
          {cancel.isPending ? t('deletion.gate.cancelling') : t('deletion.gate.cancel')}
        </Button>
        {children}
      </div>
    </>
  );
}
