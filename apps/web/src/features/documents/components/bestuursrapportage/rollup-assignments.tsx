import type { BestuursrapportageResponse } from '@koers/contracts';
import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { GroupedBarChart } from '../../../../components/charts';
import { FiguresTable } from '../../../../components/figures-table';
import { formatEuros } from '../../../../lib/format';

/** Each assignment with the status of its accepted report and its spend against its budget. */
export function RollupAssignments({ report }: { report: BestuursrapportageResponse }) {
  const { t } = useTranslation();
  const caption = t('bestuursrapportage.assignmentsTable');
  const label = (a: { code: string; title: string }) => `${a.code} ${a.title}`;
  return (
    <section aria-labelledby="rollup-assignments-title" className="koers-section">
      <Heading2 id="rollup-assignments-title">{t('bestuursrapportage.assignmentsTitle')}</Heading2>
      <div className="koers-with-chart koers-with-chart--stacked">
        <FiguresTable
          caption={caption}
          columns={[
            { header: t('bestuursrapportage.assignment') },
            { header: t('bestuursrapportage.theme') },
            { header: t('bestuursrapportage.status') },
            { header: t('bestuursrapportage.budget'), numeric: true },
            { header: t('bestuursrapportage.spent'), numeric: true },
          ]}
          rows={report.assignments.map((a) => ({
            key: a.id,
            header: label(a),
            cells: [
              a.themeTitle,
              t(`bestuursrapportage.statuses.${a.status}`),
              formatEuros(a.budgetCents),
              a.spentCents > a.budgetCents ? (
                <span key="spent" className="koers-over-budget">
                  {formatEuros(a.spentCents)} ({t('bestuursrapportage.over')})
                </span>
              ) : (
                formatEuros(a.spentCents)
              ),
            ],
          }))}
        />
        <GroupedBarChart
          title={caption}
          table={caption}
          series={[
            { key: 'budget', label: t('bestuursrapportage.budget') },
            { key: 'spent', label: t('bestuursrapportage.spent') },
          ]}
          groups={report.assignments.map((a) => ({
            key: a.id,
            label: label(a),
            values: [
              { value: a.budgetCents, display: formatEuros(a.budgetCents) },
              { value: a.spentCents, display: formatEuros(a.spentCents) },
            ],
          }))}
        />
      </div>
    </section>
  );
}
