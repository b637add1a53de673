import type { BestuursrapportageResponse } from '@koers/contracts';
import type { SpendFigures } from '@koers/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../../components/figures-table';
import { formatEuros } from '../../../../lib/format';
import { BudgetSpentChart, OverBudgetAmount } from './budget-spent';

interface SpendRow extends SpendFigures {
  key: string;
  label: string;
}

function SpendTable({
  caption,
  heading,
  rows,
  total,
}: {
  caption: string;
  heading: string;
  rows: SpendRow[];
  total: SpendFigures;
}) {
  const { t } = useTranslation();
  const cells = (r: SpendFigures) => [
    formatEuros(r.budgetCents),
    formatEuros(r.spentCents),
    <OverBudgetAmount key="remaining" cents={r.remainingCents} over={r.overBudget} />,
  ];
  return (
    <div className="koers-with-chart">
      <FiguresTable
        caption={caption}
        columns={[
          { header: heading },
          { header: t('bestuursrapportage.budget'), numeric: true },
          { header: t('bestuursrapportage.spent'), numeric: true },
          { header: t('bestuursrapportage.remaining'), numeric: true },
        ]}
        rows={rows.map((r) => ({ key: r.key, header: r.label, cells: cells(r) }))}
        footer={{ header: t('bestuursrapportage.total'), cells: cells(total) }}
      />
      <BudgetSpentChart caption={caption} rows={rows} />
    </div>
  );
}

/** Spend against budget per theme and per funding source, with the lines over budget. */
export function RollupSpend({ report }: { report: BestuursrapportageResponse }) {
  const { t } = useTranslation();
  const source = (s: string) => t(`bestuursrapportage.sources.${s}`, { defaultValue: s });
  return (
    <section aria-labelledby="rollup-spend-title" className="koers-section">
      <Heading2 id="rollup-spend-title">{t('bestuursrapportage.spendTitle')}</Heading2>
      <Paragraph>
        {t('bestuursrapportage.spendSummary', {
          budget: formatEuros(report.total.budgetCents),
          committed: formatEuros(report.total.committedCents),
          spent: formatEuros(report.total.spentCents),
          remaining: formatEuros(report.total.remainingCents),
        })}
      </Paragraph>
      <SpendTable
        caption={t('bestuursrapportage.spendByTheme')}
        heading={t('bestuursrapportage.theme')}
        rows={report.byTheme.map((r) => ({ ...r, key: r.themeId, label: r.themeTitle }))}
        total={report.total}
      />
      <SpendTable
        caption={t('bestuursrapportage.spendBySource')}
        heading={t('bestuursrapportage.source')}
        rows={report.bySource.map((r) => ({ ...r, key: r.source, label: source(r.source) }))}
        total={report.total}
      />
      {report.overspentLines.length > 0 && (
        <div className="koers-with-chart">
          <FiguresTable
            caption={t('bestuursrapportage.overspent')}
            columns={[
              { header: t('bestuursrapportage.assignment') },
              { header: t('bestuursrapportage.source') },
              { header: t('bestuursrapportage.budget'), numeric: true },
              { header: t('bestuursrapportage.spent'), numeric: true },
            ]}
            rows={report.overspentLines.map((l) => ({
              key: `${l.assignmentId}-${l.source}`,
              header: `${l.code} ${l.title}`,
              cells: [
                source(l.source),
                formatEuros(l.budgetCents),
                <span key="spent" className="koers-over-budget">
                  {formatEuros(l.spentCents)}
                </span>,
              ],
            }))}
          />
          <BudgetSpentChart
            caption={t('bestuursrapportage.overspent')}
            rows={report.overspentLines.map((l) => ({
              ...l,
              key: `${l.assignmentId}-${l.source}`,
              label: `${l.code} ${source(l.source)}`,
            }))}
          />
        </div>
      )}
    </section>
  );
}
