import { useState } from 'react';
import type { Organization, Preferences } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDateTime } from '../../../shared/lib/format';

function gpcSignal(): boolean {
  return (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
}

// Partners named as the switches name them; one the company no longer offers by its key.
function partnerNames(keys: string[], organization: Organization): string[] {
  const { advertisingPartners, sharingPartners } = organization.marketing;
  return keys.map((key) => {
    const [group, id = ''] = key.split('.');
    const partners = group === 'advertising' ? advertisingPartners : sharingPartners;
    return partners.find((partner) => partner.id === id)?.name ?? key;
  });
}

/**
 * Global Privacy Control: the browser says "do not sell or share". The backend has already
 * honoured it (it sees the signal on every request); this says so, and names any partner the
 * customer deliberately switched back on since — that choice stands and is not flipped back.
 */
export function GpcNotice({ organization, preferences }: { organization: Organization; preferences: Preferences }) {
  const t = useT();
  const language = useLanguage();
  const [detected] = useState(gpcSignal);
  if (!detected) return null;

  const { honouredAt, keptOn } = preferences.globalPrivacyControl;
  const offersAny = organization.marketing.advertisingPartners.length + organization.marketing.sharingPartners.length > 0;
  const partners = new Intl.ListFormat(language, { type: 'conjunction' }).format(partnerNames(keptOn, organization));

  return (
    <section className="card pref-gpc" aria-labelledby="preferences-gpc">
      <h2 id="preferences-gpc" className="card__title">
        {t('preferences.gpc.title')}
      </h2>
      <p>{t('preferences.gpc.detected')}</p>
      {!offersAny ? <p>{t('preferences.gpc.nothingToApply', { organization: organization.name })}</p> : null}
      {/* Said only once the backend has confirmed it: a backend that ignores the signal is not covered up. */}
      {offersAny && honouredAt ? (
        <>
          <p>{t('preferences.gpc.honoured')}</p>
          <p>{t('preferences.gpc.honouredAt', { date: formatDateTime(language, honouredAt) })}</p>
        </>
      ) : null}
      {keptOn.length > 0 ? <p className="alert alert--warning">{t('preferences.gpc.keptOn', { partners })}</p> : null}
    </section>
  );
}
