import { useState } from 'react';
import { api } from '../../../api/client';
import { callForFile } from '../../../api/file-download';
import { saveFile } from '../../../shared/lib/save-file';
import { useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';
import { failureReason } from '../../../shared/lib/failure-reason';

type Format = 'csv' | 'json';

/** Fetches the file with the session cookie, then saves it; answers the name it was saved under. */
async function download(format: Format): Promise<string> {
  const file = await callForFile(
    () => api.GET('/me/consents/download', { params: { query: { format } }, parseAs: 'blob' }),
    `consent-history.${format}`,
  );
  saveFile(file);
  return file.fileName;
}

export function HistoryDownload() {
  const t = useT();
  const [busy, setBusy] = useState<Format | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const start = (format: Format) => {
    setBusy(format);
    setResult(null);
    download(format)
      .then(
        (fileName) => setResult({ ok: true, text: t('preferences.download.done', { fileName }) }),
        (error: unknown) => setResult({ ok: false, text: t('preferences.download.failed', { reason: failureReason(error) }) }),
      )
      .finally(() => setBusy(null));
  };
  return (
    <section className="card" aria-labelledby="preferences-download">
      <h2 id="preferences-download" className="card__title">
        {t('preferences.download.title')}
      </h2>
      <p>{t('preferences.download.intro')}</p>
      <div className="button-row">
        <Button variant="secondary" busy={busy === 'csv'} onClick={() => start('csv')}>
          {t('preferences.download.csv')}
        </Button>
        <Button variant="secondary" busy={busy === 'json'} onClick={() => start('json')}>
          {t('preferences.download.json')}
        </Button>
      </div>
      <div role="status">{result?.ok ? <p>{result.text}</p> : null}</div>
      <div role="alert">{result && !result.ok ? <p className="alert alert--error">{result.text}</p> : null}</div>
    </section>
  );
}
