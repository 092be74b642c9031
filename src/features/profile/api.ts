import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import type { ProfilePatch } from '../../api/types';
import { patchProfile, profileQueries } from '../../shared/profile/api';
import { sessionQueries } from '../../shared/session/api';

// Profile edits wait for the server (no optimistic update): the saved, normalised values are
// what the form shows next.

export interface SaveProfileInput {
  /** The version the form was based on; null only when the backend sent no ETag (refused). */
  etag: string | null;
  patch: ProfilePatch;
}

export type SaveOutcome =
  | { outcome: 'saved'; profile: Awaited<ReturnType<typeof patchProfile>> }
  | { outcome: 'conflict'; server: Awaited<ReturnType<typeof patchProfile>> };

/** A stale version (412) is an outcome, not an error: the caller lets the person choose. */
export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, patch }: SaveProfileInput): Promise<SaveOutcome> => {
      try {
        return { outcome: 'saved', profile: await patchProfile(etag, patch) };
      } catch (error) {
        if (!isApiError(error) || error.code !== 'precondition_failed') throw error;
        // The problem body holds the server's profile but not its tag; read both together.
        const server = await queryClient.fetchQuery({ ...profileQueries.detail(), staleTime: 0 });
        return { outcome: 'conflict', server };
      }
    },
    onSuccess: (result) => {
      if (result.outcome !== 'saved') return;
      queryClient.setQueryData(profileQueries.detail().queryKey, result.profile);
      // The header greets by name and the page language follows the profile.
      void queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey });
    },
  });
}

export function useStartEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => call(() => api.POST('/me/email-change', { body: { email } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueries.detail().queryKey }),
  });
}

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => call(() => api.POST('/me/email-change/confirm', { body: { code } })),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: profileQueries.detail().queryKey });
      void queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey });
    },
  });
}

export function useCancelEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(() => api.DELETE('/me/email-change')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: profileQueries.detail().queryKey }),
  });
}
