import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { councilGrant, rolesIn } from '../../features/auth/lib/roles';
import { useMunicipalitySummary } from '../../features/council-decisions/api/get-municipality-summary';
import { CouncilDecisionFacts } from '../../features/council-decisions/components/council-decision-facts';
import { EarlierRounds } from '../../features/council-decisions/components/earlier-rounds';
import { CouncilDecisionForm } from '../../features/council-decisions/components/council-decision-form';
import { AmountSinceDecision } from '../../features/council-decisions/components/amount-since-decision';
import { LaterYears } from '../../features/council-decisions/components/later-years';
import { MunicipalityMoney } from '../../features/council-decisions/components/municipality-money';
import { ViewPointList } from '../../features/council-decisions/components/view-point-list';
import { useProgramme } from '../../lib/api/get-programme';

/**
 * Screen 6: "Wat betaalt onze gemeente, waarvoor, en wat hebben wij besloten?" — and, for the
 * bureau or this municipality's own clerk, the form to record the council's decision and view.
 */
export function CouncilViewRoute() {
  const { t } = useTranslation();
  const { programmeId = '', municipalityId = '' } = useParams();
  const summary = useMunicipalitySummary(programmeId, municipalityId);
  const programme = useProgramme(programmeId);
  const me = useMe();

  return (
    <QueryState
      query={summary}
      loading={t('councilDecisions.summary.loading')}
      failed={t('councilDecisions.summary.failed')}
    >
      {(data) => {
        const regionId = programme.data?.regionId ?? '';
        const roles = rolesIn(me.data, regionId);
        const council = councilGrant(me.data, regionId);
        const ownCouncil = council?.municipalityId === data.municipality.id;
        const mayRecord = roles.includes('admin') || roles.includes('bureau') || ownCouncil;
        const otherCouncil = !!council && !ownCouncil && !mayRecord;
        const decision = data.councilDecision;
        const titles = Object.fromEntries(data.assignments.map((a) => [a.id, a.title]));
        return (
          <>
            <Heading1>
              {t('councilDecisions.summary.title', {
                name: data.municipality.name,
                programme: data.programmeTitle,
              })}
            </Heading1>
            <Paragraph lead>{t('councilDecisions.summary.question')}</Paragraph>
            {otherCouncil && council.municipalityId && (
              <Alert type="info">
                <Paragraph>
                  {t('councilDecisions.form.notYours', {
                    own: council.municipalityName,
                    name: data.municipality.name,
                  })}{' '}
                  <Link to={paths.councilView.url(programmeId, council.municipalityId)}>
                    {t('councilDecisions.matrix.ourMunicipality', {
                      name: council.municipalityName,
                    })}
                  </Link>
                </Paragraph>
              </Alert>
            )}
            <Paragraph>
              <Link to={paths.ratification.url(programmeId)}>
                {t('lifecycle.links.ratification')}
              </Link>
            </Paragraph>
            <Paragraph>
              <Link to={paths.councilPack.url(programmeId, data.municipality.id)}>
                {t('documents.pack.linkFromCouncil', { name: data.municipality.name })}
              </Link>
            </Paragraph>
            <MunicipalityMoney summary={data} />
            {decision && <AmountSinceDecision decision={decision} titles={titles} />}
            <LaterYears year={data.year} contribution={data.contribution} titles={titles} />
            <section aria-labelledby="summary-decision-title" className="koers-section">
              <Heading2 id="summary-decision-title">
                {t('councilDecisions.summary.decisionTitle')}
              </Heading2>
              {decision ? (
                <>
                  <CouncilDecisionFacts decision={decision} />
                  {decision.rounds.length > 1 && (
                    <Paragraph>
                      {t('councilDecisions.rounds.current', { round: decision.round })}
                    </Paragraph>
                  )}
                  <Heading2>{t('councilDecisions.points.title')}</Heading2>
                  <ViewPointList points={decision.viewPoints} />
                </>
              ) : (
                <Paragraph>{t('councilDecisions.summary.notSent')}</Paragraph>
              )}
            </section>
            {decision && (
              <EarlierRounds
                programmeId={programmeId}
                municipalityId={data.municipality.id}
                rounds={decision.rounds}
                currentRound={decision.currentRound}
              />
            )}
            {decision && mayRecord && data.programmeStatus === 'consultation' && (
              <CouncilDecisionForm
                programmeId={programmeId}
                municipalityId={data.municipality.id}
                decision={decision}
                assignments={data.assignments}
              />
            )}
            {decision && mayRecord && data.programmeStatus !== 'consultation' && (
              <Paragraph>
                {t('councilDecisions.form.notInConsultation', {
                  status: t(`programmes.statuses.${data.programmeStatus}`),
                })}
              </Paragraph>
            )}
            {decision && !mayRecord && !otherCouncil && me.data && (
              <Paragraph>{t('councilDecisions.form.readOnly')}</Paragraph>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

export default CouncilViewRoute;
