import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau, rolesIn } from '../../features/auth/lib/roles';
import { useReportingCalendar } from '../../features/progress-reports/api/get-reporting-calendar';
import { CalendarEditor } from '../../features/progress-reports/components/calendar-editor';

/** The region's reporting calendar; the bureau (or an admin) changes it. */
export function ReportingCalendarRoute() {
  const { t } = useTranslation();
  const regionId = useParams().regionId ?? '';
  const calendar = useReportingCalendar(regionId);
  const me = useMe();
  const mayEdit = actsAsBureau(me.data, regionId) || rolesIn(me.data, regionId).includes('admin');
  return (
    <>
      <Heading1>{t('progressReports.calendar.title')}</Heading1>
      <Paragraph lead>{t('progressReports.calendar.intro')}</Paragraph>
      <QueryState
        query={calendar}
        loading={t('progressReports.calendar.loading')}
        failed={t('progressReports.calendar.failed')}
      >
        {(data) => <CalendarEditor calendar={data} mayEdit={mayEdit} />}
      </QueryState>
    </>
  );
}

export default ReportingCalendarRoute;
