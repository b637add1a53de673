import { ASSIGNMENT_STATUSES } from '@koers/contracts';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './section-types';
import { SelectField, TextAreaField, TextField } from '../../../components/forms/fields';

/** Theme, code, title, goal, status and priority: what the assignment is. */
export function BasicsSection({ draft, change, errors, lookups }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('assignments.form.basics')}</FieldsetLegend>
      <SelectField
        path="themeId"
        label={t('assignments.fields.theme')}
        required
        value={draft.themeId}
        onChange={(value) => change('themeId', value)}
        error={errors.themeId}
        emptyLabel={t('assignments.form.choose')}
        options={lookups.themes.map((theme) => ({ value: theme.id, label: theme.title }))}
      />
      <TextField
        path="code"
        label={t('assignments.fields.code')}
        description={t('assignments.form.codeHelp')}
        required
        width="short"
        value={draft.code}
        onChange={(value) => change('code', value)}
        error={errors.code}
      />
      <TextField
        path="title"
        label={t('assignments.fields.title')}
        required
        value={draft.title}
        onChange={(value) => change('title', value)}
        error={errors.title}
      />
      <TextAreaField
        path="goal"
        label={t('assignments.fields.goal')}
        description={t('assignments.form.goalHelp')}
        value={draft.goal}
        onChange={(value) => change('goal', value)}
        error={errors.goal}
      />
      <SelectField
        path="status"
        label={t('assignments.fields.status')}
        value={draft.status}
        onChange={(value) => change('status', value as typeof draft.status)}
        error={errors.status}
        options={ASSIGNMENT_STATUSES.map((s) => ({
          value: s,
          label: t(`assignments.statuses.${s}`),
        }))}
      />
      <SelectField
        path="priority"
        label={t('assignments.fields.priority')}
        description={t('assignments.form.priorityHelp')}
        value={draft.priority}
        onChange={(value) => change('priority', value)}
        error={errors.priority}
        options={['1', '2', '3', '4', '5'].map((p) => ({ value: p, label: p }))}
      />
    </Fieldset>
  );
}
