import type { ContributionKeyType } from '@koers/contracts';
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/field-errors';
import { formatPercent } from '../../lib/percent-input';
import { CheckList } from '../forms/check-list';
import { useFieldId } from '../forms/field-id';
import { SelectField, TextField } from '../forms/fields';
import { percentSum, type KeyChoice, type KeyDraft } from './key-draft';

const TYPES: readonly ContributionKeyType[] = [
  'per_inhabitant',
  'fixed_plus_per_inhabitant',
  'custom_percentages',
];
const PREFIX = 'contributionKey';
/** Every message on a path or below it, as one (an error on one id belongs to the list). */
const under = (errors: FieldErrors, path: string) =>
  Object.entries(errors)
    .filter(([p]) => p === path || p.startsWith(`${path}.`))
    .map(([, message]) => message)
    .join('; ') || undefined;

export interface ContributionKeyFieldsProps {
  value: KeyDraft;
  onChange: (value: KeyDraft) => void;
  errors: FieldErrors;
  municipalities: readonly { id: string; name: string }[];
  legend: string;
  /** The choice of having no own key, in words (the programme's or the region's key, named). */
  inheritLabel: string;
}

/**
 * An own cost-sharing key (of an assignment, or a programme's default): the inherited one, per inhabitant, a fixed part plus per
 * inhabitant, own percentages, or a surcharge for the main beneficiaries with the rest split by
 * one of the others. Percentages are typed as text and read in the draft.
 */
export function ContributionKeyFields(props: ContributionKeyFieldsProps) {
  const { errors, municipalities } = props;
  const { t, i18n } = useTranslation();
  const fieldId = useFieldId();
  const key = props.value;
  const set = (patch: Partial<KeyDraft>) => props.onChange({ ...key, ...patch });
  const type = key.choice === 'surcharge' ? key.restType : key.choice;
  const typeOption = (value: ContributionKeyType) => ({
    value,
    label: t(`assignments.contributionKeys.${value}`),
  });
  const sum = percentSum(key);

  return (
    <Fieldset>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      <SelectField
        path={`${PREFIX}.type`}
        label={t('assignments.fields.contributionKey')}
        value={key.choice}
        error={[errors[`${PREFIX}.type`], errors[PREFIX]].filter(Boolean).join('; ') || undefined}
        options={[
          { value: 'inherit', label: props.inheritLabel },
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
            items={municipalities.map((m) => ({ id: m.id, label: m.name }))}
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
            onChange={(restType) => set({ restType: restType as ContributionKeyType })}
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
            {municipalities.map((m) => (
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
