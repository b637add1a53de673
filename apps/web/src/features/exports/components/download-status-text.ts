import { useTranslation } from 'react-i18next';
import type { DownloadState } from '../api/use-download';

const kilobytes: Record<string, Intl.NumberFormat> = {};

/**
 * Bytes as whole kilobytes ("12 kB") in the reader's language. The format is built the first time
 * a size is shown and kept: every download link's status line asks for it on each render, while
 * most never show a size.
 */
function useSize() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  return (bytes: number) =>
    (kilobytes[locale] ??= new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    })).format(Math.max(1, Math.round(bytes / 1024)));
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
