import type { MoneyWarning, MunicipalitySummaryResponse } from '@koers/contracts';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart } from '../../../components/charts';
import { FiguresTable } from '../../../components/figures-table';
import { paths } from '../../../config/paths';
import { formatDate, formatEuros, formatNumber } from '../../../lib/format';

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
      c.population === null
        ? unknown
        : c.populationDate
          ? t('councilMoney.population.withDate', {
              population: formatNumber(c.population, i18n.language),
              date: formatDate(c.populationDate, i18n.language),
            })
          : formatNumber(c.population, i18n.language),
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
  const populationWarning = (summary.warnings ?? []).find(
    (w): w is Extract<MoneyWarning, { code: 'POPULATION_STALE' | 'POPULATION_MISSING' }> =>
      w.code === 'POPULATION_STALE' || w.code === 'POPULATION_MISSING',
  );
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
        {populationWarning && (
          <Alert type="warning">
            <Paragraph>
              {populationWarning.code === 'POPULATION_STALE'
                ? t('councilMoney.population.stale', {
                    name: c.name,
                    used: formatDate(populationWarning.populationDate, i18n.language),
                    date: formatDate(populationWarning.referenceDate, i18n.language),
                  })
                : t('councilMoney.population.missing', {
                    name: c.name,
                    date: formatDate(populationWarning.referenceDate, i18n.language),
                  })}
            </Paragraph>
          </Alert>
        )}
      </section>
      <section aria-labelledby="summary-assignments-title" className="koers-section">
        <Heading2 id="summary-assignments-title">
          {t('councilDecisions.summary.assignmentsTitle')}
        </Heading2>
        {summary.assignments.length === 0 ? (
          <Paragraph>{t('councilDecisions.summary.noAssignments')}</Paragraph>
        ) : (
          <div className="koers-with-chart koers-with-chart--stacked">
            <FiguresTable
              caption={t('councilDecisions.summary.assignmentsCaption')}
              columns={[
                { header: t('councilDecisions.summary.assignment') },
                { header: t('councilDecisions.summary.holder') },
                { header: t('councilDecisions.summary.lead') },
                { header: t('councilDecisions.summary.takesPart') },
                { header: t('councilDecisions.summary.contribution'), numeric: true },
              ]}
              rows={summary.assignments.map((a) => ({
                key: a.id,
                header: (
                  <>
                    <Link to={paths.assignment.url(a.id)}>
                      {a.code} {a.title}
                    </Link>
                    {a.participation === 'opt_in' && ` (${t('councilDecisions.summary.optIn')})`}
                  </>
                ),
                cells: [
                  a.portfolioHolder?.name ?? t('councilDecisions.summary.nobody'),
                  a.lead?.name ?? t('councilDecisions.summary.nobody'),
                  a.takesPart
                    ? t('councilDecisions.summary.yes')
                    : t('councilDecisions.summary.declined'),
                  formatEuros(a.contributionCents),
                ],
              }))}
            />
            <BarChart
              title={t('councilMoney.chart.perAssignment')}
              table={t('councilDecisions.summary.assignmentsCaption')}
              bars={summary.assignments.map((a) => ({
                key: a.id,
                label: `${a.code} ${a.title}`,
                value: a.contributionCents,
                display: formatEuros(a.contributionCents),
              }))}
            />
          </div>
        )}
      </section>
    </>
  );
}
