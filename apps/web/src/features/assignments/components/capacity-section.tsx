import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  emptyCapacityLine,
  removeAt,
  replaceAt,
  type CapacityLineDraft,
} from '../form/assignment-draft';
import { errorFor, fieldId } from '../form/field-errors';
import { SelectField, TextField } from '../../../components/forms/fields';
import { ItemActions } from './item-actions';
import { focusSoon, type SectionProps } from './section-types';

/** Capacity per supplier and year, in FTE or in hours (never both). */
export function CapacitySection({ draft, change, errors, lookups }: SectionProps) {
  const { t } = useTranslation();
  const lines = draft.capacityLines;
  const set = (i: number, patch: Partial<CapacityLineDraft>) =>
    change('capacityLines', replaceAt(lines, i, patch));

  return (
    <Fieldset>
      <FieldsetLegend>{t('assignments.fields.capacityLines')}</FieldsetLegend>
      {lines.length === 0 && <Paragraph>{t('assignments.form.noCapacityLines')}</Paragraph>}
      {lines.map((line, i) => {
        const label = t('assignments.form.capacityLineN', { n: i + 1 });
        const path = (field: string) => `capacityLines.${i}.${field}`;
        return (
          <div key={line.key} className="koers-item koers-grid" role="group" aria-label={label}>
            <SelectField
              path={path('supplierOrganisationId')}
              label={`${label}: ${t('assignments.fields.supplierOrganisation')}`}
              value={line.supplierOrganisationId}
              error={errors[path('supplierOrganisationId')]}
              emptyLabel={t('assignments.form.noOrganisation')}
              options={lookups.organisations.map((o) => ({ value: o.id, label: o.name }))}
              onChange={(id) => {
                const organisation = lookups.organisations.find((o) => o.id === id);
                set(i, {
                  supplierOrganisationId: id,
                  supplierName: organisation ? organisation.name : line.supplierName,
                });
              }}
            />
            <TextField
              path={path('supplierName')}
              label={`${label}: ${t('assignments.fields.supplierName')}`}
              value={line.supplierName}
              error={errors[path('supplierName')]}
              onChange={(supplierName) => set(i, { supplierName })}
            />
            <TextField
              path={path('year')}
              label={`${label}: ${t('assignments.fields.year')}`}
              inputMode="numeric"
              width="short"
              value={line.year}
              error={errors[path('year')]}
              onChange={(year) => set(i, { year })}
            />
            <SelectField
              path={path('unit')}
              label={`${label}: ${t('assignments.fields.capacityUnit')}`}
              value={line.unit}
              options={[
                { value: 'fte', label: t('assignments.form.fte') },
                { value: 'hours', label: t('assignments.form.hours') },
              ]}
              onChange={(unit) => set(i, { unit: unit as CapacityLineDraft['unit'] })}
            />
            <TextField
              path={path(line.unit)}
              label={`${label}: ${t(line.unit === 'fte' ? 'assignments.form.fte' : 'assignments.form.hours')}`}
              inputMode={line.unit === 'fte' ? 'decimal' : 'numeric'}
              width="short"
              value={line.quantity}
              error={errorFor(errors, path('fte'), path('hours'))}
              onChange={(quantity) => set(i, { quantity })}
            />
            <ItemActions
              itemLabel={label}
              index={i}
              count={lines.length}
              onRemove={() => change('capacityLines', removeAt(lines, i))}
            />
          </div>
        );
      })}
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          change('capacityLines', [...lines, emptyCapacityLine(lookups.programmeYear)]);
          focusSoon(fieldId(`capacityLines.${lines.length}.supplierOrganisationId`));
        }}
      >
        {t('assignments.form.addCapacityLine')}
      </Button>
    </Fieldset>
  );
}
