import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useFieldId } from './field-id';

interface FieldProps {
  /** The API field path; gives the input its id, so errors and the summary can find it. */
  path: string;
  label: string;
  error?: string;
  description?: string;
  required?: boolean;
}

function describedBy(
  fieldId: (path: string) => string,
  path: string,
  error?: string,
  description?: string,
) {
  const ids = [description && `${fieldId(path)}-description`, error && `${fieldId(path)}-error`];
  return ids.filter(Boolean).join(' ') || undefined;
}

function Field({
  path,
  label,
  error,
  description,
  children,
}: FieldProps & { children: ReactNode }) {
  const fieldId = useFieldId();
  return (
    <FormField invalid={Boolean(error)} className="koers-field">
      <FormLabel htmlFor={fieldId(path)}>{label}</FormLabel>
      {description && (
        <FormFieldDescription id={`${fieldId(path)}-description`}>
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${fieldId(path)}-error`}>{error}</FormFieldErrorMessage>
      )}
      {children}
    </FormField>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'date';
    inputMode?: 'decimal' | 'numeric';
    width?: 'short';
  },
) {
  const { path, error, description, value, onChange, type = 'text', inputMode, required } = props;
  const fieldId = useFieldId();
  return (
    <Field {...props}>
      <Textbox
        id={fieldId(path)}
        type={type}
        inputMode={inputMode}
        value={value}
        required={required}
        invalid={Boolean(error)}
        className={props.width === 'short' ? 'koers-input--short' : undefined}
        aria-describedby={describedBy(fieldId, path, error, description)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

export function TextAreaField(
  props: FieldProps & { value: string; onChange: (value: string) => void },
) {
  const { path, error, description, value, onChange, required } = props;
  const fieldId = useFieldId();
  return (
    <Field {...props}>
      <Textarea
        id={fieldId(path)}
        value={value}
        required={required}
        invalid={Boolean(error)}
        rows={3}
        aria-describedby={describedBy(fieldId, path, error, description)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    options: readonly Option[];
    /** Label of the empty choice; left out, there is none. */
    emptyLabel?: string;
  },
) {
  const { path, error, description, value, onChange, options, emptyLabel, required } = props;
  const fieldId = useFieldId();
  return (
    <Field {...props}>
      <Select
        id={fieldId(path)}
        value={value}
        required={required}
        invalid={Boolean(error)}
        aria-describedby={describedBy(fieldId, path, error, description)}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <SelectOption value="">{emptyLabel}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}
