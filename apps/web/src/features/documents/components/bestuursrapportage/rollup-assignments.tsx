import type { BestuursrapportageResponse } from '@koers/contracts';
import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../../components/figures-table';
import { formatEuros } from '../../../../lib/format';
import { BudgetSpentChart, OverBudgetAmount } from './budget-spent';

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
              <OverBudgetAmount
                key="spent"
                cents={a.spentCents}
                over={a.spentCents > a.budgetCents}
              />,
            ],
          }))}
        />
        <BudgetSpentChart
          caption={caption}
          rows={report.assignments.map((a) => ({ ...a, key: a.id, label: label(a) }))}
        />
      </div>
    </section>
  );
}
