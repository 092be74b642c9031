import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { Organization, Session } from '../../api/types';
import { sessionQueries } from '../../shared/session/api';
import { isDeletionPending } from '../../shared/session/deletion-pending';

// The policy text itself is read through organizationQueries.policy() (public, shared); this
// file holds the one write: "I have read it". It is imported by the signed-in layout's notice,
// so it stays small.

/** True while the customer has not acknowledged the tenant's current policy version. */
export function hasUnreadPolicy(session: Session, organization: Organization): boolean {
  return session.policy !== null && session.policy.acknowledgedVersion !== organization.policy.version;
}

export function useAcknowledgePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: string) => call(() => api.POST('/me/policy-acknowledgement', { body: { version } })),
    onSuccess: (_, version) => {
      queryClient.setQueryData(sessionQueries.current().queryKey, (session) =>
        session?.policy ? { ...session, policy: { acknowledgedVersion: version } } : session,
      );
    },
    onError: (error) => {
      // Scheduled for deletion elsewhere: the session learns it, so the layout shows the banner.
      if (isDeletionPending(error)) {
        void queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey });
      }
    },
  });
}
