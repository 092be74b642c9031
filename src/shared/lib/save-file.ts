import type { DownloadedFile } from '../../api/file-download';

/**
 * Hands a downloaded file to the browser's "save" through a temporary object URL, so the file
 * name comes from the server and nothing about the person appears in any URL. Every download in
 * the portal (the data export, the consent history) is saved here.
 */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob asynchronously after the click; free the memory a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
