import { Link } from 'react-router';
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { ConsentChange } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDateTime, formatNumber } from '../../../shared/lib/format';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { Button } from '../../../shared/ui/button';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { preferencesQueries } from '../../../shared/preferences/api';
import { consentKeyLabel } from '../components/consent-key-label';
import { HistoryDownload } from '../components/history-download';
import '../preferences.css';

export function ConsentHistoryRoute() {
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const history = useSuspenseInfiniteQuery(preferencesQueries.history());
  useDocumentTitle(t('preferences.history.title'), organization.name);

  const items = history.data.pages.flatMap((page) => page.items);
  const total = history.data.pages.at(-1)?.total ?? items.length;
  const value = (on: boolean | null) =>
    on === null ? t('preferences.history.notSet') : on ? t('preferences.on') : t('preferences.off');
  const source = (change: ConsentChange) => t(`preferences.source.${change.source}`, { organization: organization.name });

  return (
    <>
      <PageHeading>{t('preferences.history.title')}</PageHeading>
      <p className="lead">{t('preferences.history.intro')}</p>
      <p>
        <Link to="/preferences">{t('preferences.history.back')}</Link>
      </p>
      <section className="card" aria-labelledby="preferences-history-list">
        <h2 id="preferences-history-list" className="card__title">
          {t('preferences.history.count', { count: total })}
        </h2>
        <ol className="pref-history">
          {items.map((change) => (
            <li key={change.id}>
              <h3>
                <time dateTime={change.at}>{formatDateTime(language, change.at)}</time>
              </h3>
              <dl className="facts">
                <dt>{t('preferences.history.what')}</dt>
                <dd>{consentKeyLabel(change.key, organization, t, localized)}</dd>
                <dt>{t('preferences.history.change')}</dt>
                <dd>{t('preferences.history.fromTo', { from: value(change.from), to: value(change.to) })}</dd>
                <dt>{t('preferences.history.source')}</dt>
                <dd>{source(change)}</dd>
                <dt>{t('preferences.history.policy')}</dt>
                <dd>{change.policyVersion}</dd>
              </dl>
            </li>
          ))}
        </ol>
        {total > 0 ? (
          <p role="status">
            {t('preferences.history.shown', { shown: formatNumber(language, items.length), total: formatNumber(language, total) })}
          </p>
        ) : null}
        {history.hasNextPage ? (
          <Button variant="secondary" busy={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {t('preferences.history.more')}
          </Button>
        ) : null}
      </section>
      <HistoryDownload />
    </>
  );
}
