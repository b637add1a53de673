import type { AssignmentProgressResponse } from '@koers/contracts';
import { isOverBudget, remainingCents } from '@koers/domain';
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/forms/fields';
import { parseEuros } from '../../../lib/euro-input';
import { formatEuros, formatNumber } from '../../../lib/format';
import type { ReportFormState } from '../lib/report-form-state';

interface LineFieldsProps {
  progress: AssignmentProgressResponse;
  state: ReportFormState;
  update: (patch: Partial<ReportFormState>) => void;
  errors: Record<string, string>;
  order: { money: string[]; capacity: string[]; kpiValues: string[] };
}

/** The API path of a line in the lists last sent (its index there), so its errors find it. */
const pathOf = (order: string[], kind: string, id: string) => {
  const index = order.indexOf(id);
  return index >= 0 ? `${kind}.${index}` : `${kind}.${id}`;
};

/** Money per budget line, capacity per capacity line, and a measurement per KPI. */
export function LineFields({ progress, state, update, errors, order }: LineFieldsProps) {
  const { t, i18n } = useTranslation();
  const f = (key: string, options?: Record<string, unknown>) =>
    t(`progressReports.form.${key}`, options);
  return (
    <>
      {progress.budgetLines.length > 0 && (
        <Fieldset>
          <FieldsetLegend>{f('money')}</FieldsetLegend>
          <Paragraph small>{f('moneyHint')}</Paragraph>
          {progress.budgetLines.map((line) => {
            const m = state.money[line.id];
            const path = pathOf(order.money, 'money', line.id);
            const spent = parseEuros(m.spent) ?? 0;
            const set = (patch: Partial<typeof m>) =>
              update({ money: { ...state.money, [line.id]: { ...m, ...patch } } });
            return (
              <div key={line.id} className="koers-report-line">
                <Paragraph>
                  <strong>
                    {line.sourceName} ({line.year}): {formatEuros(line.amountCents)}
                  </strong>
                </Paragraph>
                <TextField
                  path={`${path}.committedCents`}
                  label={`${f('committed')} — ${line.sourceName}`}
                  inputMode="decimal"
                  width="short"
                  value={m.committed}
                  onChange={(committed) => set({ committed })}
                  error={errors[`${path}.committedCents`]}
                />
                <TextField
                  path={`${path}.spentCents`}
                  label={`${f('spent')} — ${line.sourceName}`}
                  inputMode="decimal"
                  width="short"
                  value={m.spent}
                  onChange={(value) => set({ spent: value })}
                  error={errors[`${path}.spentCents`]}
                  description={f('remaining', {
                    amount: formatEuros(remainingCents(line.amountCents, spent)),
                  })}
                />
                {(isOverBudget(line.amountCents, spent) || m.explanation !== '') && (
                  <TextAreaField
                    path={`${path}.explanation`}
                    label={`${f('overspend')} — ${line.sourceName}`}
                    required={isOverBudget(line.amountCents, spent)}
                    value={m.explanation}
                    onChange={(explanation) => set({ explanation })}
                    error={errors[`${path}.explanation`]}
                  />
                )}
              </div>
            );
          })}
        </Fieldset>
      )}
      {progress.capacityLines.length > 0 && (
        <Fieldset>
          <FieldsetLegend>{f('capacity')}</FieldsetLegend>
          {progress.capacityLines.map((line) => {
            const path = pathOf(order.capacity, 'capacity', line.id);
            const inFte = line.fte !== null || line.hours === null;
            const pledged = formatNumber((inFte ? line.fte : line.hours) ?? 0, i18n.language);
            return (
              <TextField
                key={line.id}
                path={`${path}.${inFte ? 'fte' : 'hours'}`}
                label={f(inFte ? 'capacityFte' : 'capacityHours', {
                  supplier: line.supplierName,
                  pledged,
                })}
                inputMode="decimal"
                width="short"
                value={state.capacity[line.id] ?? ''}
                onChange={(value) => update({ capacity: { ...state.capacity, [line.id]: value } })}
                error={errors[`${path}.fte`] ?? errors[`${path}.hours`]}
              />
            );
          })}
        </Fieldset>
      )}
      {progress.kpis.length > 0 && (
        <Fieldset>
          <FieldsetLegend>{f('kpis')}</FieldsetLegend>
          {progress.kpis.map((kpi) => {
            const v = state.kpis[kpi.id];
            const path = pathOf(order.kpiValues, 'kpiValues', kpi.id);
            const set = (patch: Partial<typeof v>) =>
              update({ kpis: { ...state.kpis, [kpi.id]: { ...v, ...patch } } });
            return (
              <div key={kpi.id} className="koers-report-line">
                <TextField
                  path={`${path}.value`}
                  label={f('kpiValue', {
                    name: kpi.name,
                    baseline: kpi.baseline || '—',
                    target: kpi.target || '—',
                  })}
                  value={v.value}
                  onChange={(value) => set({ value })}
                  error={errors[`${path}.value`]}
                />
                <TextField
                  path={`${path}.measuredOn`}
                  label={`${f('kpiDate')} — ${kpi.name}`}
                  type="date"
                  value={v.measuredOn}
                  onChange={(measuredOn) => set({ measuredOn })}
                  error={errors[`${path}.measuredOn`]}
                />
                <TextField
                  path={`${path}.source`}
                  label={`${f('kpiSource')} — ${kpi.name}`}
                  value={v.source}
                  onChange={(source) => set({ source })}
                  error={errors[`${path}.source`]}
                />
              </div>
            );
          })}
        </Fieldset>
      )}
    </>
  );
}
