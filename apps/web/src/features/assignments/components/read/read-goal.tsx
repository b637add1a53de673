import type { AssignmentResponse } from '@koers/contracts';
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../../components/figures-table';
import { formatDate } from '../../../../lib/format';

/** What we want to achieve, what we will do, what could go wrong, and how we measure it. */
export function ReadGoal({ assignment }: { assignment: AssignmentResponse }) {
  const { t, i18n } = useTranslation();
  const withUnit = (value: string, unit: string) =>
    unit ? t('assignmentRead.withUnit', { value, unit }) : value;
  return (
    <>
      <section aria-labelledby="read-goal" className="koers-section">
        <Heading2 id="read-goal">{t('assignmentRead.goalTitle')}</Heading2>
        <Heading3>{t('assignmentRead.goal')}</Heading3>
        <Paragraph>{assignment.goal || t('assignmentRead.noGoal')}</Paragraph>
        <Heading3>{t('assignmentRead.results')}</Heading3>
        {assignment.results.length === 0 ? (
          <Paragraph>{t('assignmentRead.noResults')}</Paragraph>
        ) : (
          <UnorderedList>
            {assignment.results.map((result, i) => (
              <UnorderedListItem key={i}>{result}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <Heading3>{t('assignmentRead.risks')}</Heading3>
        {assignment.risks.length === 0 ? (
          <Paragraph>{t('assignmentRead.noRisks')}</Paragraph>
        ) : (
          <UnorderedList>
            {assignment.risks.map((risk, i) => (
              <UnorderedListItem key={i}>
                {risk.description}
                {risk.mitigation && (
                  <> {t('assignmentRead.mitigation', { mitigation: risk.mitigation })}</>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <section aria-labelledby="read-kpis" className="koers-section">
        <Heading2 id="read-kpis">{t('assignmentRead.kpisTitle')}</Heading2>
        {assignment.kpis.length === 0 ? (
          <Paragraph>{t('assignmentRead.noKpis')}</Paragraph>
        ) : (
          <FiguresTable
            caption={t('assignmentRead.kpisCaption')}
            columns={[
              { header: t('assignmentRead.kpi.name') },
              { header: t('assignmentRead.kpi.baseline') },
              { header: t('assignmentRead.kpi.target') },
              { header: t('assignmentRead.kpi.theme') },
            ]}
            rows={assignment.kpis.map((kpi, i) => ({
              key: String(i),
              header: kpi.name,
              cells: [
                withUnit(kpi.baseline, kpi.unit),
                kpi.targetDate
                  ? t('assignmentRead.targetBy', {
                      target: withUnit(kpi.target, kpi.unit),
                      date: formatDate(kpi.targetDate, i18n.language),
                    })
                  : withUnit(kpi.target, kpi.unit),
                kpi.broadProsperityTheme
                  ? t(`assignments.broadProsperity.${kpi.broadProsperityTheme}`)
                  : t('assignmentRead.noTheme'),
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}
