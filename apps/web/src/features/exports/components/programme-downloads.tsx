import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldIdPrefix } from '../../../components/forms/field-id';
import { SelectField } from '../../../components/forms/fields';
import { CsvSeparator, ExportRequest, ExportTable, exportUrl } from '../api/download-file';
import { useDownload } from '../api/use-download';
import { useDownloadStatusText } from './download-status-text';

const TABLES: readonly ExportTable[] = [
  'assignments',
  'budget-lines',
  'capacity-lines',
  'contributions',
  'council-decisions',
  'views',
];
const SEPARATORS: readonly CsvSeparator[] = ['semicolon', 'comma'];

/**
 * The downloads of a programme: the workbook, the document and one table as CSV. Each streams in
 * the background with its progress in a status line; the page stays usable meanwhile.
 */
export function ProgrammeDownloads({
  programmeId,
  concept,
}: {
  programmeId: string;
  /** The programme is not adopted yet: the document is a concept. */
  concept: boolean;
}) {
  const { t } = useTranslation();
  const { state, start } = useDownload();
  const [active, setActive] = useState<ExportRequest['kind'] | null>(null);
  const [table, setTable] = useState<ExportTable>('assignments');
  const [separator, setSeparator] = useState<CsvSeparator>('semicolon');
  const busy = state.status === 'busy';
  const statusText = useDownloadStatusText(state);

  const download = (request: ExportRequest) => {
    // One at a time; the buttons stay focusable (not disabled) so focus is not lost meanwhile.
    if (busy) return;
    setActive(request.kind);
    void start(exportUrl(programmeId, request));
  };
  const label = (kind: ExportRequest['kind'], text: string) =>
    busy && active === kind ? t('exports.busy') : text;
  const submitCsv = (event: FormEvent) => {
    event.preventDefault();
    download({ kind: 'table', table, separator });
  };

  return (
    <section aria-labelledby="downloads-title" className="koers-section koers-downloads">
      <Heading2 id="downloads-title">{t('exports.title')}</Heading2>
      <Paragraph>{t('exports.intro')}</Paragraph>
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          busy={busy && active === 'workbook'}
          onClick={() => download({ kind: 'workbook' })}
        >
          {label('workbook', t('exports.workbook'))}
        </Button>
        <Button
          appearance="secondary-action-button"
          busy={busy && active === 'document'}
          onClick={() => download({ kind: 'document' })}
        >
          {label('document', concept ? t('exports.documentConcept') : t('exports.document'))}
        </Button>
      </ButtonGroup>
      <FieldIdPrefix.Provider value="export">
        <form
          className="koers-form koers-section"
          onSubmit={submitCsv}
          aria-labelledby="downloads-csv-title"
        >
          <Heading3 id="downloads-csv-title">{t('exports.csvTitle')}</Heading3>
          <SelectField
            path="table"
            label={t('exports.table')}
            value={table}
            onChange={(value) => setTable(value as ExportTable)}
            options={TABLES.map((value) => ({ value, label: t(`exports.tables.${value}`) }))}
          />
          <SelectField
            path="separator"
            label={t('exports.separator')}
            description={t('exports.separatorHelp')}
            value={separator}
            onChange={(value) => setSeparator(value as CsvSeparator)}
            options={SEPARATORS.map((value) => ({
              value,
              label: t(`exports.separators.${value}`),
            }))}
          />
          <ButtonGroup>
            <Button
              type="submit"
              appearance="secondary-action-button"
              busy={busy && active === 'table'}
            >
              {label('table', t('exports.csvButton'))}
            </Button>
          </ButtonGroup>
        </form>
      </FieldIdPrefix.Provider>
      <div role="status" className="koers-loading">
        {busy && <span className="koers-spinner" aria-hidden="true" />}
        {statusText && (
          <Paragraph>
            {statusText}
            {busy && ` ${t('exports.keepWorking')}`}
          </Paragraph>
        )}
      </div>
    </section>
  );
}
