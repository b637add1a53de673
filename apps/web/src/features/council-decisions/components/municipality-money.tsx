import type { MunicipalitySummaryResponse } from '@koers/contracts';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuros, formatNumber } from '../../../lib/format';

/** What the municipality pays: in total, per inhabitant, against last year, and per assignment. */
export function MunicipalityMoney({ summary }: { summary: MunicipalitySummaryResponse }) {
  const { t, i18n } = useTranslation();
  const c = summary.contribution;
  const unknown = t('councilDecisions.summary.unknown');
  const signed = (cents: number) => (cents > 0 ? `+ ${formatEuros(cents)}` : formatEuros(cents));
  const rows: [string, string][] = [
    [t('councilDecisions.summary.total', { year: summary.year }), formatEuros(c.totalCents)],
    [
      t('councilDecisions.summary.population'),
      c.population === null ? unknown : formatNumber(c.population, i18n.language),
    ],
    [
      t('councilDecisions.summary.perInhabitant'),
      // Fractional cents per inhabitant, shown to the cent.
      c.perInhabitantCents === null ? unknown : formatEuros(Math.round(c.perInhabitantCents)),
    ],
    [
      t('councilDecisions.summary.previousYear'),
      c.previousYearTotalCents === null
        ? t('councilDecisions.summary.noPreviousYear')
        : formatEuros(c.previousYearTotalCents),
    ],
  ];
  if (c.differenceCents !== null) {
    rows.push([t('councilDecisions.summary.difference'), signed(c.differenceCents)]);
  }

  return (
    <>
      <section aria-labelledby="summary-money-title" className="koers-section">
        <Heading2 id="summary-money-title">{t('councilDecisions.summary.moneyTitle')}</Heading2>
        <dl className="koers-facts">
          {rows.map(([term, value]) => (
            <div key={term} className="koers-facts__row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="summary-assignments-title" className="koers-section">
        <Heading2 id="summary-assignments-title">
          {t('councilDecisions.summary.assignmentsTitle')}
        </Heading2>
        {summary.assignments.length === 0 ? (
          <Paragraph>{t('councilDecisions.summary.noAssignments')}</Paragraph>
        ) : (
          <Table>
            <TableCaption>{t('councilDecisions.summary.assignmentsCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">
                  {t('councilDecisions.summary.assignment')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('councilDecisions.summary.holder')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('councilDecisions.summary.lead')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('councilDecisions.summary.takesPart')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="koers-number">
                  {t('councilDecisions.summary.contribution')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.assignments.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">
                    {a.code} {a.title}
                    {a.participation === 'opt_in' && ` (${t('councilDecisions.summary.optIn')})`}
                  </TableHeaderCell>
                  <TableCell>
                    {a.portfolioHolder?.name ?? t('councilDecisions.summary.nobody')}
                  </TableCell>
                  <TableCell>{a.lead?.name ?? t('councilDecisions.summary.nobody')}</TableCell>
                  <TableCell>
                    {a.takesPart
                      ? t('councilDecisions.summary.yes')
                      : t('councilDecisions.summary.declined')}
                  </TableCell>
                  <TableCell className="koers-number">{formatEuros(a.contributionCents)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </>
  );
}
