import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useProgressOverview } from '../../features/progress-reports/api/get-progress-overview';
import { ProgressOverview } from '../../features/progress-reports/components/progress-overview';
import { useProgramme } from '../../lib/api/get-programme';

/** The bureau's view of a programme's progress reports per period. */
export function ProgrammeProgressRoute() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const overview = useProgressOverview(programmeId);
  return (
    <>
      <Heading1>
        {t('progressReports.overview.title', {
          title: programme.data ? `${programme.data.title}` : '',
        })}
      </Heading1>
      <Paragraph lead>{t('progressReports.overview.intro')}</Paragraph>
      {programme.data && (
        <Paragraph>
          <Link to={paths.programme.url(programmeId)}>{programme.data.title}</Link>
          {' · '}
          <Link to={paths.reportingCalendar.url(programme.data.regionId)}>
            {t('progressReports.calendar.link')}
          </Link>
        </Paragraph>
      )}
      <QueryState
        query={overview}
        loading={t('progressReports.overview.loading')}
        failed={t('progressReports.overview.failed')}
      >
        {(data) => <ProgressOverview overview={data} />}
      </QueryState>
    </>
  );
}

export default ProgrammeProgressRoute;
