import { useState } from 'react';
import type { Organization, Preferences, PreferencesPatch } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';
import { usePatchPreferences } from '../use-preference-mutations';
import { saveAllFailure } from './failure-message';

function gpcSignal(): boolean {
  return (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
}

const allFalse = (values: Record<string, boolean>) => Object.fromEntries(Object.keys(values).map((key) => [key, false]));

/** Global Privacy Control: the browser says "do not sell or share"; we offer to apply it here. */
export function GpcNotice({ organization, preferences }: { organization: Organization; preferences: Preferences }) {
  const t = useT();
  const apply = usePatchPreferences();
  const [detected] = useState(gpcSignal);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (!detected) return null;

  const offersAny = organization.marketing.advertisingPartners.length + organization.marketing.sharingPartners.length > 0;
  const anyOn = [...Object.values(preferences.advertising), ...Object.values(preferences.sharing)].some(Boolean);
  const applyIt = () => {
    const patch: PreferencesPatch = { advertising: allFalse(preferences.advertising), sharing: allFalse(preferences.sharing) };
    setResult(null);
    apply.mutateAsync(patch).then(
      () => setResult({ ok: true, text: t('preferences.gpc.applied') }),
      (error: unknown) => setResult({ ok: false, text: saveAllFailure(t, error) }),
    );
  };

  return (
    <section className="card pref-gpc" aria-labelledby="preferences-gpc">
      <h2 id="preferences-gpc" className="card__title">
        {t('preferences.gpc.title')}
      </h2>
      <p>{t('preferences.gpc.detected')}</p>
      {!offersAny ? <p>{t('preferences.gpc.nothingToApply', { organization: organization.name })}</p> : null}
      {offersAny && anyOn ? (
        <Button busy={apply.isPending} onClick={applyIt}>
          {t('preferences.gpc.apply')}
        </Button>
      ) : null}
      <div role="status">{result?.ok || (offersAny && !anyOn && !result) ? <p>{t('preferences.gpc.applied')}</p> : null}</div>
      <div role="alert">{result && !result.ok ? <p className="alert alert--error">{result.text}</p> : null}</div>
    </section>
  );
}
