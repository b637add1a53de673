import type { BestuursrapportageResponse, RollupAssignmentStatus } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { BarChart, GroupedBarChart } from '../../../../components/charts';
import { FiguresTable } from '../../../../components/figures-table';
import { formatEuros, formatNumber, formatPercent } from '../../../../lib/format';

export const STATUSES: readonly RollupAssignmentStatus[] = [
  'on_course',
  'attention',
  'off_course',
  'no_report',
];

/** The share on course with its rule, and the assignments by status and by theme. */
export function RollupStatus({ report }: { report: BestuursrapportageResponse }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { share, numeratorCents, denominatorCents } = report.onCourseShare;
  const status = (s: RollupAssignmentStatus) => t(`bestuursrapportage.statuses.${s}`);
  return (
    <section aria-labelledby="rollup-status-title" className="koers-section">
      <Heading2 id="rollup-status-title">{t('bestuursrapportage.statusTitle')}</Heading2>
      <Paragraph>
        <strong>
          {share === null
            ? t('bestuursrapportage.shareUnknown')
            : t('bestuursrapportage.share', {
                share: formatPercent(share, i18n.language),
                numerator: formatEuros(numeratorCents),
                denominator: formatEuros(denominatorCents),
              })}
        </strong>
      </Paragraph>
      <Paragraph>
        <small>
          {t('bestuursrapportage.rule')}: {i18n.language === 'en' ? report.rule.en : report.rule.nl}
        </small>
      </Paragraph>
      <div className="koers-with-chart">
        <FiguresTable
          caption={t('bestuursrapportage.byStatus')}
          columns={[
            { header: t('bestuursrapportage.status') },
            { header: t('bestuursrapportage.count'), numeric: true },
          ]}
          rows={STATUSES.map((s) => ({ key: s, header: status(s), cells: [n(report.counts[s])] }))}
          footer={{ header: t('bestuursrapportage.total'), cells: [n(report.counts.total)] }}
        />
        <BarChart
          title={t('bestuursrapportage.byStatus')}
          table={t('bestuursrapportage.byStatus')}
          bars={STATUSES.map((s) => ({
            key: s,
            label: status(s),
            value: report.counts[s],
            display: n(report.counts[s]),
          }))}
        />
      </div>
      {report.byTheme.length > 0 && (
        <div className="koers-with-chart koers-with-chart--stacked">
          <FiguresTable
            caption={t('bestuursrapportage.byTheme')}
            columns={[
              { header: t('bestuursrapportage.theme') },
              ...STATUSES.map((s) => ({ header: status(s), numeric: true })),
            ]}
            rows={report.byTheme.map((theme) => ({
              key: theme.themeId,
              header: theme.themeTitle,
              cells: STATUSES.map((s) => n(theme.counts[s])),
            }))}
          />
          <GroupedBarChart
            title={t('bestuursrapportage.byTheme')}
            table={t('bestuursrapportage.byTheme')}
            series={STATUSES.slice(0, 3).map((s) => ({ key: s, label: status(s) }))}
            groups={report.byTheme.map((theme) => ({
              key: theme.themeId,
              label: theme.themeTitle,
              values: STATUSES.slice(0, 3).map((s) => ({
                value: theme.counts[s],
                display: n(theme.counts[s]),
              })),
            }))}
          />
        </div>
      )}
    </section>
  );
}
