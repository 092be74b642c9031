import { useCallback, useRef } from 'react';
import type { Export } from '../../api/types';
import { useRequestExport, type ExportChoice } from './api';

/**
 * One request attempt has one Idempotency-Key: a double click or a retry after a failure sends
 * the same key, so the server makes one export. The key outlives a success on purpose: a fast
 * server can answer between the two clicks of a double click. A changed choice starts a new attempt.
 */
export function useExportAttempt() {
  const mutation = useRequestExport();
  const key = useRef<string | null>(null);
  const { mutate } = mutation;

  const request = useCallback(
    (choice: Omit<ExportChoice, 'idempotencyKey'>, onCreated?: (created: Export) => void) => {
      key.current ??= crypto.randomUUID();
      mutate(
        { ...choice, idempotencyKey: key.current },
        {
          onSuccess: (created) => onCreated?.(created),
        },
      );
    },
    [mutate],
  );
  const newAttempt = useCallback(() => {
    key.current = null;
  }, []);
  return { request, newAttempt, mutation };
}
