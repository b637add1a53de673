import type { ImportResult, ProgrammeResponse } from '@koers/contracts';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Link as UtrechtLink,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { importTemplateUrl, useUploadImport } from '../api/upload-import';
import { ImportPreview } from './import-preview';
import { problemMessage } from '../../../lib/problem-message';

function ProgressNote({ progress }: { progress: ReturnType<typeof useUploadImport>['progress'] }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const sending = progress.phase === 'sending';
  const percent = sending ? Math.round(progress.fraction * 100) : undefined;
  return (
    <div className="koers-section">
      {/* Without a value the bar is indeterminate: the server is checking the file. */}
      <progress aria-label={t('imports.progressLabel')} max={100} value={percent} />
      <Paragraph>{sending ? t('imports.sending', { percent }) : t('imports.checking')}</Paragraph>
    </div>
  );
}

/**
 * The bureau imports assignments into a draft: templates, a file, a dry run that shows what
 * would change and every problem, then a confirm that stores it all or nothing.
 */
export function ImportPage({
  programme,
  canImport,
}: {
  programme: ProgrammeResponse;
  canImport: boolean;
}) {
  const { t } = useTranslation();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [stored, setStored] = useState<ImportResult | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useUploadImport(programme.id);
  const draft = programme.status === 'draft';

  const send = (dryRun: boolean) => {
    if (!file) {
      setMissingFile(true);
      input.current?.focus();
      return;
    }
    upload.mutate(
      { file, dryRun },
      {
        onSuccess: (result) =>
          dryRun ? setPreview(result) : (setStored(result), setPreview(null)),
      },
    );
  };
  const check = (event: FormEvent) => {
    event.preventDefault();
    setStored(null);
    send(true);
  };
  const error = upload.error instanceof ApiError ? upload.error : null;
  const nothingToDo = preview && preview.creates.length + preview.updates.length === 0;

  return (
    <>
      <Heading1>{t('imports.title')}</Heading1>
      <Paragraph>{programme.title}</Paragraph>
      <Paragraph>
        <Link to={paths.programme.url(programme.id)}>{t('imports.back')}</Link>
      </Paragraph>
      {!canImport || !draft ? (
        <Alert type="info">
          <Paragraph>{!draft ? t('imports.notDraft') : t('imports.notAllowed')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('imports.intro')}</Paragraph>
          <section aria-labelledby="import-templates" className="koers-section">
            <Heading2 id="import-templates">{t('imports.templates')}</Heading2>
            <Paragraph>{t('imports.templatesHelp')}</Paragraph>
            <ul>
              <li>
                <UtrechtLink href={importTemplateUrl(programme.id, 'xlsx')} download>
                  {t('imports.templateXlsx')}
                </UtrechtLink>
              </li>
              <li>
                <UtrechtLink href={importTemplateUrl(programme.id, 'csv')} download>
                  {t('imports.templateCsv')}
                </UtrechtLink>
              </li>
            </ul>
          </section>
          <form onSubmit={check} noValidate className="koers-section">
            <FormField invalid={missingFile} className="koers-field">
              <FormLabel htmlFor={fileId}>{t('imports.fileLabel')}</FormLabel>
              <FormFieldDescription id={`${fileId}-help`}>
                {t('imports.fileHelp')}
              </FormFieldDescription>
              {missingFile && (
                <Paragraph id={`${fileId}-error`} className="utrecht-form-field-error-message">
                  {t('imports.chooseFile')}
                </Paragraph>
              )}
              <input
                ref={input}
                id={fileId}
                type="file"
                className="utrecht-textbox"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                aria-describedby={`${fileId}-help${missingFile ? ` ${fileId}-error` : ''}`}
                aria-invalid={missingFile || undefined}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setMissingFile(false);
                  setPreview(null);
                  setStored(null);
                  upload.reset();
                }}
              />
            </FormField>
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" disabled={upload.isPending}>
                {t('imports.check')}
              </Button>
            </ButtonGroup>
          </form>
          <div role="status" aria-live="polite">
            <ProgressNote progress={upload.progress} />
            {stored && (
              <Alert type="ok">
                <Paragraph>
                  {t('imports.stored', { count: stored.creates.length + stored.updates.length })}
                </Paragraph>
                <Paragraph>
                  <Link to={paths.programme.url(programme.id)}>{t('imports.back')}</Link>
                </Paragraph>
              </Alert>
            )}
            {preview && (
              <Paragraph>
                {t('imports.previewSummary', {
                  creates: preview.creates.length,
                  updates: preview.updates.length,
                  problems: preview.problems.length,
                })}
              </Paragraph>
            )}
          </div>
          {error && (
            <Alert type="error">
              <Paragraph>
                {t('imports.failed', { detail: problemMessage(error.problem) ?? error.message })}
              </Paragraph>
            </Alert>
          )}
          {preview && (
            <section aria-labelledby="import-preview" className="koers-section">
              <Heading2 id="import-preview">{t('imports.preview')}</Heading2>
              <ImportPreview result={preview} />
              {preview.problems.length === 0 && !nothingToDo && (
                <ButtonGroup>
                  <Button
                    appearance="primary-action-button"
                    disabled={upload.isPending}
                    onClick={() => send(false)}
                  >
                    {t('imports.confirm')}
                  </Button>
                </ButtonGroup>
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}
