import type { AssignmentProgressResponse } from '@koers/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { PeriodReport } from './period-report';

/** An assignment's progress reports, one section per reporting period of its programme. */
export function AssignmentProgress({ progress }: { progress: AssignmentProgressResponse }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>
        {t('progressReports.title', { code: progress.code, title: progress.title })}
      </Heading1>
      <Paragraph lead>{t('progressReports.intro')}</Paragraph>
      <Paragraph>
        <Link to={paths.assignment.url(progress.assignmentId)}>
          {t('progressReports.toAssignment', { code: progress.code })}
        </Link>
      </Paragraph>
      {progress.periods.length === 0 ? (
        <Paragraph>{t('progressReports.noPeriods')}</Paragraph>
      ) : (
        progress.periods.map(({ period, report }) => (
          <PeriodReport key={period.id} progress={progress} period={period} report={report} />
        ))
      )}
    </>
  );
}
