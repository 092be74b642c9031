import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { i18nStore } from '../../shared/i18n/i18n-store';
import { useT } from '../../shared/i18n/use-t';
import { sessionQueries, useSignOut } from '../../shared/session/api';
import { Button } from '../../shared/ui/button';
import { Dialog } from '../../shared/ui/dialog';
import { idleLimitMs, idleWarningMs } from './idle-timing';

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Signs out after a quiet spell, with a warning that a single press dismisses (WCAG 2.2.1). */
export function IdleSignOut() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  // Set when the timer starts (an effect), not during render.
  const deadline = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const warning = secondsLeft !== null;

  useEffect(() => {
    if (warning) return;
    const onActivity = () => {
      deadline.current = Date.now() + idleLimitMs;
    };
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity);
    };
  }, [warning]);

  // The latest sign-out callback, so the timer below is set up once per signed-in visit and a
  // re-render (a navigation, say) never restarts the countdown.
  const signOutNow = useRef(() => {});
  useEffect(() => {
    signOutNow.current = () =>
      signOut.mutate(undefined, {
        onSettled: () => {
          i18nStore.forgetChoice();
          void navigate('/sign-in', { replace: true, state: { notice: 'idle' } });
        },
      });
  });

  useEffect(() => {
    deadline.current = Date.now() + idleLimitMs;
    const timer = window.setInterval(() => {
      const remaining = deadline.current - Date.now();
      if (remaining <= 0) {
        window.clearInterval(timer);
        signOutNow.current();
      } else if (remaining <= idleWarningMs) {
        setSecondsLeft(Math.ceil(remaining / 1000));
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, []);

  const staySignedIn = () => {
    deadline.current = Date.now() + idleLimitMs;
    setSecondsLeft(null);
    // Touch the server too, so its own session timeout restarts.
    void queryClient.refetchQueries({ queryKey: sessionQueries.current().queryKey });
  };

  return (
    <Dialog open={warning} title={t('idle.title')} onDismiss={staySignedIn}>
      <p>{t('idle.explanation', { seconds: secondsLeft ?? 0 })}</p>
      <div className="button-row">
        <Button onClick={staySignedIn}>{t('idle.stay')}</Button>
      </div>
    </Dialog>
  );
}
