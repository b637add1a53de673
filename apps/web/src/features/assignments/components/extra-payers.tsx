import { PAYER_SPLITS, type MunicipalityResponse, type PayerSplit } from '@koers/contracts';
import {
  Alert,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../lib/format';
import { parseEuros } from '../../../lib/euro-input';
import { errorFor, fieldId, type FieldErrors } from '../form/field-errors';
import { fixedAmounts, type PayersDraft } from '../form/payers-draft';
import { CheckList } from '../../../components/forms/check-list';
import { TextField } from '../../../components/forms/fields';

/**
 * Who pays an extra contribution of some members and how: the region's municipalities to choose
 * from, equal parts, per inhabitant, or fixed amounts with a running sum against the line.
 */
export function ExtraPayers({
  index,
  label,
  line,
  errors,
  municipalities,
  onChange,
}: {
  index: number;
  /** "Begrotingsregel 2", to name every input of this line. */
  label: string;
  line: PayersDraft & { amount: string };
  errors: FieldErrors;
  municipalities: readonly MunicipalityResponse[];
  onChange: (patch: Partial<PayersDraft>) => void;
}) {
  const { t } = useTranslation();
  const path = `budgetLines.${index}`;
  const names = new Map(municipalities.map((m) => [m.id, m.name]));
  // Kept in the region's order: the API's `payers.<n>` paths then find their input.
  const inRegionOrder = (ids: string[]) =>
    municipalities.map((m) => m.id).filter((id) => ids.includes(id));
  const lineCents = parseEuros(line.amount);
  const { sumCents, unreadable } = fixedAmounts(line);
  const splitId = fieldId(`${path}.payerSplit`);

  return (
    <div className="koers-key-part koers-payers">
      {line.needsPayers && line.payerIds.length === 0 && (
        <Alert type="warning">
          <Paragraph>{t('assignments.payers.needsPayers')}</Paragraph>
        </Alert>
      )}
      <CheckList
        path={`${path}.payers`}
        legend={t('assignments.payers.who', { line: label })}
        items={municipalities.map((m) => ({ id: m.id, label: m.name }))}
        selected={line.payerIds}
        onChange={(ids) => onChange({ payerIds: inRegionOrder(ids) })}
        error={errorFor(errors, `${path}.payers`)}
        emptyMessage={t('assignments.form.noMunicipalities')}
      />
      <Fieldset
        role="radiogroup"
        id={splitId}
        invalid={Boolean(errors[`${path}.payerSplit`])}
        aria-describedby={errors[`${path}.payerSplit`] ? `${splitId}-error` : undefined}
      >
        <FieldsetLegend>{t('assignments.payers.how', { line: label })}</FieldsetLegend>
        {errors[`${path}.payerSplit`] && (
          <Paragraph id={`${splitId}-error`} className="koers-error-text">
            {errors[`${path}.payerSplit`]}
          </Paragraph>
        )}
        {PAYER_SPLITS.map((split: PayerSplit) => (
          <FormField type="radio" key={split}>
            <RadioButton
              id={`${splitId}-${split}`}
              name={splitId}
              value={split}
              checked={line.payerSplit === split}
              onChange={() => onChange({ payerSplit: split })}
            />
            <FormLabel htmlFor={`${splitId}-${split}`} type="radio">
              {t(`assignments.payers.splits.${split}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      {line.payerSplit === 'fixed_amounts' && line.payerIds.length > 0 && (
        <>
          <div className="koers-grid">
            {line.payerIds.map((id, j) => (
              <TextField
                key={id}
                path={`${path}.payers.${j}.amountCents`}
                label={t('assignments.payers.amountOf', { line: label, name: names.get(id) ?? id })}
                inputMode="decimal"
                value={line.payerAmounts[id] ?? ''}
                error={errors[`${path}.payers.${j}.amountCents`]}
                onChange={(text) =>
                  onChange({ payerAmounts: { ...line.payerAmounts, [id]: text } })
                }
              />
            ))}
          </div>
          <Paragraph className="koers-sum" aria-live="polite">
            {lineCents === null
              ? t('assignments.payers.sumNoLine', { sum: formatEuros(sumCents) })
              : sumCents === lineCents
                ? t('assignments.payers.sumExact', { sum: formatEuros(sumCents) })
                : t(
                    sumCents < lineCents
                      ? 'assignments.payers.sumShort'
                      : 'assignments.payers.sumOver',
                    {
                      sum: formatEuros(sumCents),
                      line: formatEuros(lineCents),
                      rest: formatEuros(Math.abs(lineCents - sumCents)),
                    },
                  )}
            {unreadable && ` ${t('assignments.payers.sumUnreadable')}`}
          </Paragraph>
        </>
      )}
    </div>
  );
}
