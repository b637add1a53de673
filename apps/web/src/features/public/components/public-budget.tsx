import type { ProgrammeTotals } from '@koers/contracts';
import {
  Heading2,
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
import { formatEuros } from '../../../lib/format';

/** The programme's budget by funding source, with the total. */
export function PublicBudget({ totals }: { totals: ProgrammeTotals }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="public-budget" className="koers-section">
      <Heading2 id="public-budget">{t('publicProgramme.totals.title')}</Heading2>
      <Table>
        <TableCaption>{t('publicProgramme.totals.bySource')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('publicProgramme.totals.source')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="koers-number">
              {t('publicProgramme.totals.amount')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {totals.budgetByFundingSource.map((line) => (
            <TableRow key={line.fundingSource}>
              <TableHeaderCell scope="row">
                {t(`publicProgramme.fundingSources.${line.fundingSource}`)}
              </TableHeaderCell>
              <TableCell className="koers-number">{formatEuros(line.amountCents)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">{t('publicProgramme.totals.total')}</TableHeaderCell>
            <TableCell className="koers-number">{formatEuros(totals.budgetTotalCents)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </section>
  );
}
