import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import type { Export } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { Alert } from '../../../shared/ui/alert';
import { failureValues } from '../../../shared/lib/failure-reason';
import { Button } from '../../../shared/ui/button';
import { useDownloadExport } from '../api';
import { saveFile } from '../../../shared/lib/save-file';
import { PasswordConfirmDialog } from '../../../shared/session/password-confirm-dialog';

interface DownloadButtonProps {
  item: Export;
  label: string;
}

/** Downloads a ready export; asks for the password first when the server wants a fresh confirmation. */
export function DownloadButton({ item, label }: DownloadButtonProps) {
  const t = useT();
  const download = useDownloadExport();
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const start = () => {
    setSaved(null);
    download.mutate(item, {
      onSuccess: (file) => {
        saveFile(file);
        setSaved(file.fileName);
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'reauth_required') setAsking(true);
      },
    });
  };
  const error = download.error;
  const needsPassword = isApiError(error) && error.code === 'reauth_required';

  return (
    <div className="export-download">
      <Button busy={download.isPending} aria-label={label} onClick={start}>
        {t('export.download')}
      </Button>
      <p role="status" className="export-download__status">
        {saved ? t('export.downloaded', { fileName: saved }) : null}
      </p>
      {error && !needsPassword ? (
        <Alert tone="error">{isApiError(error) && error.status === 410 ? t('export.downloadGone') : t('export.downloadFailed', failureValues(error))}</Alert>
      ) : null}
      <PasswordConfirmDialog
        open={asking}
        title={t('export.reauthTitle')}
        explanation={t('export.reauthExplanation')}
        submitLabel={t('export.reauthSubmit')}
        onCancel={() => setAsking(false)}
        onConfirmed={() => {
          setAsking(false);
          start();
        }}
      />
    </div>
  );
}
