import { useLayoutEffect, useRef } from 'react';
import type { RightsRequest } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { Button } from '../../../shared/ui/button';

/** Replaces the form once a request is filed: the reference and the date the answer is due. */
export function RequestSent({ request, onAnother }: { request: RightsRequest; onAnother: () => void }) {
  const t = useT();
  const language = useLanguage();
  const box = useRef<HTMLDivElement>(null);
  // The button that sent it is gone; the confirmation takes focus, so it is read out and the next
  // Tab continues from here.
  useLayoutEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} className="alert alert--success request-sent" role="status">
      <p className="alert__title">{t('requests.sent.title', { reference: request.reference })}</p>
      <p>{t('requests.sent.due', { date: formatDate(language, request.dueAt) })}</p>
      <Button variant="secondary" onClick={onAnother}>
        {t('requests.sent.another')}
      </Button>
    </div>
  );
}
