import type { StartProgramme } from '@koers/contracts';
import { UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format';

/**
 * For a programme in execution: where the current period's progress reports stand (missing,
 * draft, returned, submitted, late) and the late ones of earlier periods, with the way to the
 * programme's progress overview.
 */
export function BureauReports({
  programme: p,
  title,
}: {
  programme: StartProgramme;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const reports = p.reports;
  if (!reports) return null;
  return (
    <>
      <UnorderedListItem>
        {t('start.bureau.reports', {
          period: reports.period.title,
          date: formatDate(reports.period.dueOn, i18n.language),
          missing: reports.missing,
          draft: reports.draft,
          returned: reports.returned,
          late: reports.late,
          submitted: reports.submitted,
        })}
        :{' '}
        <Link to={paths.programmeProgress.url(p.id)}>
          {t('start.bureau.reportsOverview', { title })}
        </Link>
      </UnorderedListItem>
      {reports.lateEarlier > 0 && (
        <UnorderedListItem>
          {t('start.bureau.lateEarlier', { count: reports.lateEarlier })}
        </UnorderedListItem>
      )}
    </>
  );
}
