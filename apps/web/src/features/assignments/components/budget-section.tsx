import { FUNDING_SOURCES, type FundingSource } from '@koers/contracts';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../lib/format';
import { parseEuros } from '../../../lib/euro-input';
import {
  emptyBudgetLine,
  removeAt,
  replaceAt,
  type BudgetLineDraft,
} from '../form/assignment-draft';
import { fieldId } from '../form/field-errors';
import { SelectField, TextField } from '../../../components/forms/fields';
import { EXTRA } from '../form/payers-draft';
import { ExtraPayers } from './extra-payers';
import { ItemActions } from './item-actions';
import { focusSoon, type SectionProps } from './section-types';

/** Budget lines per funding source and year; amounts typed in euros, kept as cents. */
export function BudgetSection({ draft, change, errors, lookups }: SectionProps) {
  const { t } = useTranslation();
  const lines = draft.budgetLines;
  const set = (i: number, patch: Partial<BudgetLineDraft>) =>
    change('budgetLines', replaceAt(lines, i, patch));
  const amounts = lines.map((line) => parseEuros(line.amount));
  const total = amounts.reduce<number>((sum, cents) => sum + (cents ?? 0), 0);

  return (
    <Fieldset>
      <FieldsetLegend>{t('assignments.fields.budgetLines')}</FieldsetLegend>
      {lines.length === 0 && <Paragraph>{t('assignments.form.noBudgetLines')}</Paragraph>}
      {lines.map((line, i) => {
        const label = t('assignments.form.budgetLineN', { n: i + 1 });
        const path = (field: string) => `budgetLines.${i}.${field}`;
        return (
          <div key={line.key} className="koers-item koers-grid" role="group" aria-label={label}>
            <SelectField
              path={path('fundingSource')}
              label={`${label}: ${t('assignments.fields.fundingSource')}`}
              value={line.fundingSource}
              error={errors[path('fundingSource')]}
              options={FUNDING_SOURCES.map((source) => ({
                value: source,
                label: t(`assignments.fundingSources.${source}`),
              }))}
              onChange={(value) => set(i, { fundingSource: value as FundingSource })}
            />
            <TextField
              path={path('sourceName')}
              label={`${label}: ${t('assignments.fields.sourceName')}`}
              value={line.sourceName}
              error={errors[path('sourceName')]}
              onChange={(sourceName) => set(i, { sourceName })}
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
            <TextField
              path={path('amountCents')}
              label={`${label}: ${t('assignments.fields.amount')}`}
              description={t('assignments.form.euroHelp')}
              inputMode="decimal"
              value={line.amount}
              error={errors[path('amountCents')]}
              onChange={(amount) => set(i, { amount })}
            />
            {line.fundingSource === EXTRA && (
              <ExtraPayers
                index={i}
                label={label}
                line={line}
                errors={errors}
                municipalities={lookups.municipalities}
                onChange={(patch) => set(i, patch)}
              />
            )}
            <ItemActions
              itemLabel={label}
              index={i}
              count={lines.length}
              onRemove={() => change('budgetLines', removeAt(lines, i))}
            />
          </div>
        );
      })}
      <Paragraph className="koers-sum" aria-live="polite">
        {t('assignments.form.budgetTotal', { amount: formatEuros(total) })}
        {amounts.some((a, i) => a === null && lines[i].amount.trim() !== '') &&
          ` ${t('assignments.form.budgetTotalUnreadable')}`}
      </Paragraph>
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          change('budgetLines', [...lines, emptyBudgetLine(lookups.programmeYear)]);
          focusSoon(fieldId(`budgetLines.${lines.length}.fundingSource`));
        }}
      >
        {t('assignments.form.addBudgetLine')}
      </Button>
    </Fieldset>
  );
}
