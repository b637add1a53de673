import { BROAD_PROSPERITY_THEMES } from '@koers/contracts';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { emptyKpi, removeAt, replaceAt, type KpiDraft } from '../form/assignment-draft';
import { fieldId } from '../form/field-errors';
import { SelectField, TextField } from '../../../components/forms/fields';
import { ItemActions } from './item-actions';
import { focusSoon, type SectionProps } from './section-types';

/** KPIs with baseline and target, optionally tied to a CBS broad-prosperity theme. */
export function KpiSection({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const kpis = draft.kpis;
  const set = (i: number, patch: Partial<KpiDraft>) => change('kpis', replaceAt(kpis, i, patch));
  return (
    <Fieldset>
      <FieldsetLegend>{t('assignments.fields.kpis')}</FieldsetLegend>
      {kpis.length === 0 && <Paragraph>{t('assignments.form.noKpis')}</Paragraph>}
      {kpis.map((kpi, i) => {
        const label = t('assignments.form.kpiN', { n: i + 1 });
        const path = (field: string) => `kpis.${i}.${field}`;
        const field = (name: keyof KpiDraft) => `${label}: ${t(`assignments.fields.kpi.${name}`)}`;
        return (
          <div key={kpi.key} className="koers-item koers-grid" role="group" aria-label={label}>
            <TextField
              path={path('name')}
              label={field('name')}
              value={kpi.name}
              error={errors[path('name')]}
              onChange={(name) => set(i, { name })}
            />
            <TextField
              path={path('unit')}
              label={field('unit')}
              value={kpi.unit}
              error={errors[path('unit')]}
              onChange={(unit) => set(i, { unit })}
            />
            <TextField
              path={path('baseline')}
              label={field('baseline')}
              value={kpi.baseline}
              error={errors[path('baseline')]}
              onChange={(baseline) => set(i, { baseline })}
            />
            <TextField
              path={path('target')}
              label={field('target')}
              value={kpi.target}
              error={errors[path('target')]}
              onChange={(target) => set(i, { target })}
            />
            <TextField
              path={path('targetDate')}
              label={field('targetDate')}
              type="date"
              value={kpi.targetDate}
              error={errors[path('targetDate')]}
              onChange={(targetDate) => set(i, { targetDate })}
            />
            <SelectField
              path={path('broadProsperityTheme')}
              label={field('broadProsperityTheme')}
              value={kpi.broadProsperityTheme}
              error={errors[path('broadProsperityTheme')]}
              emptyLabel={t('assignments.form.none')}
              options={BROAD_PROSPERITY_THEMES.map((theme) => ({
                value: theme,
                label: t(`assignments.broadProsperity.${theme}`),
              }))}
              onChange={(value) =>
                set(i, { broadProsperityTheme: value as KpiDraft['broadProsperityTheme'] })
              }
            />
            <ItemActions
              itemLabel={label}
              index={i}
              count={kpis.length}
              onRemove={() => change('kpis', removeAt(kpis, i))}
            />
          </div>
        );
      })}
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          change('kpis', [...kpis, emptyKpi()]);
          focusSoon(fieldId(`kpis.${kpis.length}.name`));
        }}
      >
        {t('assignments.form.addKpi')}
      </Button>
    </Fieldset>
  );
}
