import type { ProgrammeTotals as Totals } from '@koers/contracts';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuros, formatNumber } from '../../../lib/format';

function AmountTable({
  caption,
  heading,
  rows,
  total,
}: {
  caption: string;
  heading: string;
  rows: { key: string; label: string; amountCents: number }[];
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <Table className="koers-totals-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{heading}</TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-number">
            {t('workspace.totals.amount')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
            <TableCell className="koers-number">{formatEuros(row.amountCents)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHeaderCell scope="row">{t('workspace.totals.total')}</TableHeaderCell>
          <TableCell className="koers-number">{formatEuros(total)}</TableCell>
        </TableRow>
      </TableFooter>
    </Table>
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
