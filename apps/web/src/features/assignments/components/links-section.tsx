import { useTranslation } from 'react-i18next';
import { CheckList } from '../../../components/forms/check-list';
import type { SectionProps } from './section-types';

/** Links to other assignments and to provincial, national and EU programmes ("more synergy"). */
export function LinksSection({ draft, change, errors, lookups }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <CheckList
        path="linkedAssignmentIds"
        legend={t('assignments.fields.linkedAssignments')}
        items={lookups.otherAssignments.map((a) => ({ id: a.id, label: `${a.code} ${a.title}` }))}
        selected={draft.linkedAssignmentIds}
        onChange={(ids) => change('linkedAssignmentIds', ids)}
        error={errors.linkedAssignmentIds}
        emptyMessage={t('assignments.form.noOtherAssignments')}
      />
      <CheckList
        path="externalProgrammeIds"
        legend={t('assignments.fields.externalProgrammes')}
        items={lookups.externalProgrammes.map((p) => ({
          id: p.id,
          label: `${p.name} (${t(`assignments.externalLevels.${p.level}`)})`,
        }))}
        selected={draft.externalProgrammeIds}
        onChange={(ids) => change('externalProgrammeIds', ids)}
        error={errors.externalProgrammeIds}
        emptyMessage={t('assignments.form.noExternalProgrammes')}
      />
    </>
  );
}
