import { useEffect, useRef, useState } from 'react';
import type { Preferences } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';
import { usePatchPreferences, useStopAllMarketing } from '../use-preference-mutations';
import { saveAllFailure } from './failure-message';

export const undoSeconds = 15;

function countOn(preferences: Preferences): number {
  const groups = [preferences.channels, preferences.topics, preferences.advertising, preferences.sharing];
  return groups.reduce((sum, values) => sum + Object.values(values).filter(Boolean).length, 0);
}

/**
 * Opting out is one click, without "are you sure?" (GDPR Art. 7(3)); instead it says what it did
 * and can be undone for a short while.
 */
export function StopAllMarketing({ preferences }: { preferences: Preferences }) {
  const t = useT();
  const stopAll = useStopAllMarketing();
  const restore = usePatchPreferences();
  // `undoable` turns false after undoSeconds: the confirmation stays, the Undo button goes.
  const [undo, setUndo] = useState<{ previous: Preferences; turnedOff: number; undoable: boolean } | null>(null);
  // `stop`: the failure was of "stop all". If its answer was only lost on the way, the page's next
  // read shows everything off with the objection on record, and "set back" is no longer true.
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string; stop?: boolean } | null>(null);
  const stoppedAfterAll = message?.stop === true && preferences.objection && countOn(preferences) === 0;
  const section = useRef<HTMLElement>(null);

  const undoable = undo?.undoable ?? false;
  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => {
      // Focus on the Undo button would fall to <body> when it goes; keep it in this box.
      if (document.activeElement?.hasAttribute('data-undo')) section.current?.querySelector<HTMLButtonElement>('button')?.focus();
      setUndo((current) => current && { ...current, undoable: false });
    }, undoSeconds * 1000);
    return () => clearTimeout(timer);
  }, [undoable]);

  const stop = () => {
    const previous = preferences;
    setMessage(null);
    setUndo(null);
    stopAll.mutateAsync().then(
      () => setUndo({ previous, turnedOff: countOn(previous), undoable: true }),
      (error: unknown) => setMessage({ tone: 'error', text: saveAllFailure(t, error), stop: true }),
    );
  };

  const undoStop = (previous: Preferences) => {
    setUndo(null);
    // The Undo button goes away; keep keyboard focus in this box rather than lose it to <body>.
    section.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const { channels, topics, advertising, sharing, objection } = previous;
    restore.mutateAsync({ channels, topics, advertising, sharing, objection }).then(
      () => setMessage({ tone: 'success', text: t('preferences.stopAll.undone') }),
      (error: unknown) => setMessage({ tone: 'error', text: saveAllFailure(t, error) }),
    );
  };

  return (
    <section ref={section} className="card" aria-labelledby="preferences-stop-all">
      <h2 id="preferences-stop-all" className="card__title">
        {t('preferences.stopAll.title')}
      </h2>
      <p>{t('preferences.stopAll.explanation')}</p>
      <Button variant="secondary" busy={stopAll.isPending} onClick={stop}>
        {t('preferences.stopAll.button')}
      </Button>
      <div role="status" className="pref-status">
        {undo ? (
          <div className="alert alert--success">
            <p>{t('preferences.stopAll.done', { count: undo.turnedOff })}</p>
            {undo.undoable ? (
              <>
                <p>{t('preferences.stopAll.undoFor', { seconds: undoSeconds })}</p>
                <Button variant="secondary" data-undo onClick={() => undoStop(undo.previous)}>
                  {t('preferences.stopAll.undo')}
                </Button>
              </>
            ) : null}
          </div>
        ) : message?.tone === 'success' ? (
          <p className="alert alert--success">{message.text}</p>
        ) : null}
      </div>
      <div role="alert">{message?.tone === 'error' && !stoppedAfterAll ? <p className="alert alert--error">{message.text}</p> : null}</div>
    </section>
  );
}
