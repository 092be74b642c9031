import { useQuery } from '@tanstack/react-query';
import type { Export } from '../../../api/types';
import type { MessageId } from '../../../locales/en';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatBytes, formatDate, formatDateTime } from '../../../shared/lib/format';
import { Button } from '../../../shared/ui/button';
import { exportQueries, isUnderWay } from '../api';
import { formatRelative, useNow } from '../relative-time';
import { useExportAttempt } from '../use-export-attempt';
import { DownloadButton } from './download-button';
import { RequestError } from './request-error';

// Milestones, not every percent: a screen reader hears "half done", not 37 updates.
function milestone(item: Export): MessageId {
  if (item.status === 'preparing') return item.progress >= 50 ? 'export.status.halfway' : 'export.status.preparing';
  return `export.status.${item.status}`;
}

/** One export: its state (polled while the server prepares it), details, and what can be done. */
export function ExportItem({ item: listed, categoryCount }: { item: Export; categoryCount: number }) {
  const t = useT();
  const language = useLanguage();
  const polling = isUnderWay(listed);
  const detail = useQuery({ ...exportQueries.detail(listed.id), enabled: polling });
  const item = polling && detail.data ? detail.data : listed;
  const now = useNow(30_000);
  const again = useExportAttempt();
  const format = t(`export.format.${item.format}`);
  const title = t('export.itemTitle', { format, date: formatDateTime(language, item.createdAt) });
  const titleId = `export-${item.id}`;
  const requestAgain = () => again.request({ format: item.format, categories: item.categories.length === categoryCount ? null : item.categories });

  return (
    <li className="card export-item" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        {title}
      </h3>
      <p role="status" className={`export-item__status export-item__status--${item.status}`}>
        {t(milestone(item))}
      </p>
      {isUnderWay(item) ? (
        <div className="export-item__progress">
          <progress max={100} value={item.progress} aria-label={t('export.progressLabel', { format })} />
          <span aria-hidden="true">{t('export.percent', { percent: item.progress })}</span>
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t('export.contents')}</dt>
        <dd>{item.categories.length === categoryCount ? t('export.allCategories') : t('export.someCategories', { count: item.categories.length })}</dd>
        {item.sizeBytes !== null ? (
          <>
            <dt>{t('export.size')}</dt>
            <dd>{formatBytes(language, item.sizeBytes)}</dd>
          </>
        ) : null}
        {item.expiresAt ? (
          <>
            <dt>{t(item.status === 'expired' ? 'export.expired' : 'export.expires')}</dt>
            <dd>
              {formatRelative(language, Date.parse(item.expiresAt), now)} ({formatDate(language, item.expiresAt)})
            </dd>
          </>
        ) : null}
      </dl>
      {item.status === 'ready' ? (
        <DownloadButton item={item} label={t('export.downloadLabel', { format, date: formatDateTime(language, item.createdAt) })} />
      ) : null}
      {item.status === 'expired' || item.status === 'failed' ? (
        <>
          {again.mutation.isError ? <RequestError error={again.mutation.error} sentAt={again.mutation.submittedAt} onRetry={requestAgain} /> : null}
          <Button variant="secondary" busy={again.mutation.isPending} onClick={requestAgain}>
            {t('export.requestAgain')}
          </Button>
        </>
      ) : null}
    </li>
  );
}
