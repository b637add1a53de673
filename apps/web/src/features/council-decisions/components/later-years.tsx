import type { MunicipalityContribution } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts';
import { FiguresTable } from '../../../components/figures-table';
import { formatEuros } from '../../../lib/format';

/**
 * What later years of this programme's assignments will ask of the municipality, per year and
 * per assignment, labelled as such: never part of this year's total.
 */
export function LaterYears({
  year,
  contribution,
  titles,
}: {
  year: number;
  contribution: Pick<MunicipalityContribution, 'laterYears'>;
  /** Assignment titles by id, to name the rows. */
  titles: Record<string, string>;
}) {
  const { t } = useTranslation();
  const later = contribution.laterYears ?? [];
  if (later.length === 0) return null;
  const assignments = new Map<string, string>();
  for (const y of later) for (const a of y.byAssignment) assignments.set(a.assignmentId, a.code);
  const amount = (y: (typeof later)[number], id: string) =>
    y.byAssignment.find((a) => a.assignmentId === id)?.amountCents;

  return (
    <section aria-labelledby="later-years-title" className="koers-section">
      <Heading2 id="later-years-title">{t('councilMoney.later.title')}</Heading2>
      <Paragraph>{t('councilMoney.later.intro', { year })}</Paragraph>
      <div className="koers-with-chart">
        <FiguresTable
          caption={t('councilMoney.later.caption', { year })}
          columns={[
            { header: t('councilMoney.later.assignment') },
            ...later.map((y) => ({
              header: t('councilMoney.later.year', { year: y.year }),
              numeric: true,
            })),
          ]}
          rows={[...assignments].map(([id, code]) => ({
            key: id,
            header: `${code} ${titles[id] ?? ''}`.trim(),
            cells: later.map((y) => {
              const cents = amount(y, id);
              return cents === undefined ? '—' : formatEuros(cents);
            }),
          }))}
          footer={{
            header: t('councilMoney.later.total'),
            cells: later.map((y) => formatEuros(y.totalCents)),
          }}
        />
        <BarChart
          title={t('councilMoney.chart.perYear')}
          table={t('councilMoney.later.caption', { year })}
          bars={later.map((y) => ({
            key: String(y.year),
            label: t('councilMoney.later.year', { year: y.year }),
            value: y.totalCents,
            display: formatEuros(y.totalCents),
          }))}
        />
      </div>
    </section>
  );
}
