import { memo } from 'react';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import type { UploadedFile } from '../../../api/types';
import { formatBytes, formatDate, formatDateTime } from '../../../shared/lib/format';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { myDataQueries } from '../api';
import { PagedList } from './paged-list';

const FileItems = memo(function FileItems({ items }: { items: UploadedFile[] }) {
  const t = useT();
  const language = useLanguage();
  return items.map((file) => (
    <li key={file.id}>
      <strong className="my-data__text">{file.fileName}</strong>
      <br />
      <span className="my-data__muted">
        {file.mediaType} · {formatBytes(language, file.sizeBytes)} · {t('myData.files.uploaded', { date: formatDateTime(language, file.uploadedAt) })}
        {file.deleteAfter ? ` · ${t('myData.files.deleteAfter', { date: formatDate(language, file.deleteAfter) })}` : null}
      </span>
    </li>
  ));
});

export function FileValues({ full }: { full: boolean }) {
  const t = useT();
  const query = useSuspenseInfiniteQuery(myDataQueries.files());
  return (
    <PagedList
      query={query}
      full={full}
      empty={t('myData.files.none')}
      count={(count) => t('myData.files.count', { count })}
      Items={FileItems}
    />
  );
}
