import type { MunicipalityResponse } from '@koers/contracts';
import { todayInNetherlands } from '@koers/domain';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingMessage } from '../../components/layout/loading-message';
import { MoneyWarnings } from '../../components/money-warnings';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { councilGrant, rolesIn } from '../../features/auth/lib/roles';
import { useProgramme } from '../../lib/api/get-programme';
import { ProgrammeFacts } from '../../features/lifecycle/components/programme-facts';
import { TransitionPanel } from '../../features/lifecycle/components/transition-panel';
import { useMunicipalities } from '../../lib/api/get-municipalities';
import { useRegion } from '../../features/regions/api/get-region';

/** Members on a day: joined by then (or always) and not yet left. */
const membersOn = (items: MunicipalityResponse[], day: string) =>
  items.filter(
    (m) => (!m.memberFrom || m.memberFrom <= day) && (!m.memberUntil || m.memberUntil > day),
  ).length;

/** Screen 4: a programme's status and dates, and the moves the user's role may make. */
export function ProgrammeLifecycleRoute() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const regionId = programme.data?.regionId ?? '';
  const region = useRegion(regionId);
  const municipalities = useMunicipalities(regionId);
  const me = useMe();
  const today = todayInNetherlands();

  return (
    <QueryState query={programme} loading={t('lifecycle.loading')} failed={t('lifecycle.failed')}>
      {(data) => {
        const council = councilGrant(me.data, data.regionId);
        const ready = region.data && municipalities.data && !me.isPending;
        return (
          <>
            <Heading1>{t('lifecycle.title', { title: data.title })}</Heading1>
            <Paragraph lead>{t('lifecycle.intro')}</Paragraph>
            <Paragraph>
              <Link to={paths.ratification.url(data.id)}>{t('lifecycle.links.ratification')}</Link>
              {council?.municipalityId && (
                <>
                  {' · '}
                  <Link to={paths.councilView.url(data.id, council.municipalityId)}>
                    {t('lifecycle.links.ourMunicipality', { name: council.municipalityName })}
                  </Link>
                </>
              )}
            </Paragraph>
            <ProgrammeFacts programme={data} />
            {(data.status === 'draft' || data.status === 'proposed') && (
              <MoneyWarnings
                programme={data}
                canFix={rolesIn(me.data, data.regionId).some(
                  (r) => r === 'bureau' || r === 'admin',
                )}
              />
            )}
            {me.data === null ? (
              <Paragraph>{t('lifecycle.transitions.signInNeeded')}</Paragraph>
            ) : ready ? (
              <TransitionPanel
                programme={data}
                roles={rolesIn(me.data, data.regionId)}
                councilCount={membersOn(municipalities.data.items, today)}
                windowWeeks={data.viewWindowWeeks ?? region.data.viewWindowWeeks}
                today={today}
              />
            ) : region.isError || municipalities.isError || me.isError ? (
              <Paragraph>{t('lifecycle.transitions.failed')}</Paragraph>
            ) : (
              <LoadingMessage label={t('lifecycle.transitions.loading')} />
            )}
          </>
        );
      }}
    </QueryState>
  );
}

export default ProgrammeLifecycleRoute;
