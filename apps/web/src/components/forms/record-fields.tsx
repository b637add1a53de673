import {
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { forwardRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/field-errors';
import { FormSummary, type SummaryItem } from './form-summary';

/** One field of a record form; its name is the API's field name, so errors land beside it. */
export interface RecordField {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'number' | 'date' | 'textarea' | 'select';
  /** For a select: the choices; an empty value means "none". */
  options?: { value: string; label: string }[];
  required?: boolean;
  short?: boolean;
}

/** What was typed, as typed, by field name. */
export type RecordValues = Record<string, string>;

export const recordInputId = (prefix: string, name: string) => `${prefix}-${name}`;

/** The fields of a record, each labelled, with its error said beside it and linked to it. */
export function RecordFields(props: {
  idPrefix: string;
  fields: RecordField[];
  values: RecordValues;
  errors: FieldErrors;
  onChange: (name: string, value: string) => void;
}) {
  const { idPrefix, values, errors, onChange } = props;
  const input = (field: RecordField, describedBy: string | undefined): ReactNode => {
    const common = {
      id: recordInputId(idPrefix, field.name),
      'aria-describedby': describedBy,
      invalid: Boolean(errors[field.name]),
      required: field.required,
      value: values[field.name] ?? '',
    };
    if (field.type === 'textarea') {
      return (
        <Textarea {...common} onChange={(event) => onChange(field.name, event.target.value)} />
      );
    }
    if (field.type === 'select') {
      return (
        <Select {...common} onChange={(event) => onChange(field.name, event.target.value)}>
          {(field.options ?? []).map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      );
    }
    return (
      <Textbox
        {...common}
        type={field.type ?? 'text'}
        inputMode={field.type === 'number' ? 'numeric' : undefined}
        className={field.short ? 'koers-input--short' : undefined}
        onChange={(event) => onChange(field.name, event.target.value)}
      />
    );
  };
  return (
    <>
      {props.fields.map((field) => {
        const id = recordInputId(idPrefix, field.name);
        const error = errors[field.name];
        return (
          <FormField key={field.name} invalid={Boolean(error)} className="koers-field">
            <FormLabel htmlFor={id}>{field.label}</FormLabel>
            {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
            {input(field, error ? `${id}-error` : undefined)}
          </FormField>
        );
      })}
    </>
  );
}

/** Where the form says what went wrong: each field error linked to its field, or one failure. */
export const RecordFormSummary = forwardRef<
  HTMLDivElement,
  { idPrefix: string; fields: RecordField[]; errors: FieldErrors; failure: string | null }
>(function RecordFormSummary({ idPrefix, fields, errors, failure }, ref) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  const items = entries.map(([name, message]): SummaryItem => {
    const label = fields.find((field) => field.name === name)?.label;
    return label
      ? { key: name, href: `#${recordInputId(idPrefix, name)}`, text: `${label}: ${message}` }
      : { key: name, href: null, text: `${name}: ${message}` };
  });
  return (
    <FormSummary
      ref={ref}
      intro={t('recordEdit.checkFields', { count: entries.length })}
      items={items}
      failure={failure}
    />
  );
});
