import { useTranslation } from 'react-i18next';
import type { DownloadState } from '../api/use-download';

function useSize() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  return (bytes: number) => format.format(Math.max(1, Math.round(bytes / 1024)));
}

/** What the status line says about the download in progress or just finished. */
export function useDownloadStatusText(state: DownloadState): string {
  const { t } = useTranslation();
  const size = useSize();
  switch (state.status) {
    case 'idle':
      return '';
    case 'busy':
      if (state.receivedBytes === 0) return t('exports.busyStarting');
      return state.totalBytes
        ? t('exports.busyOf', {
            received: size(state.receivedBytes),
            total: size(state.totalBytes),
            percent: Math.floor((state.receivedBytes / state.totalBytes) * 100),
          })
        : t('exports.busyReceived', { received: size(state.receivedBytes) });
    case 'done':
      return t('exports.done', { fileName: state.fileName });
    case 'failed':
      return state.httpStatus === 404 || state.httpStatus === 401
        ? t('exports.notFound')
        : t('exports.failed');
  }
}
