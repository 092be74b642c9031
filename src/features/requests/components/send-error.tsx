import { useSuspenseQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { minutesToWait } from '../../../shared/lib/failure-reason';
import type { MessageId } from '../../../locales/en';
import { useT } from '../../../shared/i18n/use-t';
import { isDeletionPending } from '../../../shared/session/deletion-pending';
import { organizationQueries } from '../../../shared/tenant/api';
import { Alert } from '../../../shared/ui/alert';

function reason(error: unknown): MessageId {
  if (!isApiError(error)) return 'requests.error.server';
  if (isDeletionPending(error)) return 'requests.error.deletionPending';
  if (error.isNetwork) return 'requests.error.offline';
  if (error.status === 429) return 'requests.error.rateLimited';
  return 'requests.error.server';
}

/** Why a request could not be sent, and the way forward; the form keeps what was typed. */
export function SendError({ error }: { error: unknown }) {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  return (
    <Alert tone="error">
      <p>{t(reason(error), { email: organization.contacts.email, minutes: minutesToWait(error) })}</p>
    </Alert>
  );
}
