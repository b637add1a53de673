import { RISK_LEVELS } from '@koers/contracts';
import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/forms/fields';
import type { ReportFormState } from '../lib/report-form-state';

interface ListFieldsProps {
  state: ReportFormState;
  update: (patch: Partial<ReportFormState>) => void;
  errors: Record<string, string>;
}

/** The report's own lists: milestones and risks, each added and removed by the writer. */
export function ListFields({ state, update, errors }: ListFieldsProps) {
  const { t } = useTranslation();
  const f = (key: string, options?: Record<string, unknown>) =>
    t(`progressReports.form.${key}`, options);
  const levels = RISK_LEVELS.map((l) => ({ value: l, label: t(`progressReports.levels.${l}`) }));
  const setMilestone = (i: number, patch: Partial<ReportFormState['milestones'][number]>) =>
    update({ milestones: state.milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const setRisk = (i: number, patch: Partial<ReportFormState['risks'][number]>) =>
    update({ risks: state.risks.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <>
      <Fieldset>
        <FieldsetLegend>{f('milestones')}</FieldsetLegend>
        {state.milestones.map((m, i) => (
          <div key={i} className="koers-report-line">
            <TextField
              path={`milestones.${i}.title`}
              label={`${f('milestoneTitle')} ${i + 1}`}
              value={m.title}
              onChange={(title) => setMilestone(i, { title })}
              error={errors[`milestones.${i}.title`]}
            />
            <TextField
              path={`milestones.${i}.plannedOn`}
              label={`${f('plannedOn')} (${i + 1})`}
              type="date"
              value={m.plannedOn}
              onChange={(plannedOn) => setMilestone(i, { plannedOn })}
              error={errors[`milestones.${i}.plannedOn`]}
            />
            <TextField
              path={`milestones.${i}.doneOn`}
              label={`${f('doneOn')} (${i + 1})`}
              type="date"
              value={m.doneOn}
              onChange={(doneOn) => setMilestone(i, { doneOn })}
              error={errors[`milestones.${i}.doneOn`]}
            />
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => update({ milestones: state.milestones.filter((_, j) => j !== i) })}
            >
              {f('removeMilestone', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() =>
            update({ milestones: [...state.milestones, { title: '', plannedOn: '', doneOn: '' }] })
          }
        >
          {f('addMilestone')}
        </Button>
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{f('risks')}</FieldsetLegend>
        {state.risks.map((r, i) => (
          <div key={i} className="koers-report-line">
            <TextAreaField
              path={`risks.${i}.description`}
              label={`${f('riskDescription')} ${i + 1}`}
              value={r.description}
              onChange={(description) => setRisk(i, { description })}
              error={errors[`risks.${i}.description`]}
            />
            <SelectField
              path={`risks.${i}.likelihood`}
              label={`${f('likelihood')} (${i + 1})`}
              value={r.likelihood}
              options={levels}
              onChange={(value) => setRisk(i, { likelihood: value as typeof r.likelihood })}
            />
            <SelectField
              path={`risks.${i}.impact`}
              label={`${f('impact')} (${i + 1})`}
              value={r.impact}
              options={levels}
              onChange={(value) => setRisk(i, { impact: value as typeof r.impact })}
            />
            <TextAreaField
              path={`risks.${i}.measure`}
              label={`${f('measure')} (${i + 1})`}
              value={r.measure}
              onChange={(measure) => setRisk(i, { measure })}
            />
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => update({ risks: state.risks.filter((_, j) => j !== i) })}
            >
              {f('removeRisk', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() =>
            update({
              risks: [
                ...state.risks,
                { description: '', likelihood: 'medium', impact: 'medium', measure: '' },
              ],
            })
          }
        >
          {f('addRisk')}
        </Button>
      </Fieldset>
    </>
  );
}
