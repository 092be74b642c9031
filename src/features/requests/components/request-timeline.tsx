import type { RequestEvent } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';

/** What happened when, oldest first, as a list a screen reader counts. */
export function RequestTimeline({ history, titleId }: { history: readonly RequestEvent[]; titleId: string }) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="request-timeline">
      <h4 id={titleId} className="request-item__subtitle">
        {t('requests.timeline.title')}
      </h4>
      <ol className="request-timeline__steps" aria-labelledby={titleId}>
        {history.map((event, index) => (
          <li key={`${event.status}-${index}`} className={`request-timeline__step request-timeline__step--${event.status}`}>
            <time dateTime={event.at}>{formatDate(language, event.at)}</time>
            <span>{t(`requests.event.${event.status}`)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
