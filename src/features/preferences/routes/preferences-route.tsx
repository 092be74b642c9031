import { useState } from 'react';
import { Link } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { ReadOnlyNotice } from '../../../shared/session/read-only-notice';
import { useAccountReadOnly } from '../../../shared/session/use-account-read-only';
import { organizationQueries } from '../../../shared/tenant/api';
import { Button } from '../../../shared/ui/button';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { preferencesQueries } from '../../../shared/preferences/api';
import { saveAllFailure, saveFailure } from '../components/failure-message';
import { GpcNotice } from '../components/gpc-notice';
import { PreferenceGroups } from '../components/preference-groups';
import { StopAllMarketing } from '../components/stop-all-marketing';
import { usePatchPreferences, useSetPreference, type PreferenceChange, type PreferenceGroup } from '../use-preference-mutations';
import '../preferences.css';

export function PreferencesRoute() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { data: preferences } = useSuspenseQuery(preferencesQueries.detail());
  const setPreference = useSetPreference();
  const withdrawObjection = usePatchPreferences();
  // A failed switch remembers the choice: when the answer was only lost on the way, the page's
  // next read shows the choice did land, and "set back" would no longer be true.
  const [failure, setFailure] = useState<{ text: string; change?: PreferenceChange } | null>(null);
  const landed = failure?.change !== undefined && preferences[failure.change.group][failure.change.id] === failure.change.value;
  const failureText = failure && !landed ? failure.text : null;
  const readOnly = useAccountReadOnly();
  useDocumentTitle(t('preferences.title'), organization.name);

  const toggle = (group: PreferenceGroup, id: string, label: string, value: boolean) => {
    setFailure(null);
    setPreference.mutateAsync({ group, id, value }).catch((error: unknown) => {
      setFailure({ text: saveFailure(t, error, label), change: { group, id, value } });
    });
  };
  const withdraw = () => {
    setFailure(null);
    withdrawObjection.mutateAsync({ objection: false }).catch((error: unknown) => {
      setFailure({ text: saveAllFailure(t, error) });
    });
  };

  return (
    <>
      <PageHeading>{t('preferences.title')}</PageHeading>
      <p className="lead">{t('preferences.intro', { organization: organization.name })}</p>
      <p>
        <Link to="history">{t('preferences.historyLink')}</Link>
      </p>
      <ReadOnlyNotice />
      {/* While a deletion is scheduled every switch and button is off (the notice says why). */}
      <fieldset className="fieldset-plain" disabled={readOnly}>
        <GpcNotice organization={organization} preferences={preferences} />
        {preferences.objection ? (
          <div className="alert alert--info pref-objection">
            <p>{t('preferences.objection.active', { organization: organization.name })}</p>
            <Button variant="secondary" busy={withdrawObjection.isPending} onClick={withdraw}>
              {t('preferences.objection.withdraw')}
            </Button>
          </div>
        ) : null}
        <div className="pref-groups">
          <PreferenceGroups organization={organization} preferences={preferences} onToggle={toggle} />
          {/* Stays in view at the bottom of the screen while the switches are, so a rollback is seen. */}
          <div role="alert" className="pref-failure">
            {failureText ? <p className="alert alert--error">{failureText}</p> : null}
          </div>
        </div>
        <StopAllMarketing preferences={preferences} />
      </fieldset>
    </>
  );
}
