import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/lib/format';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { preferencesQueries } from '../../../shared/preferences/api';

/** The current consents, read-only: they are changed on the marketing preferences page. */
export function ConsentValues() {
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const { data: preferences } = useSuspenseQuery(preferencesQueries.detail());
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { marketing } = organization;
  const rows = [
    ...marketing.channels.map((channel) => ({ key: `c.${channel.id}`, label: localized(channel.description), on: preferences.channels[channel.id] })),
    ...marketing.topics.map((topic) => ({ key: `t.${topic.id}`, label: localized(topic.name), on: preferences.topics[topic.id] })),
    ...marketing.advertisingPartners.map((partner) => ({
      key: `a.${partner.id}`,
      label: t('myData.consents.advertising', { partner: partner.name }),
      on: preferences.advertising[partner.id],
    })),
    ...marketing.sharingPartners.map((partner) => ({
      key: `s.${partner.id}`,
      label: t('myData.consents.sharing', { partner: partner.name }),
      on: preferences.sharing[partner.id],
    })),
  ];
  return (
    <>
      <dl className="facts my-data__values">
        {rows.map((row) => (
          <div key={row.key} className="my-data__pair">
            <dt>{row.label}</dt>
            <dd>{row.on ? t('myData.consents.yes') : t('myData.consents.no')}</dd>
          </div>
        ))}
        <div className="my-data__pair">
          <dt>{t('myData.consents.objection')}</dt>
          <dd>{preferences.objection ? t('myData.consents.yes') : t('myData.consents.no')}</dd>
        </div>
      </dl>
      <p className="my-data__muted">{t('myData.consents.updated', { date: formatDate(language, preferences.updatedAt) })}</p>
      <p>
        <Link to="/preferences">{t('myData.consents.change')}</Link>
      </p>
    </>
  );
}
