import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { councilGrant } from '../../features/auth/lib/roles';
import { useCouncilDecisions } from '../../lib/api/get-council-decisions';
import { DecisionCounts } from '../../features/council-decisions/components/decision-counts';
import { RatificationMatrix } from '../../features/council-decisions/components/ratification-matrix';
import { RoundNav, roundParam } from '../../features/council-decisions/components/round-nav';
import { ViewRegister } from '../../features/council-decisions/components/view-register';
import { useProgramme } from '../../lib/api/get-programme';
import { ApiError } from '../../lib/api-client';
import { formatDate } from '../../lib/format';

/** Screen 5: every member council's decision on the programme, against the deadline. */
export function RatificationRoute() {
  const { t, i18n } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const [search] = useSearchParams();
  const round = roundParam(search);
  const matrix = useCouncilDecisions(programmeId, round);
  const me = useMe();
  const notSent =
    matrix.error instanceof ApiError &&
    matrix.error.problem?.code === 'PROGRAMME_NOT_SENT_TO_COUNCILS';

  return (
    <QueryState
      query={programme}
      loading={t('councilDecisions.matrix.loading')}
      failed={t('lifecycle.failed')}
    >
      {(data) => {
        const council = councilGrant(me.data, data.regionId);
        return (
          <>
            <Heading1>{t('councilDecisions.matrix.title', { title: data.title })}</Heading1>
            <Paragraph lead>{t('councilDecisions.matrix.intro')}</Paragraph>
            <Paragraph>
              <Link to={paths.programmeLifecycle.url(data.id)}>
                {t('councilDecisions.matrix.lifecycle')}
              </Link>
              {' · '}
              <Link to={paths.responseMemo.url(data.id)}>{t('documents.memo.link')}</Link>
              {council?.municipalityId && (
                <>
                  {' · '}
                  <Link to={paths.councilView.url(data.id, council.municipalityId)}>
                    {t('councilDecisions.matrix.ourMunicipality', {
                      name: council.municipalityName,
                    })}
                  </Link>
                </>
              )}
            </Paragraph>
            {notSent ? (
              <Alert type="info">
                <Paragraph>{t('councilDecisions.notSent')}</Paragraph>
              </Alert>
            ) : (
              <QueryState
                query={matrix}
                loading={t('councilDecisions.matrix.loading')}
                failed={t('councilDecisions.matrix.failed')}
              >
                {(result) => (
                  <>
                    <RoundNav info={result} path={paths.ratification.url(programmeId)} />
                    {result.sentToCouncilsOn && result.deadline && (
                      <Paragraph>
                        {t('councilDecisions.matrix.sentAndDeadline', {
                          sent: formatDate(result.sentToCouncilsOn, i18n.language),
                          deadline: formatDate(result.deadline, i18n.language),
                        })}
                      </Paragraph>
                    )}
                    <DecisionCounts counts={result.counts} />
                    <RatificationMatrix matrix={result} />
                    <ViewRegister programmeId={programmeId} round={result.round} />
                  </>
                )}
              </QueryState>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

export default RatificationRoute;
