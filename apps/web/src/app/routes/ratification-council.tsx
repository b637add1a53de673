import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { rolesIn } from '../../features/auth/lib/roles';
import { useCouncilDecision } from '../../features/council-decisions/api/get-council-decision';
import { AmountSinceDecision } from '../../features/council-decisions/components/amount-since-decision';
import { CouncilDecisionFacts } from '../../features/council-decisions/components/council-decision-facts';
import { RoundNav, roundParam } from '../../features/council-decisions/components/round-nav';
import { ViewPointList } from '../../features/council-decisions/components/view-point-list';
import { useProgramme } from '../../lib/api/get-programme';

/** Screen 5, drill-down: one council's decision, its view points and the board's answers. */
export function RatificationCouncilRoute() {
  const { t } = useTranslation();
  const { programmeId = '', municipalityId = '' } = useParams();
  const [search] = useSearchParams();
  const decision = useCouncilDecision(programmeId, municipalityId, roundParam(search));
  const programme = useProgramme(programmeId);
  const me = useMe();
  const roles = programme.data ? rolesIn(me.data, programme.data.regionId) : [];
  const mayAnswer =
    programme.data?.status === 'consultation' &&
    (roles.includes('bureau') || roles.includes('admin'));

  return (
    <QueryState
      query={decision}
      loading={t('councilDecisions.detail.loading')}
      failed={t('councilDecisions.detail.failed')}
    >
      {(data) => (
        <>
          <Heading1>
            {t('councilDecisions.detail.title', { name: data.municipality.name })}
          </Heading1>
          <Paragraph>
            <Link to={paths.ratification.url(programmeId)}>
              {t('councilDecisions.detail.back')}
            </Link>
            {' · '}
            <Link to={paths.councilView.url(programmeId, municipalityId)}>
              {t('councilDecisions.detail.councilPage')}
            </Link>
          </Paragraph>
          <RoundNav info={data} path={paths.ratificationCouncil.url(programmeId, municipalityId)} />
          <CouncilDecisionFacts decision={data} />
          <AmountSinceDecision decision={data} titles={{}} />
          <section aria-labelledby="points-title" className="koers-section">
            <Heading2 id="points-title">{t('councilDecisions.points.title')}</Heading2>
            <ViewPointList
              points={data.viewPoints}
              answering={
                mayAnswer && data.round === data.currentRound ? { programmeId } : undefined
              }
            />
          </section>
        </>
      )}
    </QueryState>
  );
}

export default RatificationCouncilRoute;
