import type { CreateProgrammeRequest } from '@koers/contracts';
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { forwardRef, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIdFor } from '../../../components/forms/field-id';
import { FormSummary, type SummaryItem } from '../../../components/forms/form-summary';
import type { FieldErrors } from '../../../lib/field-errors';

export type ProgrammeFieldName =
  'year' | 'title' | 'introduction' | 'populationReferenceDate' | 'viewWindowWeeks';
const FIELDS: readonly ProgrammeFieldName[] = [
  'year',
  'title',
  'introduction',
  'populationReferenceDate',
  'viewWindowWeeks',
];
/** What the bureau typed, as typed. */
export type ProgrammeValues = Record<ProgrammeFieldName, string>;

export const programmeInputId = (field: ProgrammeFieldName) => `programme-${field}`;

/** The typed values as the API takes them; empty optional fields become null. */
export function programmeRequest(values: ProgrammeValues): CreateProgrammeRequest {
  return {
    year: Number(values.year.trim()),
    title: values.title.trim(),
    introduction: values.introduction,
    populationReferenceDate: values.populationReferenceDate || null,
    viewWindowWeeks: values.viewWindowWeeks.trim() ? Number(values.viewWindowWeeks) : null,
  };
}

/** A programme's settings: year, title, introduction, reference date, window for views. */
export function ProgrammeFields({
  values,
  errors,
  regionWeeks,
  onChange,
}: {
  values: ProgrammeValues;
  errors: FieldErrors;
  regionWeeks: number;
  onChange: (field: ProgrammeFieldName, value: string) => void;
}) {
  const { t } = useTranslation();
  const field = (
    name: ProgrammeFieldName,
    input: (describedBy: string | undefined) => ReactNode,
  ) => {
    const id = programmeInputId(name);
    const description = t(`programmeNew.help.${name}`, {
      year: values.year,
      weeks: regionWeeks,
      defaultValue: '',
    });
    const ids = [description && `${id}-description`, errors[name] && `${id}-error`];
    return (
      <FormField invalid={Boolean(errors[name])} className="koers-field">
        <FormLabel htmlFor={id}>{t(`programmeNew.fields.${name}`)}</FormLabel>
        {description && (
          <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
        )}
        {errors[name] && (
          <FormFieldErrorMessage id={`${id}-error`}>{errors[name]}</FormFieldErrorMessage>
        )}
        {input(ids.filter(Boolean).join(' ') || undefined)}
      </FormField>
    );
  };
  const textbox = (name: ProgrammeFieldName, options: { type?: string; short?: boolean } = {}) =>
    field(name, (describedBy) => (
      <Textbox
        id={programmeInputId(name)}
        type={options.type ?? 'text'}
        inputMode={options.short && options.type !== 'date' ? 'numeric' : undefined}
        required={name === 'year' || name === 'title'}
        invalid={Boolean(errors[name])}
        className={options.short ? 'koers-input--short' : undefined}
        aria-describedby={describedBy}
        value={values[name]}
        onChange={(event) => onChange(name, event.target.value)}
      />
    ));
  return (
    <>
      {textbox('year', { short: true })}
      {textbox('title')}
      {field('introduction', (describedBy) => (
        <Textarea
          id={programmeInputId('introduction')}
          aria-describedby={describedBy}
          invalid={Boolean(errors.introduction)}
          value={values.introduction}
          onChange={(event) => onChange('introduction', event.target.value)}
        />
      ))}
      {textbox('populationReferenceDate', { type: 'date', short: true })}
      {textbox('viewWindowWeeks', { short: true })}
    </>
  );
}

/** The key's input for an error path: an error on one id of a list belongs to the list. */
const keyInputPath = (path: string) =>
  path === 'contributionKey' ? 'contributionKey.type' : path.replace(/(Ids)\.\d+$/, '$1');

/** What went wrong with the last save: field errors or one failure, said where focus goes. */
export function useFormProblems() {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<{ errors: FieldErrors; failure: string | null }>({
    errors: {},
    failure: null,
  });
  const say = (next: typeof problems) => {
    setProblems(next);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };
  return {
    ...problems,
    summaryRef,
    showFields: (errors: FieldErrors) => say({ errors, failure: null }),
    showFailure: (failure: string) => say({ errors: {}, failure }),
    clear: () => setProblems({ errors: {}, failure: null }),
  };
}

/** Where the form says what went wrong: each field error linked to its field, or one failure. */
export const ProgrammeFormSummary = forwardRef<
  HTMLDivElement,
  { errors: FieldErrors; failure: string | null }
>(function ProgrammeFormSummary({ errors, failure }, ref) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  const items = entries.map(([name, message]): SummaryItem => {
    if (FIELDS.includes(name as ProgrammeFieldName)) {
      const href = `#${programmeInputId(name as ProgrammeFieldName)}`;
      return { key: name, href, text: `${t(`programmeNew.fields.${name}`)}: ${message}` };
    }
    if (name.startsWith('contributionKey')) {
      const href = `#${fieldIdFor('programme', keyInputPath(name))}`;
      return { key: name, href, text: `${t('programmeEdit.key.field')}: ${message}` };
    }
    return { key: name, href: null, text: `${name}: ${message}` };
  });
  return (
    <FormSummary
      ref={ref}
      intro={t('programmeNew.checkFields', { count: entries.length })}
      items={items}
      failure={failure}
    />
  );
});
