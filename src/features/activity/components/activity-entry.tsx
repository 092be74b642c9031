import { memo } from 'react';
import type { ActivityEvent } from '../../../api/types';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDateTime } from '../../../shared/lib/format';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { listOfNames } from '../../../shared/tenant/recipients-of';
import { eventDetail } from './event-detail';
import { recipientsOfEvent } from './recipients-of-event';

/** One event: what happened in a sentence, what it was about, when, and from where. */
export const ActivityEntry = memo(function ActivityEntry({ event }: { event: ActivityEvent }) {
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const detail = eventDetail(event, { organization, language, t, localized });
  const told = recipientsOfEvent(event, organization);
  return (
    <li tabIndex={-1} className={event.type === 'sign_in_failed' ? 'activity-entry activity-entry--warning' : 'activity-entry'}>
      <p className="activity-entry__what">{t(`activity.event.${event.type}`)}</p>
      {detail ? <p className="activity-entry__detail">{detail}</p> : null}
      {told.length > 0 ? <p className="activity-entry__detail">{t('activity.recipients', { names: listOfNames(language, told) })}</p> : null}
      <p className="activity-entry__meta">
        <time dateTime={event.at}>{formatDateTime(language, event.at)}</time>
        {event.device ? ` · ${event.device}` : null}
        {event.ipAddress ? ` · ${t('activity.ip', { ip: event.ipAddress })}` : null}
      </p>
    </li>
  );
});
