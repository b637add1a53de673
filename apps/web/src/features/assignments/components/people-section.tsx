import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../form/field-errors';
import { CheckList } from '../../../components/forms/check-list';
import { SelectField } from '../../../components/forms/fields';
import type { SectionProps } from './section-types';

/** Portfolio holder, lead, and which municipalities take part. */
export function PeopleSection({ draft, change, errors, lookups }: SectionProps) {
  const { t } = useTranslation();
  const people = lookups.people.map((p) => ({
    value: p.id,
    label: p.function ? `${p.name} (${p.function})` : p.name,
  }));

  return (
    <Fieldset>
      <FieldsetLegend>{t('assignments.form.peopleAndParticipation')}</FieldsetLegend>
      <SelectField
        path="portfolioHolderId"
        label={t('assignments.fields.portfolioHolder')}
        value={draft.portfolioHolderId}
        error={errors.portfolioHolderId}
        emptyLabel={t('assignments.form.nobody')}
        options={people}
        onChange={(id) => change('portfolioHolderId', id)}
      />
      <SelectField
        path="leadId"
        label={t('assignments.fields.lead')}
        value={draft.leadId}
        error={errors.leadId}
        emptyLabel={t('assignments.form.nobody')}
        options={people}
        onChange={(id) => change('leadId', id)}
      />
      <Fieldset role="radiogroup" id={fieldId('participation')}>
        <FieldsetLegend>{t('assignments.fields.participation')}</FieldsetLegend>
        {(['all', 'opt_in'] as const).map((value) => (
          <FormField type="radio" key={value}>
            <RadioButton
              id={`${fieldId('participation')}-${value}`}
              name="participation"
              value={value}
              checked={draft.participation === value}
              onChange={() => change('participation', value)}
            />
            <FormLabel htmlFor={`${fieldId('participation')}-${value}`} type="radio">
              {t(`assignments.participations.${value}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      {draft.participation === 'opt_in' && (
        <CheckList
          path="participantIds"
          legend={t('assignments.fields.participants')}
          items={lookups.municipalities.map((m) => ({ id: m.id, label: m.name }))}
          selected={draft.participantIds}
          onChange={(ids) => change('participantIds', ids)}
          error={errors.participantIds}
          emptyMessage={t('assignments.form.noMunicipalities')}
        />
      )}
    </Fieldset>
  );
}
