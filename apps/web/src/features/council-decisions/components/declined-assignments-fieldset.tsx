import type { AssignmentRef } from '@koers/contracts';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../lib/decision-form';

interface Props {
  assignments: AssignmentRef[];
  value: string[];
  error?: string;
  onChange: (ids: string[]) => void;
}

/** For a partial agreement: the assignments the council declines (at least one, not all). */
export function DeclinedAssignmentsFieldset({ assignments, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const id = fieldId('declinedAssignmentIds');
  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      invalid={!!error}
      aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
    >
      <FieldsetLegend>{t('councilDecisions.form.declinedLegend')}</FieldsetLegend>
      <FormFieldDescription id={`${id}-help`}>
        {t('councilDecisions.form.declinedHelp')}
      </FormFieldDescription>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {assignments.map((a) => (
        <FormField key={a.id} type="checkbox">
          <Checkbox
            id={`${id}-${a.id}`}
            checked={value.includes(a.id)}
            invalid={!!error}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...value, a.id] : value.filter((other) => other !== a.id),
              )
            }
          />
          <FormLabel htmlFor={`${id}-${a.id}`} type="checkbox">
            {a.code} {a.title}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
