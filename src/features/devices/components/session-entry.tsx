import { useId } from 'react';
import type { DeviceSession } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDateTime } from '../../../shared/lib/format';
import { Button } from '../../../shared/ui/button';

export function sessionName(session: DeviceSession): string {
  return `${session.device} · ${session.browser}`;
}

/** One place the account is signed in; another device can be signed out from here. */
export function SessionEntry({ session, onSignOut }: { session: DeviceSession; onSignOut: (session: DeviceSession) => void }) {
  const t = useT();
  const language = useLanguage();
  const name = sessionName(session);
  // Two sessions can share a device and browser (two windows, a reinstall): "last active" tells
  // their buttons apart for a screen reader.
  const lastActiveId = useId();
  return (
    <li className={session.current ? 'device device--current' : 'device'} aria-label={name}>
      <p className="device__name">
        {name}
        {session.current ? <span className="device__badge">{t('devices.thisDevice')}</span> : null}
      </p>
      <dl className="device__facts">
        <div>
          <dt>{t('devices.lastActive')}</dt>
          <dd id={lastActiveId}>
            <time dateTime={session.lastSeenAt}>{formatDateTime(language, session.lastSeenAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('devices.signedInAt')}</dt>
          <dd>
            <time dateTime={session.createdAt}>{formatDateTime(language, session.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('devices.ip')}</dt>
          <dd>{session.ipAddress}</dd>
        </div>
      </dl>
      {session.current ? null : (
        <Button variant="secondary" aria-describedby={lastActiveId} onClick={() => onSignOut(session)}>
          {t('devices.signOut', { device: name })}
        </Button>
      )}
    </li>
  );
}
