import { useSuspenseQuery } from '@tanstack/react-query';
import { sessionQueries } from './api';

/**
 * True while an account deletion is scheduled: the account can be looked at but not changed
 * (the backend answers every change with 409 `deletion_pending`), so pages disable their
 * editing and say why (ReadOnlyNotice). Cancelling the deletion refetches the session and
 * everything becomes editable again.
 */
export function useAccountReadOnly(): boolean {
  const { data: readOnly } = useSuspenseQuery({ ...sessionQueries.current(), select: (session) => Boolean(session.deletion) });
  return readOnly;
}
