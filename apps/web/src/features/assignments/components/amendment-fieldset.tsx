import type { ViewPointResponse } from '@koers/contracts';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { errorId, fieldId } from '../form/field-errors';

interface AmendmentFieldsetProps {
  /** The view points of the current consultation round. */
  points: ViewPointResponse[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/**
 * While the councils weigh the programme a change is an amendment: the bureau ticks the view
 * points of this round that the change answers ("naar aanleiding van zienswijze Helmond punt 2").
 */
export function AmendmentFieldset({ points, selected, onChange, error }: AmendmentFieldsetProps) {
  const { t } = useTranslation();
  const id = fieldId('answersViewPointIds');
  const help = `${id}-help`;
  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      invalid={!!error}
      aria-describedby={error ? `${help} ${errorId('answersViewPointIds')}` : help}
    >
      <FieldsetLegend>{t('assignments.amendment.legend')}</FieldsetLegend>
      <FormFieldDescription id={help}>{t('assignments.amendment.help')}</FormFieldDescription>
      {error && (
        <FormFieldErrorMessage id={errorId('answersViewPointIds')}>{error}</FormFieldErrorMessage>
      )}
      {points.length === 0 ? (
        <Paragraph>{t('assignments.amendment.none')}</Paragraph>
      ) : (
        points.map((point) => {
          const box = `${id}-${point.id}`;
          return (
            <FormField key={point.id} type="checkbox">
              <Checkbox
                id={box}
                checked={selected.includes(point.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...selected, point.id]
                      : selected.filter((s) => s !== point.id),
                  )
                }
              />
              <FormLabel htmlFor={box} type="checkbox">
                {t('assignments.amendment.point', {
                  municipality: point.municipality.name,
                  number: point.number,
                  text: point.text,
                })}
              </FormLabel>
            </FormField>
          );
        })
      )}
    </Fieldset>
  );
}
