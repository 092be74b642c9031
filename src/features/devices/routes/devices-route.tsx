import { useEffect, useRef, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { Button } from '../../../shared/ui/button';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { deviceQueries, useEndSession, useSignOutOtherSessions } from '../api';
import { ConfirmSignOut, type PendingSignOut } from '../components/confirm-sign-out';
import { SessionEntry, sessionName } from '../components/session-entry';
import { signOutFailure } from '../components/sign-out-result';
import '../devices.css';

export function DevicesRoute() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { data } = useSuspenseQuery(deviceQueries.list());
  const endSession = useEndSession();
  const signOutOthers = useSignOutOtherSessions();
  const [pending, setPending] = useState<PendingSignOut | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useDocumentTitle(t('devices.title'), organization.name);

  const sessions = data.items;
  const others = sessions.filter((session) => !session.current).length;

  // The button that opened the dialog is gone once its device is signed out, so focus goes to
  // the list's heading (the dialog would hand it back to nothing); the news is in the status line.
  // An effect, so it runs after the dialog has closed and handed focus back.
  useEffect(() => {
    if (focusRequest > 0) listHeading.current?.focus();
  }, [focusRequest]);
  const finish = (message: string | null, error: string | null) => {
    setPending(null);
    setDone(message);
    setFailure(error);
    setFocusRequest((count) => count + 1);
  };
  const confirm = () => {
    if (!pending) return;
    if (pending.kind === 'one') {
      endSession.mutate(pending.id, {
        onSuccess: () => finish(t('devices.signedOut', { device: pending.name }), null),
        onError: (error) => finish(null, signOutFailure(t, error)),
      });
    } else {
      signOutOthers.mutate(undefined, {
        onSuccess: () => finish(t('devices.othersDone'), null),
        onError: (error) => finish(null, signOutFailure(t, error)),
      });
    }
  };
  const ask = (next: PendingSignOut) => {
    setDone(null);
    setFailure(null);
    setPending(next);
  };

  return (
    <>
      <PageHeading>{t('devices.title')}</PageHeading>
      <p className="lead">{t('devices.intro', { organization: organization.name })}</p>
      <div role="status" className="devices-status">
        {done ? <p className="alert alert--success">{done}</p> : null}
      </div>
      <div role="alert">{failure ? <p className="alert alert--error">{failure}</p> : null}</div>
      <section className="card" aria-labelledby="devices-list-title">
        <h2 id="devices-list-title" ref={listHeading} tabIndex={-1} className="card__title">
          {t('devices.count', { count: sessions.length })}
        </h2>
        <ul className="device-list">
          {sessions.map((session) => (
            <SessionEntry
              key={session.id}
              session={session}
              onSignOut={(chosen) => ask({ kind: 'one', id: chosen.id, name: sessionName(chosen) })}
            />
          ))}
        </ul>
        {others > 0 ? (
          <Button variant="secondary" onClick={() => ask({ kind: 'others' })}>
            {t('devices.signOutOthers')}
          </Button>
        ) : (
          <p>{t('devices.onlyThis')}</p>
        )}
      </section>
      <ConfirmSignOut
        pending={pending}
        busy={endSession.isPending || signOutOthers.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
