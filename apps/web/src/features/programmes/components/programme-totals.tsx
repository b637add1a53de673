import type { ProgrammeTotals as Totals } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts';
import { FiguresTable } from '../../../components/figures-table';
import { formatEuros, formatNumber } from '../../../lib/format';

function AmountTable({
  caption,
  heading,
  rows,
  total,
  chart = false,
}: {
  caption: string;
  heading: string;
  rows: { key: string; label: string; amountCents: number }[];
  total: number;
  /** Draws the rows as bars under the table. */
  chart?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="koers-totals__part">
      <FiguresTable
        className="koers-totals-table"
        caption={caption}
        columns={[{ header: heading }, { header: t('workspace.totals.amount'), numeric: true }]}
        rows={rows.map((row) => ({
          key: row.key,
          header: row.label,
          cells: [formatEuros(row.amountCents)],
        }))}
        footer={{ header: t('workspace.totals.total'), cells: [formatEuros(total)] }}
      />
      {chart && rows.length > 0 && (
        <BarChart
          title={caption}
          table={caption}
          bars={rows.map((row) => ({
            key: row.key,
            label: row.label,
            value: row.amountCents,
            display: formatEuros(row.amountCents),
          }))}
        />
      )}
    </div>
  );
}

/** The programme's budget by theme, by funding source and by year, and its capacity. */
export function ProgrammeTotals({ totals }: { totals: Totals }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="totals-title" className="koers-section">
      <Heading2 id="totals-title">{t('workspace.totals.title')}</Heading2>
      <Paragraph>
        {t('workspace.totals.summary', {
          count: totals.assignmentCount,
          amount: formatEuros(totals.budgetTotalCents),
          fte: formatNumber(totals.fteTotal, i18n.language),
          hours: formatNumber(totals.hoursTotal, i18n.language),
        })}
      </Paragraph>
      <div className="koers-totals">
        <AmountTable
          chart
          caption={t('workspace.totals.byTheme')}
          heading={t('workspace.totals.theme')}
          total={totals.budgetTotalCents}
          rows={totals.budgetByTheme.map((row) => ({
            key: row.themeId,
            label: row.themeTitle,
            amountCents: row.amountCents,
          }))}
        />
        <AmountTable
          chart
          caption={t('workspace.totals.bySource')}
          heading={t('workspace.totals.source')}
          total={totals.budgetTotalCents}
          rows={totals.budgetByFundingSource.map((row) => ({
            key: row.fundingSource,
            label: t(`workspace.fundingSources.${row.fundingSource}`),
            amountCents: row.amountCents,
          }))}
        />
        <AmountTable
          caption={t('workspace.totals.byYear')}
          heading={t('workspace.totals.year')}
          total={totals.budgetTotalCents}
          rows={totals.budgetByYear.map((row) => ({
            key: String(row.year),
            label: String(row.year),
            amountCents: row.amountCents,
          }))}
        />
      </div>
    </section>
  );
}
