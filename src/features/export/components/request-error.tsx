import { isApiError } from '../../../api/api-error';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDateTime } from '../../../shared/lib/format';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { formatRelative } from '../relative-time';

interface RequestErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** Why an export could not be requested, and the way forward (retry, or when it is possible). */
export function RequestError({ error, onRetry }: RequestErrorProps) {
  const t = useT();
  const language = useLanguage();
  if (isApiError(error) && error.status === 429) {
    const at = Date.now() + (error.retryAfterSeconds ?? 3600) * 1000;
    return (
      <Alert tone="error">
        {t('export.rateLimited', { when: formatRelative(language, at, Date.now()), time: formatDateTime(language, new Date(at)) })}
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
