import type { PopulationImportResult } from '@koers/contracts';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureRowsTable } from './population-import-table';
import { FieldIdPrefix } from '../../../components/forms/field-id';
import { TextField } from '../../../components/forms/fields';
import { ApiError } from '../../../lib/api-client';
import { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/field-errors';
import { useImportPopulations } from '../api/import-populations';
import { problemMessage } from '../../../lib/problem-message';

/**
 * The bureau (or the region's administrator) uploads CBS StatLine's table of inhabitants per
 * municipality on 1 January: first a preview of what matches which municipality and what would
 * change, then every new figure stored at once.
 */
export function PopulationImport({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const upload = useImportPopulations(regionId);
  const fileInput = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [referenceDate, setReferenceDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [preview, setPreview] = useState<PopulationImportResult | null>(null);
  const [stored, setStored] = useState<PopulationImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const send = (dryRun: boolean) => {
    setFailure(null);
    if (!file) {
      setErrors({ file: t('populationImport.fileMissing') });
      fileInput.current?.focus();
      return;
    }
    upload.mutate(
      {
        file,
        dryRun,
        source: source.trim() || undefined,
        referenceDate: referenceDate || undefined,
      },
      {
        onSuccess: (result) => {
          setErrors({});
          if (dryRun) setPreview(result);
          else {
            setStored(result);
            setPreview(null);
          }
          setTimeout(() => resultRef.current?.focus(), 0);
        },
        onError: (error) => {
          const problem = error instanceof ApiError ? error.problem : undefined;
          const fields = fieldErrorsFromProblem(problem);
          setErrors(fields);
          if (Object.keys(fields).length === 0) {
            setFailure(
              t('populationImport.failed', { message: problemMessage(problem) ?? error.message }),
            );
          }
          if (fields.file) fileInput.current?.focus();
        },
      },
    );
  };

  const describedBy = ['population-import-file-help', errors.file && 'population-import-file-error']
    .filter(Boolean)
    .join(' ');
  const different = preview?.matched.filter((m) => m.change === 'different') ?? [];
  const fresh = preview?.matched.filter((m) => m.change === 'new') ?? [];

  return (
    <>
      <FieldIdPrefix.Provider value="population-import">
        <form
          noValidate
          className="koers-form"
          onSubmit={(event) => {
            event.preventDefault();
            send(true);
          }}
        >
          <FormField invalid={Boolean(errors.file)} className="koers-field">
            <FormLabel htmlFor="population-import-file">{t('populationImport.file')}</FormLabel>
            <FormFieldDescription id="population-import-file-help">
              {t('populationImport.fileHelp')}
            </FormFieldDescription>
            {errors.file && (
              <FormFieldErrorMessage id="population-import-file-error">
                {errors.file}
              </FormFieldErrorMessage>
            )}
            <input
              ref={fileInput}
              id="population-import-file"
              type="file"
              className="utrecht-textbox"
              accept=".csv,text/csv"
              aria-describedby={describedBy}
              aria-invalid={errors.file ? true : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setErrors({});
                setPreview(null);
                setStored(null);
              }}
            />
          </FormField>
          <TextField
            path="source"
            label={t('populationImport.source')}
            description={t('populationImport.sourceHelp')}
            value={source}
            error={errors.source}
            onChange={setSource}
          />
          <TextField
            path="referenceDate"
            type="date"
            width="short"
            label={t('populationImport.referenceDate')}
            description={t('populationImport.referenceDateHelp')}
            value={referenceDate}
            error={errors.referenceDate}
            onChange={setReferenceDate}
          />
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={upload.isPending && upload.variables?.dryRun}
          >
            {upload.isPending && upload.variables?.dryRun
              ? t('populationImport.previewing')
              : t('populationImport.preview')}
          </Button>
        </form>
      </FieldIdPrefix.Provider>
      <div ref={resultRef} tabIndex={-1} role="status" className="koers-announcement">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
        {stored && (
          <Alert type="ok">
            <Paragraph>
              {t('populationImport.stored', { count: stored.storedCount, source: stored.source })}
            </Paragraph>
          </Alert>
        )}
      </div>
      {preview && (
        <section aria-labelledby="population-preview-title" className="koers-section">
          <Heading2 id="population-preview-title">{t('populationImport.preview')}</Heading2>
          <Paragraph>
            {t('populationImport.summary', {
              matched: new Set(preview.matched.map((m) => m.municipalityId)).size,
              new: fresh.length,
              same: preview.matched.filter((m) => m.change === 'same').length,
              different: different.length,
            })}
          </Paragraph>
          <FigureRowsTable result={preview} />
          {different.length > 0 && (
            <Alert type="warning">
              <Paragraph>
                {t('populationImport.differentWarning', {
                  names: different.map((m) => m.municipalityName).join(', '),
                })}
              </Paragraph>
            </Alert>
          )}
          {preview.unmatched.length > 0 && (
            <details className="koers-details" open={preview.unmatched.length <= 10}>
              <summary>
                {t('populationImport.unmatchedTitle', { count: preview.unmatched.length })}
              </summary>
              <UnorderedList>
                {preview.unmatched.map((u) => (
                  <UnorderedListItem key={u.line}>
                    {t('populationImport.columns.line')} {u.line}: {u.label} —{' '}
                    {t(`populationImport.reasons.${u.reason}`)}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </details>
          )}
          {preview.missing.length > 0 && (
            <>
              <Paragraph>
                {t('populationImport.missingTitle', { count: preview.missing.length })}:{' '}
                {preview.missing.map((m) => m.municipalityName).join(', ')}.
              </Paragraph>
            </>
          )}
          {fresh.length === 0 ? (
            <Paragraph>{t('populationImport.nothingNew')}</Paragraph>
          ) : (
            different.length === 0 && (
              <Button
                appearance="primary-action-button"
                busy={upload.isPending && !upload.variables?.dryRun}
                onClick={() => send(false)}
              >
                {upload.isPending && !upload.variables?.dryRun
                  ? t('populationImport.storing')
                  : t('populationImport.store')}
              </Button>
            )
          )}
        </section>
      )}
    </>
  );
}
