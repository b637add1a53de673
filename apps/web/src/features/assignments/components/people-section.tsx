import type { ContributionKeySpec } from '@koers/contracts';
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../form/field-errors';
import { CheckList } from './check-list';
import { SelectField, TextField } from './fields';
import type { SectionProps } from './section-types';

type KeyChoice = 'programme' | 'per_inhabitant' | 'fixed_plus_per_inhabitant' | 'kept';

function keyChoice(key: ContributionKeySpec | null): KeyChoice {
  if (key === null) return 'programme';
  if (key.type === 'custom_percentages' || key.surcharge) return 'kept';
  return key.type;
}

/** Portfolio holder, lead, who takes part, and (rarely) an own cost-sharing key. */
export function PeopleSection({ draft, change, errors, lookups }: SectionProps) {
  const { t } = useTranslation();
  const people = lookups.people.map((p) => ({
    value: p.id,
    label: p.function ? `${p.name} (${p.function})` : p.name,
  }));
  const choice = keyChoice(draft.contributionKey);
  const fixedPercent = String((draft.contributionKey?.fixedShareBasisPoints ?? 5_000) / 100);

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
      <SelectField
        path="contributionKey.type"
        label={t('assignments.fields.contributionKey')}
        value={choice}
        error={errors['contributionKey.type'] ?? errors.contributionKey}
        options={[
          { value: 'programme', label: t('assignments.form.keyOfProgramme') },
          { value: 'per_inhabitant', label: t('assignments.contributionKeys.per_inhabitant') },
          {
            value: 'fixed_plus_per_inhabitant',
            label: t('assignments.contributionKeys.fixed_plus_per_inhabitant'),
          },
          ...(choice === 'kept' ? [{ value: 'kept', label: t('assignments.form.keyKept') }] : []),
        ]}
        onChange={(value) => {
          if (value === 'kept') return;
          change(
            'contributionKey',
            value === 'programme'
              ? null
              : value === 'fixed_plus_per_inhabitant'
                ? { type: value, fixedShareBasisPoints: 5_000 }
                : { type: 'per_inhabitant' },
          );
        }}
      />
      {choice === 'fixed_plus_per_inhabitant' && (
        <TextField
          path="contributionKey.fixedShareBasisPoints"
          label={t('assignments.fields.fixedSharePercent')}
          inputMode="numeric"
          width="short"
          value={fixedPercent}
          error={errors['contributionKey.fixedShareBasisPoints']}
          onChange={(text) => {
            const percent = Number(text.replace(',', '.'));
            if (Number.isFinite(percent) && percent >= 0 && percent <= 100) {
              change('contributionKey', {
                type: 'fixed_plus_per_inhabitant',
                fixedShareBasisPoints: Math.round(percent * 100),
              });
            }
          }}
        />
      )}
    </Fieldset>
  );
}
