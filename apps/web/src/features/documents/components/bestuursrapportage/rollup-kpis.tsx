import type { BestuursrapportageResponse } from '@koers/contracts';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { BarChart, LineChart } from '../../../../components/charts';
import { FiguresTable } from '../../../../components/figures-table';
import { formatDate, formatNumber } from '../../../../lib/format';

const OUTCOMES = ['reached', 'missed', 'unknown'] as const;

/** The KPIs' latest values against their targets, and one KPI's trend over the periods. */
export function RollupKpis({ report }: { report: BestuursrapportageResponse }) {
  const { t, i18n } = useTranslation();
  const n = (value: number | null) => (value === null ? '–' : formatNumber(value, i18n.language));
  const trend = report.kpiTrends.find((k) => k.points.length > 1) ?? report.kpiTrends[0];
  const outcomes = OUTCOMES.map((outcome) => ({
    outcome,
    count: report.kpis.filter((k) => k.outcome === outcome).length,
  }));
  const [reached, missed] = outcomes.map((o) => o.count);
  return (
    <section aria-labelledby="rollup-kpi-title" className="koers-section">
      <Heading2 id="rollup-kpi-title">{t('bestuursrapportage.kpiTitle')}</Heading2>
      {report.kpis.length === 0 ? (
        <Paragraph>{t('bestuursrapportage.noKpis')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('bestuursrapportage.kpiSummary', { reached, missed })}</Paragraph>
          <div className="koers-with-chart koers-with-chart--stacked">
            <FiguresTable
              caption={t('bestuursrapportage.kpiTable')}
              columns={[
                { header: t('bestuursrapportage.kpi') },
                { header: t('bestuursrapportage.baseline'), numeric: true },
                { header: t('bestuursrapportage.target'), numeric: true },
                { header: t('bestuursrapportage.measured'), numeric: true },
                { header: t('bestuursrapportage.outcome') },
              ]}
              rows={report.kpis.map((k) => ({
                key: k.kpiId,
                header: `${k.code} ${k.name}`,
                cells: [
                  n(k.baseline),
                  n(k.target),
                  `${n(k.value)} ${k.unit}`.trim(),
                  t(`bestuursrapportage.outcomes.${k.outcome}`),
                ],
              }))}
            />
            <BarChart
              title={t('bestuursrapportage.kpiByOutcome')}
              table={t('bestuursrapportage.kpiTable')}
              bars={outcomes.map(({ outcome, count }) => ({
                key: outcome,
                label: t(`bestuursrapportage.outcomes.${outcome}`),
                value: count,
                display: n(count),
              }))}
            />
          </div>
        </>
      )}
      {trend && (
        <>
          <Heading3>
            {trend.code} {trend.name}
          </Heading3>
          <div className="koers-with-chart">
            <FiguresTable
              caption={t('bestuursrapportage.trendTable', { name: trend.name })}
              columns={[
                { header: t('bestuursrapportage.period') },
                { header: t('bestuursrapportage.measured'), numeric: true },
              ]}
              rows={trend.points.map((p) => ({
                key: p.periodId,
                header: `${p.periodTitle} (${formatDate(p.measuredOn, i18n.language)})`,
                cells: [n(p.value)],
              }))}
            />
            <LineChart
              title={t('bestuursrapportage.trendTable', { name: trend.name })}
              table={t('bestuursrapportage.trendTable', { name: trend.name })}
              points={trend.points.map((p) => ({
                key: p.periodId,
                label: p.periodTitle,
                value: p.value,
                display: n(p.value),
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
