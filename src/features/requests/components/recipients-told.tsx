import type { RecipientNotice } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';

function NoticeState({ notice }: { notice: RecipientNotice }) {
  const t = useT();
  const language = useLanguage();
  switch (notice.status) {
    case 'told':
      return <>{t('requests.recipients.told', { date: formatDate(language, notice.toldAt ?? '') })}</>;
    case 'failed':
      return <>{t('requests.recipients.failed')}</>;
    case 'not_required':
      return <>{t('requests.recipients.notRequired')}</>;
    default:
      return <>{t('requests.recipients.pending')}</>;
  }
}

/**
 * GDPR Art. 19, shown to the customer: every recipient of the company, whether it received the
 * data the request is about, and when it was told. Folded by default; the summary gives the count.
 */
export function RecipientsTold({ notices }: { notices: readonly RecipientNotice[] }) {
  const t = useT();
  if (notices.length === 0) return null;
  const concerned = notices.filter((notice) => notice.status !== 'not_required');
  const told = concerned.filter((notice) => notice.status === 'told').length;
  // Those that had to be told first; the ones that never received the data after them.
  const ordered = [...concerned, ...notices.filter((notice) => notice.status === 'not_required')];
  return (
    <details className="recipients-told">
      <summary>{t('requests.recipients.summary', { count: told, total: concerned.length })}</summary>
      <p>{concerned.length > 0 ? t('requests.recipients.intro') : t('requests.recipients.none')}</p>
      <ul className="recipients-told__list">
        {ordered.map((notice) => (
          <li key={notice.recipientId} className={`recipients-told__item recipients-told__item--${notice.status}`}>
            <span className="recipients-told__name">{notice.name}</span>
            <span className="recipients-told__state">
              <NoticeState notice={notice} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
