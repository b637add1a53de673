import type { BestuursrapportageResponse } from '@koers/contracts';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/format';
import { useMarkBestuursrapportageFinal } from '../../api/mark-bestuursrapportage-final';

export interface PdfDownloadState {
  busy: boolean;
  /** What the status line says: progress, done or failed. */
  text: string;
  start: () => void;
}

/** Final or concept, the PDF download with its progress, and the bureau's "mark final". */
export function BestuursrapportageActions({
  report,
  canMarkFinal,
  pdf,
}: {
  report: BestuursrapportageResponse;
  canMarkFinal: boolean;
  pdf: PdfDownloadState;
}) {
  const { t, i18n } = useTranslation();
  const markFinal = useMarkBestuursrapportageFinal(report.programme.id, report.period.id);
  return (
    <>
      {report.final ? (
        <Paragraph>
          <strong>
            {t('bestuursrapportage.final', {
              version: report.final.version,
              by: report.final.markedFinalBy,
              date: formatDate(report.final.markedFinalAt, i18n.language),
            })}
          </strong>
        </Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph>{t('bestuursrapportage.concept')}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="secondary-action-button" busy={pdf.busy} onClick={pdf.start}>
          {pdf.busy ? t('exports.busy') : t('bestuursrapportage.download')}
        </Button>
        {canMarkFinal && !report.final && (
          <Button
            appearance="primary-action-button"
            busy={markFinal.isPending}
            onClick={() => {
              if (!markFinal.isPending) markFinal.mutate();
            }}
          >
            {markFinal.isPending
              ? t('bestuursrapportage.markingFinal')
              : t('bestuursrapportage.markFinal')}
          </Button>
        )}
      </ButtonGroup>
      <Paragraph>
        <small>
          {t('bestuursrapportage.pdfHint')}
          {canMarkFinal && !report.final && ` ${t('bestuursrapportage.markFinalHint')}`}
        </small>
      </Paragraph>
      <div role="status" className="koers-loading">
        {pdf.busy && <span className="koers-spinner" aria-hidden="true" />}
        {pdf.text && <Paragraph>{pdf.text}</Paragraph>}
      </div>
      {markFinal.isError && (
        <Alert type="error">
          <Paragraph>{t('bestuursrapportage.markFinalFailed')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
