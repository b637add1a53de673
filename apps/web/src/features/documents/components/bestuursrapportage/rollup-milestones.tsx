import type { BestuursrapportageResponse } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../../components/charts';
import { FiguresTable } from '../../../../components/figures-table';
import { formatDate, formatNumber } from '../../../../lib/format';

/** The milestones due in the period, and those still open from before; late ones say so. */
export function RollupMilestones({ report }: { report: BestuursrapportageResponse }) {
  const { t, i18n } = useTranslation();
  const late = report.milestones.filter((m) => m.late).length;
  const onTime = report.milestones.length - late;
  return (
    <section aria-labelledby="rollup-milestones-title" className="koers-section">
      <Heading2 id="rollup-milestones-title">{t('bestuursrapportage.milestonesTitle')}</Heading2>
      {report.milestones.length === 0 ? (
        <Paragraph>{t('bestuursrapportage.noMilestones')}</Paragraph>
      ) : (
        <div className="koers-with-chart koers-with-chart--stacked">
          <FiguresTable
            caption={t('bestuursrapportage.milestonesTable')}
            columns={[
              { header: t('bestuursrapportage.milestone') },
              { header: t('bestuursrapportage.planned') },
              { header: t('bestuursrapportage.done') },
              { header: t('bestuursrapportage.status') },
            ]}
            rows={report.milestones.map((m, i) => ({
              key: `${m.assignmentId}-${i}`,
              header: `${m.code} ${m.title}`,
              cells: [
                formatDate(m.plannedOn, i18n.language),
                m.doneOn ? formatDate(m.doneOn, i18n.language) : t('bestuursrapportage.notDone'),
                m.late ? (
                  <strong key="late" className="koers-over-budget">
                    {t('bestuursrapportage.late')}
                  </strong>
                ) : (
                  t('bestuursrapportage.onTime')
                ),
              ],
            }))}
          />
          <BarChart
            title={t('bestuursrapportage.milestonesByTiming')}
            table={t('bestuursrapportage.milestonesTable')}
            bars={[
              { key: 'on-time', label: t('bestuursrapportage.onTime'), value: onTime },
              { key: 'late', label: t('bestuursrapportage.late'), value: late },
            ].map((bar) => ({ ...bar, display: formatNumber(bar.value, i18n.language) }))}
          />
        </div>
      )}
    </section>
  );
}
