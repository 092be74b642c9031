import { call, type CallResult } from './client';

/** A file the API sent (an export, the consent history), ready to hand to the browser's "save". */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * The file name the server chose, from `Content-Disposition`: the UTF-8 `filename*` when there is
 * one (Latvian names keep their letters), else `filename`, else the fallback. A name is never a
 * path: anything up to the last slash or backslash is dropped.
 */
export function fileNameFromDisposition(disposition: string | null, fallback: string): string {
  const header = disposition ?? '';
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= (plain?.[1] ?? plain?.[2])?.trim();
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base ? base : fallback;
}

/**
 * Sends a download request through the same path as every other call (session recovery, CSRF,
 * problem details) and returns the body with the server's file name.
 */
export async function callForFile(send: () => Promise<CallResult<unknown>>, fallbackName: string): Promise<DownloadedFile> {
  let disposition: string | null = null;
  const blob = await call(async () => {
    const result = await send();
    disposition = result.response.headers.get('Content-Disposition');
    return result;
  });
  return { blob: blob as Blob, fileName: fileNameFromDisposition(disposition, fallbackName) };
}
