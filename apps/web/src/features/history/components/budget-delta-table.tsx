import type { BudgetDelta } from '@koers/contracts';
import {
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
import { formatDelta } from '../lib/format-change';

/** Budget per funding source in both versions, with the difference and the total. */
export function BudgetDeltaTable({ budget, caption }: { budget: BudgetDelta; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('history.diff.source')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-number">
            {t('history.diff.old')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-number">
            {t('history.diff.new')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-number">
            {t('history.diff.delta')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {budget.bySource.map((line) => (
          <TableRow key={line.fundingSource}>
            <TableHeaderCell scope="row">
              {t(`history.fundingSources.${line.fundingSource}`)}
            </TableHeaderCell>
            <TableCell className="koers-number">{formatEuros(line.oldCents)}</TableCell>
            <TableCell className="koers-number">{formatEuros(line.newCents)}</TableCell>
            <TableCell className="koers-number">{formatDelta(line.deltaCents)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHeaderCell scope="row">{t('history.diff.total')}</TableHeaderCell>
          <TableCell className="koers-number">{formatEuros(budget.oldTotalCents)}</TableCell>
          <TableCell className="koers-number">{formatEuros(budget.newTotalCents)}</TableCell>
          <TableCell className="koers-number">{formatDelta(budget.deltaCents)}</TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}
