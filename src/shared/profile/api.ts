import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../../api/api-error';
import { api, callWithEtag } from '../../api/client';
import type { LanguageCode, ProfilePatch } from '../../api/types';
import { sessionQueries } from '../session/api';

// The profile is read by several sections (language, names, addresses), so its query factory
// lives here. The ETag travels with the data: every PATCH sends it back as If-Match.
export const profileQueries = {
  detail: () =>
    queryOptions({
      queryKey: ['profile'] as const,
      queryFn: () => callWithEtag(() => api.GET('/me/profile')),
    }),
};

/**
 * PATCH /me/profile against the version the caller read (`etag`). Without a tag it refuses
 * rather than send `If-Match: *`, which would overwrite a change made elsewhere without a 412.
 * (A backend on another origin that does not expose `ETag` through CORS ends up here.)
 */
export async function patchProfile(etag: string | null, patch: ProfilePatch) {
  if (!etag) {
    throw new ApiError({
      status: 500,
      code: 'missing_etag',
      detail: 'The profile was read without an ETag header; saving without If-Match could overwrite another change.',
    });
  }
  return callWithEtag(() => api.PATCH('/me/profile', { params: { header: { 'If-Match': etag } }, body: patch }));
}

/**
 * Saves the language chosen in the switcher as the customer's preferred language. Only one
 * field changes, so on a stale version (412) it is safe to re-read and apply it again.
 */
export function useSavePreferredLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (language: LanguageCode) => {
      const { etag } = await queryClient.ensureQueryData(profileQueries.detail());
      try {
        return await patchProfile(etag, { language });
      } catch (error) {
        if (!isApiError(error) || error.code !== 'precondition_failed') throw error;
        const fresh = await queryClient.fetchQuery(profileQueries.detail());
        return patchProfile(fresh.etag, { language });
      }
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(profileQueries.detail().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey });
    },
  });
}
