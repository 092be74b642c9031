import { useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { ActivityEvent } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatNumber } from '../../../shared/lib/format';
import { organizationQueries } from '../../../shared/tenant/api';
import { Button } from '../../../shared/ui/button';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { activityQueries } from '../api';
import { ActivityEntry } from '../components/activity-entry';
import '../activity.css';

// The cursor is opaque and new events arrive at the top while the person reads, so a later
// page may repeat an event already shown: each appears once.
function uniqueById(events: ActivityEvent[]): ActivityEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => !seen.has(event.id) && Boolean(seen.add(event.id)));
}

export function ActivityRoute() {
  const t = useT();
  const language = useLanguage();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const log = useSuspenseInfiniteQuery(activityQueries.list());
  useDocumentTitle(t('activity.title'), organization.name);

  const list = useRef<HTMLOListElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const events = uniqueById(log.data.pages.flatMap((page) => page.items));
  const total = Math.max(log.data.pages[0]?.total ?? 0, events.length);

  // After "Show more", focus goes to the first event just loaded: the person reads on from
  // there, and is not left on a button that disappears with the last page.
  const focusFrom = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = focusFrom.current;
    if (index === null || events.length <= index) return;
    focusFrom.current = null;
    list.current?.querySelectorAll<HTMLElement>(':scope > li')[index]?.focus();
  }, [events.length]);
  const showMore = async () => {
    const shown = events.length;
    focusFrom.current = shown;
    const result = await log.fetchNextPage();
    const loaded = result.data ? uniqueById(result.data.pages.flatMap((page) => page.items)).length : shown;
    if (loaded > shown) return;
    // A failed page, or one with nothing new: nobody to focus (and a later refetch must not
    // pull focus). Focus stays on the button, or, if that went with the last page, the list's end.
    focusFrom.current = null;
    if (!result.hasNextPage) statusLine.current?.focus();
  };

  return (
    <>
      <PageHeading>{t('activity.title')}</PageHeading>
      <p className="lead">{t('activity.intro')}</p>
      <p>
        <Link to="/activity/devices">{t('activity.devicesLink')}</Link>
      </p>
      <p>
        {t('activity.notYou', { organization: organization.name })}{' '}
        <a href={`mailto:${organization.contacts.email}`}>{organization.contacts.email}</a>
      </p>
      <section className="card" aria-labelledby="activity-list-title">
        <h2 id="activity-list-title" className="card__title">
          {t('activity.count', { count: total })}
        </h2>
        {events.length === 0 ? (
          <p>{t('activity.empty')}</p>
        ) : (
          <ol ref={list} className="activity-list">
            {events.map((event) => (
              <ActivityEntry key={event.id} event={event} />
            ))}
          </ol>
        )}
        {/* Stays in place while pages arrive, so focus on "Show more" does not jump. */}
        <div className="activity-more">
          {events.length > 0 ? (
            <p role="status" ref={statusLine} tabIndex={-1}>
              {t('activity.shown', { shown: formatNumber(language, events.length), total: formatNumber(language, total) })}
            </p>
          ) : null}
          {log.isFetchNextPageError ? (
            <p className="field__error" role="alert">
              {t('activity.moreFailed')}
            </p>
          ) : null}
          {log.hasNextPage ? (
            <Button variant="secondary" busy={log.isFetchingNextPage} onClick={() => void showMore()}>
              {log.isFetchingNextPage ? t('activity.loadingMore') : t('activity.more')}
            </Button>
          ) : null}
        </div>
      </section>
    </>
  );
}
