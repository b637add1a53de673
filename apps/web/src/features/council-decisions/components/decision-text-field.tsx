import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';
import { fieldId } from '../lib/decision-form';

interface Props {
  field: string;
  label: string;
  value: string;
  type?: 'text' | 'date' | 'url';
  description?: string;
  error?: string;
  onChange: (value: string) => void;
}

/** One labelled input of the decision form, its error at the field and linked to it. */
export function DecisionTextField({
  field,
  label,
  value,
  type = 'text',
  description,
  error,
  onChange,
}: Props) {
  const id = fieldId(field);
  const describedBy = [description && `${id}-help`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField invalid={!!error}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {description && <FormFieldDescription id={`${id}-help`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <Textbox
        id={id}
        type={type}
        value={value}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormField>
  );
}
