import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { ProgrammeLog } from '../../features/history/components/programme-log';
import { useProgramme } from '../../lib/api/get-programme';

/** Screen 8c: everything that happened to a programme, by whom, filterable and paged. */
export function ProgrammeLogRoute() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);

  return (
    <QueryState
      query={programme}
      loading={t('history.log.loading')}
      failed={t('history.log.programmeFailed')}
    >
      {(data) => (
        <>
          <Heading1>{t('history.log.title', { title: data.title })}</Heading1>
          <Paragraph lead>{t('history.log.intro')}</Paragraph>
          <Paragraph>
            <Link to={paths.programmeHistory.url(programmeId)}>{t('history.log.toVersions')}</Link>
          </Paragraph>
          <ProgrammeLog programmeId={programmeId} />
        </>
      )}
    </QueryState>
  );
}

export default ProgrammeLogRoute;
