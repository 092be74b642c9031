import { Link } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../../shared/lib/format';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { myDataQueries } from '../api';
import { Empty } from './empty';

export function TechnicalValues({ full }: { full: boolean }) {
  const t = useT();
  const language = useLanguage();
  const { data } = useSuspenseQuery(myDataQueries.technical());
  const sessions = full ? data.sessions : data.sessions.slice(0, 3);
  const addresses = full ? data.ipAddresses : data.ipAddresses.slice(0, 3);
  return (
    <>
      <h3 className="my-data__subheading">{t('myData.technical.sessions', { count: data.sessions.length })}</h3>
      {sessions.length === 0 ? (
        <Empty>{t('myData.technical.noSessions')}</Empty>
      ) : (
        <ul className="my-data__list">
          {sessions.map((session) => (
            <li key={session.id}>
              <strong>
                {session.device} · {session.browser}
              </strong>
              {session.current ? <span className="my-data__badge">{t('myData.technical.current')}</span> : null}
              <br />
              {t('myData.technical.sessionLine', {
                ip: session.ipAddress,
                since: formatDateTime(language, session.createdAt),
                lastSeen: formatDateTime(language, session.lastSeenAt),
              })}
            </li>
          ))}
        </ul>
      )}
      {/* The same sessions, where they can be ended. */}
      {full && data.sessions.length > 0 ? (
        <p>
          <Link to="/activity/devices">{t('myData.technical.manageSessions')}</Link>
        </p>
      ) : null}
      <h3 className="my-data__subheading">{t('myData.technical.ipAddresses', { count: data.ipAddresses.length })}</h3>
      {addresses.length === 0 ? (
        <Empty>{t('myData.technical.noIpAddresses')}</Empty>
      ) : (
        <ul className="my-data__list">
          {addresses.map((entry) => (
            <li key={entry.ipAddress}>
              <strong>{entry.ipAddress}</strong>
              <br />
              {t('myData.technical.ipLine', {
                first: formatDateTime(language, entry.firstSeenAt),
                last: formatDateTime(language, entry.lastSeenAt),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
