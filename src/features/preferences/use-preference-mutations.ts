import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { Preferences, PreferencesPatch } from '../../api/types';
import { preferencesQueries } from '../../shared/preferences/api';

export type PreferenceGroup = 'channels' | 'topics' | 'advertising' | 'sharing';
export interface PreferenceChange {
  group: PreferenceGroup;
  id: string;
  value: boolean;
}

const detailKey = preferencesQueries.detail().queryKey;
// Every preference write carries this key, so the last one to settle can tell it is the last.
const writeKey = ['preferences', 'write'] as const;

/**
 * Per switch: the value the server last confirmed, the value the person wants now, and the
 * chain of writes. Writes of one switch go out one after another; a queued write whose value is
 * no longer wanted is dropped ("latest wins"), so rapid toggling ends where the person left it.
 */
interface SwitchWrites {
  confirmed: boolean;
  desired: boolean;
  chain: Promise<unknown>;
  pending: number;
}
const writesByClient = new WeakMap<QueryClient, Map<string, SwitchWrites>>();

function switchWrites(queryClient: QueryClient): Map<string, SwitchWrites> {
  let writes = writesByClient.get(queryClient);
  if (!writes) {
    writes = new Map();
    writesByClient.set(queryClient, writes);
  }
  return writes;
}

function withValue(preferences: Preferences, { group, id, value }: PreferenceChange): Preferences {
  return { ...preferences, [group]: { ...preferences[group], [id]: value } };
}

function applyPatch(preferences: Preferences, patch: PreferencesPatch): Preferences {
  const next = { ...preferences };
  for (const group of ['channels', 'topics', 'advertising', 'sharing'] as const) {
    if (patch[group]) next[group] = { ...preferences[group], ...patch[group] };
  }
  if (patch.objection !== undefined) next.objection = patch.objection;
  return next;
}

const patchPreferences = (body: PreferencesPatch) => call(() => api.PATCH('/me/preferences', { body }));

function refetchWhenIdle(queryClient: QueryClient) {
  // Only the last write to settle refetches, so an earlier answer cannot overwrite a later choice.
  if (queryClient.isMutating({ mutationKey: writeKey }) === 1) void queryClient.invalidateQueries({ queryKey: preferencesQueries.all() });
  else void queryClient.invalidateQueries({ queryKey: preferencesQueries.history().queryKey });
}

/** One switch: shown at once, saved in the background, set back if the save fails. */
export function useSetPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: writeKey,
    onMutate: async (change: PreferenceChange) => {
      // Cancel first: a refetch in flight would otherwise land on top of the new value.
      await queryClient.cancelQueries({ queryKey: detailKey });
      const name = `${change.group}.${change.id}`;
      const writes = switchWrites(queryClient);
      const current = queryClient.getQueryData(detailKey)?.[change.group][change.id] ?? !change.value;
      const state = writes.get(name) ?? { confirmed: current, desired: change.value, chain: Promise.resolve(), pending: 0 };
      writes.set(name, state);
      state.desired = change.value;
      state.pending += 1;
      queryClient.setQueryData(detailKey, (old) => old && withValue(old, change));
      return { state };
    },
    mutationFn: (change: PreferenceChange) => {
      const state = switchWrites(queryClient).get(`${change.group}.${change.id}`);
      if (!state) return Promise.resolve(null);
      // `confirmed` is updated inside the chain, before the next queued write looks at it.
      const send = state.chain.then(async () => {
        if (state.desired !== change.value || state.confirmed === change.value) return null;
        try {
          const saved = await patchPreferences({ [change.group]: { [change.id]: change.value } });
          state.confirmed = saved[change.group][change.id] ?? change.value;
          return saved;
        } catch (error) {
          // Back to what the server has; writes still queued for this switch become no-ops.
          state.desired = state.confirmed;
          throw error;
        }
      });
      state.chain = send.catch(() => undefined);
      return send;
    },
    onError: (_error, change, context) => {
      if (!context) return;
      queryClient.setQueryData(detailKey, (old) => old && withValue(old, { ...change, value: context.state.confirmed }));
    },
    onSettled: (_data, _error, change, context) => {
      if (context) {
        context.state.pending -= 1;
        if (context.state.pending === 0) switchWrites(queryClient).delete(`${change.group}.${change.id}`);
      }
      refetchWhenIdle(queryClient);
    },
  });
}

/** Several values at once (undo of "stop all", applying Global Privacy Control). */
export function usePatchPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: writeKey,
    mutationFn: patchPreferences,
    onMutate: async (patch: PreferencesPatch) => {
      await queryClient.cancelQueries({ queryKey: detailKey });
      const previous = queryClient.getQueryData(detailKey);
      queryClient.setQueryData(detailKey, (old) => old && applyPatch(old, patch));
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(detailKey, context.previous);
    },
    onSettled: () => refetchWhenIdle(queryClient),
  });
}

/** Everything off and an objection to direct marketing, in one request. */
export function useStopAllMarketing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: writeKey,
    mutationFn: () => call(() => api.POST('/me/preferences/stop-all')),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: detailKey });
      const previous = queryClient.getQueryData(detailKey);
      if (previous) queryClient.setQueryData(detailKey, allOff(previous));
      return { previous };
    },
    onError: (_error, _none, context) => {
      if (context?.previous) queryClient.setQueryData(detailKey, context.previous);
    },
    onSettled: () => refetchWhenIdle(queryClient),
  });
}

export function allOff(preferences: Preferences): Preferences {
  const off = (values: Record<string, boolean>) => Object.fromEntries(Object.keys(values).map((key) => [key, false]));
  return {
    ...preferences,
    channels: off(preferences.channels),
    topics: off(preferences.topics),
    advertising: off(preferences.advertising),
    sharing: off(preferences.sharing),
    objection: true,
  };
}
