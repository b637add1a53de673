import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { newKey, removeAt, replaceAt } from '../form/assignment-draft';
import type { FieldErrors } from '../form/field-errors';
import type { CommitmentDraft } from '../form/steering-group-draft';
import { SelectField, TextField } from '../../../components/forms/fields';
import { ItemActions } from './item-actions';

/** What the organisations in the steering group commit: money, people, or both. */
export function SteeringGroupCommitments({
  commitments,
  errors,
  organisations,
  onChange,
}: {
  commitments: CommitmentDraft[];
  errors: FieldErrors;
  organisations: { value: string; label: string }[];
  onChange: (commitments: CommitmentDraft[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('assignments.fields.commitments')}</FieldsetLegend>
      {commitments.length === 0 && <Paragraph>{t('assignments.steering.noCommitments')}</Paragraph>}
      {commitments.map((c, i) => {
        const label = t('assignments.steering.commitmentN', { n: i + 1 });
        const path = (f: string) => `commitments.${i}.${f}`;
        const set = (patch: Partial<CommitmentDraft>) => onChange(replaceAt(commitments, i, patch));
        return (
          <div key={c.key} className="koers-item koers-grid" role="group" aria-label={label}>
            <SelectField
              path={path('organisationId')}
              label={`${label}: ${t('assignments.fields.organisation')}`}
              value={c.organisationId}
              error={errors[path('organisationId')]}
              emptyLabel={t('assignments.form.choose')}
              options={organisations}
              onChange={(organisationId) => set({ organisationId })}
            />
            <TextField
              path={path('description')}
              label={`${label}: ${t('assignments.steering.description')}`}
              value={c.description}
              error={errors[path('description')]}
              onChange={(description) => set({ description })}
            />
            <TextField
              path={path('amountCents')}
              label={`${label}: ${t('assignments.fields.amount')}`}
              inputMode="decimal"
              value={c.amount}
              error={errors[path('amountCents')]}
              onChange={(amount) => set({ amount })}
            />
            <TextField
              path={path('fte')}
              label={`${label}: ${t('assignments.form.fte')}`}
              inputMode="decimal"
              width="short"
              value={c.fte}
              error={errors[path('fte')]}
              onChange={(fte) => set({ fte })}
            />
            <ItemActions
              itemLabel={label}
              index={i}
              count={commitments.length}
              onRemove={() => onChange(removeAt(commitments, i))}
            />
          </div>
        );
      })}
      <Button
        appearance="secondary-action-button"
        onClick={() =>
          onChange([
            ...commitments,
            { key: newKey(), organisationId: '', description: '', amount: '', fte: '' },
          ])
        }
      >
        {t('assignments.steering.addCommitment')}
      </Button>
    </Fieldset>
  );
}
