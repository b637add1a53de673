import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useProgramme } from '../../lib/api/get-programme';
import { ProgrammeVersions } from '../../features/history/components/programme-versions';

/** Screen 8a: a programme's versions and the difference between two of them. */
export function ProgrammeHistoryRoute() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);

  return (
    <QueryState
      query={programme}
      loading={t('history.loading')}
      failed={t('history.programmeFailed')}
    >
      {(data) => (
        <>
          <Heading1>{t('history.programmeTitle', { title: data.title, year: data.year })}</Heading1>
          <Paragraph lead>{t('history.programmeIntro')}</Paragraph>
          <Paragraph>
            <Link to={paths.programmeLog.url(programmeId)}>{t('history.log.toLog')}</Link>
          </Paragraph>
          <ProgrammeVersions programmeId={programmeId} regionId={data.regionId} />
        </>
      )}
    </QueryState>
  );
}

export default ProgrammeHistoryRoute;
