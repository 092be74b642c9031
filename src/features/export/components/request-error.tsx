import { isApiError } from '../../../api/api-error';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDateTime } from '../../../shared/lib/format';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { formatRelative, useNow } from '../relative-time';

interface RequestErrorProps {
  error: unknown;
  /** When the failed request was sent (the mutation's submittedAt): Retry-After counts from it. */
  sentAt: number;
  onRetry: () => void;
}

/** Why an export could not be requested, and the way forward (retry, or when it is possible). */
export function RequestError({ error, sentAt, onRetry }: RequestErrorProps) {
  const t = useT();
  const language = useLanguage();
  const now = useNow(30_000);
  if (isApiError(error) && error.status === 429) {
    const at = sentAt + (error.retryAfterSeconds ?? 3600) * 1000;
    return (
      <Alert tone="error">
        {t('export.rateLimited', { when: formatRelative(language, at, Math.max(now, sentAt)), time: formatDateTime(language, new Date(at)) })}
      </Alert>
    );
  }
  return (
    <Alert tone="error">
      <p>{t(isApiError(error) && error.isNetwork ? 'export.offline' : 'export.requestFailed')}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t('export.retry')}
      </Button>
    </Alert>
  );
}
