import { useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../../../shared/i18n/use-t';
import { leaveGuard } from '../../../shared/lib/leave-guard';
import { Button } from '../../../shared/ui/button';
import { Dialog } from '../../../shared/ui/dialog';

type Answer = (leave: boolean) => void;

/** Asks before unsaved edits are lost: in-app navigation, signing out, reloading or closing the tab. */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const t = useT();
  const leaving = useRef(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    setAnswer(() => (leave: boolean) => {
      if (leave) {
        leaving.current = true;
        blocker.proceed?.();
      } else blocker.reset?.();
    });
  }, [blocker]);

  useEffect(() => {
    if (!dirty) return;
    leaving.current = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    const release = leaveGuard.set(
      () =>
        new Promise<boolean>((resolve) => {
          setAnswer(() => (leave: boolean) => {
            if (leave) leaving.current = true;
            resolve(leave);
          });
        }),
    );
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      release();
    };
  }, [dirty]);

  const reply = (leave: boolean) => {
    answer?.(leave);
    setAnswer(null);
  };

  return (
    <Dialog open={answer !== null} title={t('profile.leave.title')} onDismiss={() => reply(false)}>
      <p>{t('profile.leave.explanation')}</p>
      <div className="button-row">
        <Button data-autofocus onClick={() => reply(false)}>
          {t('profile.leave.stay')}
        </Button>
        <Button variant="secondary" onClick={() => reply(true)}>
          {t('profile.leave.leave')}
        </Button>
      </div>
    </Dialog>
  );
}
