import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { callForFile, type DownloadedFile } from '../../api/file-download';
import type { DataCategoryId, Export, ExportFormat, ExportList } from '../../api/types';

// Exports are prepared on the server; the page polls one export while it is under way.
export const POLL_MS = 1_000;

export function isUnderWay(item: Export | undefined): boolean {
  return item?.status === 'queued' || item?.status === 'preparing';
}

export const exportQueries = {
  list: () =>
    queryOptions({
      queryKey: ['exports'] as const,
      queryFn: () => call(() => api.GET('/me/exports')),
    }),
  detail: (exportId: string) =>
    queryOptions({
      queryKey: ['exports', exportId] as const,
      queryFn: () => call(() => api.GET('/me/exports/{exportId}', { params: { path: { exportId } } })),
      refetchInterval: (query) => (isUnderWay(query.state.data) ? POLL_MS : false),
    }),
};

export interface ExportChoice {
  format: ExportFormat;
  /** null: every category. */
  categories: DataCategoryId[] | null;
  /** One per attempt: a double click or a retry of the same attempt makes one export. */
  idempotencyKey: string;
}

export function useRequestExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ format, categories, idempotencyKey }: ExportChoice) =>
      call(() =>
        api.POST('/me/exports', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: { format, categories },
        }),
      ),
    onSuccess: async (created) => {
      queryClient.setQueryData(exportQueries.detail(created.id).queryKey, created);
      queryClient.setQueryData(exportQueries.list().queryKey, (old: ExportList | undefined) => ({
        items: [created, ...(old?.items ?? []).filter((item) => item.id !== created.id)],
      }));
      await queryClient.invalidateQueries({ queryKey: exportQueries.list().queryKey, exact: true });
    },
  });
}

export function useDownloadExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: Export): Promise<DownloadedFile> =>
      callForFile(
        () => api.GET('/me/exports/{exportId}/download', { params: { path: { exportId: item.id } }, parseAs: 'blob' }),
        item.fileName ?? 'data-export',
      ),
    onError: async () => {
      // 410: the link expired meanwhile; the list shows that and offers a new export.
      await queryClient.invalidateQueries({ queryKey: exportQueries.list().queryKey });
    },
  });
}
