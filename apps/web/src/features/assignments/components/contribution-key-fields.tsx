import type { ContributionKey } from '@koers/contracts';
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/percent-input';
import { errorFor, fieldId } from '../form/field-errors';
import { percentSum, type KeyChoice, type KeyDraft } from '../form/key-draft';
import { keyName } from '../form/key-name';
import { CheckList } from './check-list';
import { SelectField, TextField } from './fields';
import type { SectionProps } from './section-types';

const TYPES: readonly ContributionKey[] = [
  'per_inhabitant',
  'fixed_plus_per_inhabitant',
  'custom_percentages',
];
const PREFIX = 'contributionKey';
const under = (errors: SectionProps['errors'], path: string) =>
  errorFor(errors, ...Object.keys(errors).filter((p) => p === path || p.startsWith(`${path}.`)));

/**
 * The assignment's own cost-sharing key: the programme's, per inhabitant, a fixed part plus per
 * inhabitant, own percentages, or a surcharge for the main beneficiaries with the rest split by
 * one of the others. Percentages are typed as text and read in the draft.
 */
export function ContributionKeyFields({ draft, change, errors, lookups }: SectionProps) {
  const { t, i18n } = useTranslation();
  const key = draft.contributionKey;
  const set = (patch: Partial<KeyDraft>) => change('contributionKey', { ...key, ...patch });
  const type = key.choice === 'surcharge' ? key.restType : key.choice;
  const inherited = lookups.programmeKey ?? { type: lookups.regionDefaultKey };
  const typeOption = (value: ContributionKey) => ({
    value,
    label: t(`assignments.contributionKeys.${value}`),
  });
  const sum = percentSum(key);

  return (
    <Fieldset>
      <FieldsetLegend>{t('assignments.form.keySection')}</FieldsetLegend>
      <SelectField
        path={`${PREFIX}.type`}
        label={t('assignments.fields.contributionKey')}
        value={key.choice}
        error={errorFor(errors, `${PREFIX}.type`, PREFIX)}
        options={[
          {
            value: 'inherit',
            label: t(
              lookups.programmeKey
                ? 'assignments.form.keyOfProgramme'
                : 'assignments.form.keyOfRegion',
              { name: keyName(inherited, lookups.municipalities, t, i18n.language) },
            ),
          },
          ...TYPES.map(typeOption),
          { value: 'surcharge', label: t('assignments.contributionKeys.surcharge') },
        ]}
        onChange={(choice) => set({ choice: choice as KeyChoice })}
      />
      {key.choice === 'surcharge' && (
        <div className="koers-key-part">
          <TextField
            path={`${PREFIX}.surcharge.basisPoints`}
            label={t('assignments.fields.surchargePercent')}
            description={t('assignments.form.surchargeHelp')}
            inputMode="decimal"
            width="short"
            value={key.surchargePercent}
            error={errors[`${PREFIX}.surcharge.basisPoints`]}
            onChange={(surchargePercent) => set({ surchargePercent })}
          />
          <CheckList
            path={`${PREFIX}.surcharge.municipalityIds`}
            legend={t('assignments.fields.surchargeMunicipalities')}
            items={lookups.municipalities.map((m) => ({ id: m.id, label: m.name }))}
            selected={key.surchargeIds}
            onChange={(surchargeIds) => set({ surchargeIds })}
            error={under(errors, `${PREFIX}.surcharge.municipalityIds`)}
            emptyMessage={t('assignments.form.noMunicipalities')}
          />
          <SelectField
            path={`${PREFIX}.restType`}
            label={t('assignments.fields.keyRest')}
            value={key.restType}
            options={TYPES.map(typeOption)}
            onChange={(restType) => set({ restType: restType as ContributionKey })}
          />
        </div>
      )}
      {key.choice !== 'inherit' && type === 'fixed_plus_per_inhabitant' && (
        <TextField
          path={`${PREFIX}.fixedShareBasisPoints`}
          label={t('assignments.fields.fixedSharePercent')}
          inputMode="decimal"
          width="short"
          value={key.fixedPercent}
          error={errors[`${PREFIX}.fixedShareBasisPoints`]}
          onChange={(fixedPercent) => set({ fixedPercent })}
        />
      )}
      {key.choice !== 'inherit' && type === 'custom_percentages' && (
        <Fieldset id={fieldId(`${PREFIX}.basisPointsByMunicipality`)} tabIndex={-1}>
          <FieldsetLegend>{t('assignments.fields.municipalityPercents')}</FieldsetLegend>
          {errors[`${PREFIX}.basisPointsByMunicipality`] && (
            <Paragraph className="koers-error-text">
              {errors[`${PREFIX}.basisPointsByMunicipality`]}
            </Paragraph>
          )}
          <div className="koers-grid">
            {lookups.municipalities.map((m) => (
              <TextField
                key={m.id}
                path={`${PREFIX}.basisPointsByMunicipality.${m.id}`}
                label={t('assignments.form.percentOf', { name: m.name })}
                inputMode="decimal"
                width="short"
                value={key.percents[m.id] ?? ''}
                error={errors[`${PREFIX}.basisPointsByMunicipality.${m.id}`]}
                onChange={(text) => set({ percents: { ...key.percents, [m.id]: text } })}
              />
            ))}
          </div>
          <Paragraph className="koers-sum" aria-live="polite">
            {t(sum === 10_000 ? 'assignments.form.percentSumFull' : 'assignments.form.percentSum', {
              sum: formatPercent(sum, i18n.language),
            })}
          </Paragraph>
        </Fieldset>
      )}
    </Fieldset>
  );
}
