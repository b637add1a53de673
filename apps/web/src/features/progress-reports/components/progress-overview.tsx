import type { ProgressOverviewResponse } from '@koers/contracts';
import { REPORT_STATUSES_IN_OVERVIEW } from '@koers/contracts';
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
import { Link } from 'react-router';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format';

/** Per period: the counts, and every assignment with where its report stands. */
export function ProgressOverview({ overview }: { overview: ProgressOverviewResponse }) {
  const { t, i18n } = useTranslation();
  const o = (key: string, options?: Record<string, unknown>) =>
    t(`progressReports.overview.${key}`, options);
  if (overview.periods.length === 0) return <Paragraph>{t('progressReports.noPeriods')}</Paragraph>;
  return (
    <>
      {overview.periods.map(({ period, counts, assignments }) => {
        const captionId = `overview-${period.id}`;
        return (
          <section key={period.id} aria-labelledby={`${captionId}-heading`}>
            <Heading2 id={`${captionId}-heading`}>{period.title}</Heading2>
            <Paragraph small>
              {t('progressReports.periodDates', {
                dataUntil: formatDate(period.dataUntil, i18n.language),
                dueOn: formatDate(period.dueOn, i18n.language),
              })}
            </Paragraph>
            <dl className="koers-record-facts">
              {REPORT_STATUSES_IN_OVERVIEW.map((status) => (
                <div key={status}>
                  <dt>{t(`progressReports.states.${status}`)}</dt>
                  <dd>{counts[status]}</dd>
                </div>
              ))}
              <div>
                <dt>{o('late')}</dt>
                <dd>{counts.late}</dd>
              </div>
            </dl>
            <ScrollsWhenNarrow captionId={captionId}>
              <Table>
                <TableCaption id={captionId}>{period.title}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{o('assignment')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{o('holder')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{o('state')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{o('course')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {assignments.map((a) => (
                    <TableRow key={a.assignmentId}>
                      <TableHeaderCell scope="row">
                        <Link to={paths.assignmentProgress.url(a.assignmentId)}>
                          {a.code} {a.title}
                        </Link>
                      </TableHeaderCell>
                      <TableCell>{a.portfolioHolderName ?? o('none')}</TableCell>
                      <TableCell>
                        {t(`progressReports.states.${a.status}`)}
                        {a.late && (
                          <>
                            {' '}
                            <strong className="koers-late">{o('late')}</strong>
                          </>
                        )}
                      </TableCell>
                      <TableCell>
                        {a.course ? t(`progressReports.courses.${a.course}`) : o('none')}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollsWhenNarrow>
          </section>
        );
      })}
    </>
  );
}
