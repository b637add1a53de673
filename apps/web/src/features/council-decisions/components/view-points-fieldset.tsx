import type { AssignmentRef } from '@koers/contracts';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { fieldId, newPoint, type FieldErrors, type PointDraft } from '../lib/decision-form';

interface Props {
  points: PointDraft[];
  assignments: AssignmentRef[];
  required: boolean;
  errors: FieldErrors;
  onChange: (points: PointDraft[]) => void;
}

/** The numbered points of the council's view, each optionally about one assignment. */
export function ViewPointsFieldset({ points, assignments, required, errors, onChange }: Props) {
  const { t } = useTranslation();
  const id = fieldId('viewPoints');
  const error = errors.viewPoints;
  const update = (index: number, change: Partial<PointDraft>) =>
    onChange(points.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const add = () => {
    onChange([...points, newPoint()]);
    // Focus the new point's text once it is rendered.
    setTimeout(() => document.getElementById(fieldId(`viewPoints.${points.length}.text`))?.focus());
  };

  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      invalid={!!error}
      aria-describedby={
        [required && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
      }
    >
      <FieldsetLegend>
        {t('councilDecisions.form.pointsLegend')}
        {required ? ' *' : ''}
      </FieldsetLegend>
      {required && (
        <FormFieldDescription id={`${id}-help`}>
          {t('councilDecisions.form.pointsHelp', {
            with: t('councilDecisions.statuses.agreed_with_view'),
            submitted: t('councilDecisions.statuses.view_submitted'),
          })}
        </FormFieldDescription>
      )}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <ol className="koers-point-inputs">
        {points.map((point, index) => {
          const number = index + 1;
          const textId = fieldId(`viewPoints.${index}.text`);
          const assignmentId = fieldId(`viewPoints.${index}.assignmentId`);
          const textError = errors[`viewPoints.${index}.text`];
          const assignmentError = errors[`viewPoints.${index}.assignmentId`];
          return (
            <li key={point.key} className="koers-point-input">
              <FormField invalid={!!textError}>
                <FormLabel htmlFor={textId}>
                  {t('councilDecisions.form.pointText', { number })}
                </FormLabel>
                {textError && (
                  <FormFieldErrorMessage id={`${textId}-error`}>{textError}</FormFieldErrorMessage>
                )}
                <Textarea
                  id={textId}
                  value={point.text}
                  invalid={!!textError}
                  aria-invalid={textError ? true : undefined}
                  aria-describedby={textError ? `${textId}-error` : undefined}
                  onChange={(event) => update(index, { text: event.target.value })}
                />
              </FormField>
              <FormField invalid={!!assignmentError}>
                <FormLabel htmlFor={assignmentId}>
                  {t('councilDecisions.form.pointAssignment', { number })}
                </FormLabel>
                {assignmentError && (
                  <FormFieldErrorMessage id={`${assignmentId}-error`}>
                    {assignmentError}
                  </FormFieldErrorMessage>
                )}
                <Select
                  id={assignmentId}
                  value={point.assignmentId}
                  invalid={!!assignmentError}
                  aria-describedby={assignmentError ? `${assignmentId}-error` : undefined}
                  onChange={(event) => update(index, { assignmentId: event.target.value })}
                >
                  <SelectOption value="">{t('councilDecisions.form.noAssignment')}</SelectOption>
                  {assignments.map((a) => (
                    <SelectOption key={a.id} value={a.id}>
                      {a.code} {a.title}
                    </SelectOption>
                  ))}
                </Select>
              </FormField>
              <Button
                appearance="subtle-button"
                onClick={() => {
                  onChange(points.filter((_, i) => i !== index));
                  setTimeout(() => document.getElementById(`${id}-add`)?.focus());
                }}
              >
                {t('councilDecisions.form.removePoint', { number })}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button id={`${id}-add`} appearance="secondary-action-button" onClick={add}>
        {t('councilDecisions.form.addPoint')}
      </Button>
    </Fieldset>
  );
}
