import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { move, newKey, removeAt, replaceAt } from '../form/assignment-draft';
import { fieldId } from '../form/field-errors';
import { TextAreaField, TextField } from '../../../components/forms/fields';
import { ItemActions } from './item-actions';
import { focusSoon, type SectionProps } from './section-types';

/** The results, in the order the bureau wants them read; and the risks with their mitigation. */
export function ResultsSection({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const results = draft.results;
  return (
    <>
      <Fieldset>
        <FieldsetLegend>{t('assignments.fields.results')}</FieldsetLegend>
        {results.length === 0 && <Paragraph>{t('assignments.form.noResults')}</Paragraph>}
        <ol className="koers-item-list">
          {results.map((result, i) => {
            const label = t('assignments.form.resultN', { n: i + 1 });
            return (
              <li key={result.key} className="koers-item">
                <TextField
                  path={`results.${i}`}
                  label={label}
                  value={result.text}
                  error={errors[`results.${i}`]}
                  onChange={(text) => change('results', replaceAt(results, i, { text }))}
                />
                <ItemActions
                  itemLabel={label}
                  index={i}
                  count={results.length}
                  onMove={(delta) => {
                    change('results', move(results, i, delta));
                    focusSoon(fieldId(`results.${i + delta}`));
                  }}
                  onRemove={() => change('results', removeAt(results, i))}
                />
              </li>
            );
          })}
        </ol>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            change('results', [...results, { key: newKey(), text: '' }]);
            focusSoon(fieldId(`results.${results.length}`));
          }}
        >
          {t('assignments.form.addResult')}
        </Button>
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('assignments.fields.risks')}</FieldsetLegend>
        {draft.risks.length === 0 && <Paragraph>{t('assignments.form.noRisks')}</Paragraph>}
        {draft.risks.map((risk, i) => {
          const label = t('assignments.form.riskN', { n: i + 1 });
          return (
            <div key={risk.key} className="koers-item" role="group" aria-label={label}>
              <TextAreaField
                path={`risks.${i}.description`}
                label={`${label}: ${t('assignments.fields.riskDescription')}`}
                value={risk.description}
                error={errors[`risks.${i}.description`]}
                onChange={(v) => change('risks', replaceAt(draft.risks, i, { description: v }))}
              />
              <TextAreaField
                path={`risks.${i}.mitigation`}
                label={`${label}: ${t('assignments.fields.riskMitigation')}`}
                value={risk.mitigation}
                error={errors[`risks.${i}.mitigation`]}
                onChange={(v) => change('risks', replaceAt(draft.risks, i, { mitigation: v }))}
              />
              <ItemActions
                itemLabel={label}
                index={i}
                count={draft.risks.length}
                onRemove={() => change('risks', removeAt(draft.risks, i))}
              />
            </div>
          );
        })}
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            change('risks', [...draft.risks, { key: newKey(), description: '', mitigation: '' }]);
            focusSoon(fieldId(`risks.${draft.risks.length}.description`));
          }}
        >
          {t('assignments.form.addRisk')}
        </Button>
      </Fieldset>
    </>
  );
}
