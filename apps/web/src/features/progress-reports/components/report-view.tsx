import type { ProgressReportResponse } from '@koers/contracts';
import {
  Heading4,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { formatDate, formatEuros, formatNumber } from '../../../lib/format';

/** A report as written: status, narrative, and its lines in tables (each scrolls on a phone). */
export function ReportView({ report }: { report: ProgressReportResponse }) {
  const { t, i18n } = useTranslation();
  const v = (key: string) => t(`progressReports.view.${key}`);
  const date = (d: string) => formatDate(d, i18n.language);
  const amount = (value: number | null, unit: 'fte' | 'hours') =>
    value === null
      ? '—'
      : t(`progressReports.view.${unit}`, { value: formatNumber(value, i18n.language) });
  return (
    <div className="koers-report">
      <dl className="koers-record-facts">
        <dt>{v('course')}</dt>
        <dd>
          <span className={`koers-course koers-course--${report.course}`}>
            {t(`progressReports.courses.${report.course}`)}
          </span>
        </dd>
        {report.courseExplanation && (
          <>
            <dt>{v('explanation')}</dt>
            <dd>{report.courseExplanation}</dd>
          </>
        )}
        <dt>{v('delivered')}</dt>
        <dd>{report.delivered || v('nothing')}</dd>
      </dl>
      {report.money.length > 0 && (
        <>
          <Heading4 id={`report-${report.id}-money`}>{v('money')}</Heading4>
          <ScrollsWhenNarrow captionId={`report-${report.id}-money`}>
            <Table>
              <TableHeader>
                <TableRow>
                  {['line', 'budget', 'committed', 'spent', 'remaining'].map((k) => (
                    <TableHeaderCell key={k} scope="col">
                      {v(k)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.money.map((m) => (
                  <TableRow key={m.budgetLineId}>
                    <TableHeaderCell scope="row">
                      {m.sourceName} ({m.year})
                      {m.overBudget && (
                        <>
                          {' '}
                          <strong className="koers-over-budget">{v('overBudget')}</strong>
                          <br />
                          {m.explanation}
                        </>
                      )}
                    </TableHeaderCell>
                    <TableCell className="koers-amount">{formatEuros(m.budgetCents)}</TableCell>
                    <TableCell className="koers-amount">{formatEuros(m.committedCents)}</TableCell>
                    <TableCell className="koers-amount">{formatEuros(m.spentCents)}</TableCell>
                    <TableCell className="koers-amount">{formatEuros(m.remainingCents)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollsWhenNarrow>
        </>
      )}
      {report.capacity.length > 0 && (
        <>
          <Heading4>{v('capacity')}</Heading4>
          <ul>
            {report.capacity.map((c) => (
              <li key={c.capacityLineId}>
                {c.supplierName}: {v('delivered_').toLowerCase()}{' '}
                {c.fte !== null ? amount(c.fte, 'fte') : amount(c.hours, 'hours')},{' '}
                {v('pledged').toLowerCase()}{' '}
                {c.pledgedFte !== null
                  ? amount(c.pledgedFte, 'fte')
                  : amount(c.pledgedHours, 'hours')}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.kpiValues.length > 0 && (
        <>
          <Heading4>{v('kpis')}</Heading4>
          <ul>
            {report.kpiValues.map((k) => (
              <li key={k.kpiId}>
                <strong>{k.name}</strong>: {k.value} {k.unit} ({date(k.measuredOn)}, {k.source}) —{' '}
                {v('baseline').toLowerCase()} {k.baseline || '—'}, {v('target').toLowerCase()}{' '}
                {k.target || '—'}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.milestones.length > 0 && (
        <>
          <Heading4>{v('milestones')}</Heading4>
          <ul>
            {report.milestones.map((m, i) => (
              <li key={i}>
                {m.title}: {v('plannedOn').toLowerCase()} {date(m.plannedOn)},{' '}
                {v('doneOn').toLowerCase()} {m.doneOn ? date(m.doneOn) : v('notDone')}
                {m.late && (
                  <>
                    {' '}
                    <strong className="koers-late">{v('late')}</strong>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.risks.length > 0 && (
        <>
          <Heading4>{v('risks')}</Heading4>
          <ul>
            {report.risks.map((r, i) => (
              <li key={i}>
                {r.description} ({v('likelihood').toLowerCase()}{' '}
                {t(`progressReports.levels.${r.likelihood}`).toLowerCase()},{' '}
                {v('impact').toLowerCase()} {t(`progressReports.levels.${r.impact}`).toLowerCase()})
                {r.measure && <Paragraph small>{`${v('measure')}: ${r.measure}`}</Paragraph>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
