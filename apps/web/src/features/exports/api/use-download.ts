import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { downloadFile, DownloadProgress, saveFile } from './download-file';

export type DownloadState =
  | { status: 'idle' }
  | ({ status: 'busy' } & DownloadProgress)
  | { status: 'done'; fileName: string }
  | { status: 'failed'; httpStatus: number | null };

/**
 * One download at a time with its progress: `start(url)` streams the file in the background
 * (the page stays usable), then saves it. Leaving the page stops it.
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (url: string) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'busy', receivedBytes: 0, totalBytes: null });
    try {
      const file = await downloadFile(
        url,
        (progress) => setState({ status: 'busy', ...progress }),
        abort.signal,
      );
      if (abort.signal.aborted) return;
      saveFile(file);
      setState({ status: 'done', fileName: file.fileName });
    } catch (error) {
      if (abort.signal.aborted) return;
      setState({ status: 'failed', httpStatus: error instanceof ApiError ? error.status : null });
    }
  }, []);

  return { state, start };
}
