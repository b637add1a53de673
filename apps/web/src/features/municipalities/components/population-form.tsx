import type { RecordPopulationRequest } from '@koers/contracts';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/field-errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { useRecordPopulation } from '../api/record-population';
import { parseInhabitants } from '../lib/parse-inhabitants';
import { problemMessage } from '../../../lib/problem-message';

type Field = keyof RecordPopulationRequest;
const FIELDS: readonly Field[] = ['referenceDate', 'population', 'source'];
const inputId = (field: Field) => `population-${field}`;

/**
 * The bureau (or the region's administrator) records a population figure with its date and
 * source; the splits of every programme whose reference date is on or after that date use it.
 */
export function PopulationForm({ municipalityId, name }: { municipalityId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const record = useRecordPopulation(municipalityId);
  const [values, setValues] = useState<Record<Field, string>>({
    referenceDate: '',
    population: '',
    source: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const show = (next: FieldErrors, message: string | null = null) => {
    setErrors(next);
    setFailure(message);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const submit = () => {
    const population = parseInhabitants(values.population);
    const problems: FieldErrors = {};
    if (!values.referenceDate) problems.referenceDate = t('populations.errors.date');
    if (population === null) problems.population = t('populations.errors.population');
    if (!values.source.trim()) problems.source = t('populations.errors.source');
    setSaved(null);
    if (Object.keys(problems).length > 0 || population === null) return show(problems);
    const body = { referenceDate: values.referenceDate, population, source: values.source.trim() };
    record.mutate(body, {
      onSuccess: () => {
        setErrors({});
        setFailure(null);
        setValues({ referenceDate: '', population: '', source: '' });
        setSaved(
          t('populations.saved', {
            name,
            population: formatNumber(population, i18n.language),
            date: formatDate(body.referenceDate, i18n.language),
          }),
        );
      },
      onError: (error) => {
        const problem = error instanceof ApiError ? error.problem : undefined;
        const fields = fieldErrorsFromProblem(problem);
        if (Object.keys(fields).length > 0) show(fields);
        else if (error instanceof ApiError && error.status === 409) {
          show({ referenceDate: problemMessage(problem) ?? t('populations.errors.taken') });
        } else show({}, t('populations.failed', { message: error.message }));
      },
    });
  };

  const entries = Object.entries(errors);
  return (
    <section aria-labelledby="population-form-title" className="koers-section">
      <Heading2 id="population-form-title">{t('populations.formTitle')}</Heading2>
      <Paragraph>{t('populations.formIntro')}</Paragraph>
      <div role="status" className="koers-announcement">
        {saved && <Paragraph>{saved}</Paragraph>}
      </div>
      <form
        noValidate
        className="koers-population-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div ref={summaryRef} tabIndex={-1} className="koers-form-summary">
          {(entries.length > 0 || failure) && (
            <Alert type="error" role="alert">
              {failure && <Paragraph>{failure}</Paragraph>}
              {entries.length > 0 && (
                <>
                  <Paragraph>{t('populations.checkFields', { count: entries.length })}</Paragraph>
                  <UnorderedList>
                    {entries.map(([field, message]) => (
                      <UnorderedListItem key={field}>
                        <a href={`#${inputId(field as Field)}`}>
                          {t(`populations.fields.${field}`, { defaultValue: field })}: {message}
                        </a>
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                </>
              )}
            </Alert>
          )}
        </div>
        {FIELDS.map((field) => {
          const id = inputId(field);
          const help = t(`populations.help.${field}`, { defaultValue: '' });
          const describedBy = [help && `${id}-help`, errors[field] && `${id}-error`]
            .filter(Boolean)
            .join(' ');
          return (
            <FormField key={field} invalid={Boolean(errors[field])} className="koers-field">
              <FormLabel htmlFor={id}>{t(`populations.fields.${field}`)}</FormLabel>
              {help && <FormFieldDescription id={`${id}-help`}>{help}</FormFieldDescription>}
              {errors[field] && (
                <FormFieldErrorMessage id={`${id}-error`}>{errors[field]}</FormFieldErrorMessage>
              )}
              <Textbox
                id={id}
                type={field === 'referenceDate' ? 'date' : 'text'}
                inputMode={field === 'population' ? 'numeric' : undefined}
                className={field === 'source' ? undefined : 'koers-input--short'}
                required
                invalid={Boolean(errors[field])}
                aria-describedby={describedBy || undefined}
                value={values[field]}
                onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
              />
            </FormField>
          );
        })}
        <Button type="submit" appearance="primary-action-button" busy={record.isPending}>
          {record.isPending ? t('populations.saving') : t('populations.save')}
        </Button>
      </form>
    </section>
  );
}
