import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { newKey, removeAt, replaceAt, type MandateDraft } from '../form/assignment-draft';
import { fieldId } from '../form/field-errors';
import { TextAreaField, TextField } from '../../../components/forms/fields';
import { ItemActions } from './item-actions';
import { focusSoon, type SectionProps } from './section-types';

/** What the portfolio holder and steering group may decide without going back. */
export function MandateSection({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const mandate = draft.mandate;
  const set = (patch: Partial<MandateDraft>) => change('mandate', { ...mandate, ...patch });
  const dates = mandate.reportBackDates;

  return (
    <Fieldset>
      <FieldsetLegend>{t('assignments.fields.mandate')}</FieldsetLegend>
      <Paragraph>{t('assignments.form.mandateHelp')}</Paragraph>
      <TextAreaField
        path="mandate.scope"
        label={t('assignments.fields.mandateScope')}
        value={mandate.scope}
        error={errors['mandate.scope']}
        onChange={(scope) => set({ scope })}
      />
      <TextField
        path="mandate.budgetCeilingCents"
        label={t('assignments.fields.budgetCeiling')}
        description={t('assignments.form.euroHelp')}
        inputMode="decimal"
        value={mandate.budgetCeiling}
        error={errors['mandate.budgetCeilingCents']}
        onChange={(budgetCeiling) => set({ budgetCeiling })}
      />
      <div className="koers-grid">
        <TextField
          path="mandate.validFrom"
          label={t('assignments.fields.validFrom')}
          type="date"
          value={mandate.validFrom}
          error={errors['mandate.validFrom']}
          onChange={(validFrom) => set({ validFrom })}
        />
        <TextField
          path="mandate.validUntil"
          label={t('assignments.fields.validUntil')}
          type="date"
          value={mandate.validUntil}
          error={errors['mandate.validUntil']}
          onChange={(validUntil) => set({ validUntil })}
        />
      </div>
      <Fieldset>
        <FieldsetLegend>{t('assignments.fields.reportBackDates')}</FieldsetLegend>
        {errors['mandate.reportBackDates'] && (
          <Paragraph className="koers-error-text">{errors['mandate.reportBackDates']}</Paragraph>
        )}
        {dates.map((entry, i) => {
          const label = t('assignments.form.reportBackN', { n: i + 1 });
          return (
            <div key={entry.key} className="koers-item koers-grid">
              <TextField
                path={`mandate.reportBackDates.${i}`}
                label={label}
                type="date"
                value={entry.date}
                error={errors[`mandate.reportBackDates.${i}`]}
                onChange={(date) => set({ reportBackDates: replaceAt(dates, i, { date }) })}
              />
              <ItemActions
                itemLabel={label}
                index={i}
                count={dates.length}
                onRemove={() => set({ reportBackDates: removeAt(dates, i) })}
              />
            </div>
          );
        })}
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            set({ reportBackDates: [...dates, { key: newKey(), date: '' }] });
            focusSoon(fieldId(`mandate.reportBackDates.${dates.length}`));
          }}
        >
          {t('assignments.form.addReportBack')}
        </Button>
      </Fieldset>
      <TextAreaField
        path="mandate.escalation"
        label={t('assignments.fields.escalation')}
        value={mandate.escalation}
        error={errors['mandate.escalation']}
        onChange={(escalation) => set({ escalation })}
      />
    </Fieldset>
  );
}
