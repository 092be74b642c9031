import { useCallback, useRef } from 'react';
import type { RightsRequest } from '../../api/types';
import { useFileRequest, type RequestDraft } from './file-request';

/**
 * One attempt, one Idempotency-Key: sending the same request again (a double click, "Send" after
 * a network error whose answer may have been lost) reuses the key, so the server files it once.
 * A changed request is a new attempt with a new key (the server refuses a reused key with another body).
 */
export function useRequestAttempt() {
  const mutation = useFileRequest();
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const { mutate } = mutation;

  const send = useCallback(
    (draft: RequestDraft, onFiled: (created: RightsRequest) => void, onFailed: (error: unknown) => void) => {
      const body = JSON.stringify(draft);
      if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
      mutate({ ...draft, idempotencyKey: attempt.current.key }, { onSuccess: onFiled, onError: onFailed });
    },
    [mutate],
  );
  return { send, mutation };
}
