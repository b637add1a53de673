import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { rolesIn } from '../../features/auth/lib/roles';
import { useMunicipality } from '../../features/municipalities/api/get-municipality';
import { PopulationForm } from '../../features/municipalities/components/population-form';
import { PopulationHistory } from '../../features/municipalities/components/population-history';
import { formatDate, formatNumber } from '../../lib/format';

/**
 * A member municipality's population: the figures the splits read, and for the bureau or the
 * region's administrator a form to record a new one. `?programma=` links back to the programme
 * whose warning led here.
 */
export function MunicipalityPopulationRoute() {
  const { t, i18n } = useTranslation();
  const { regionId = '', municipalityId = '' } = useParams();
  const programmeId = useSearchParams()[0].get('programma');
  const municipality = useMunicipality(municipalityId);
  const roles = rolesIn(useMe().data, regionId);
  const mayRecord = roles.includes('bureau') || roles.includes('admin');

  return (
    <QueryState
      query={municipality}
      loading={t('populations.pageLoading')}
      failed={t('populations.pageFailed')}
    >
      {(m) => (
        <>
          <Heading1>{t('populations.title', { name: m.name })}</Heading1>
          <Paragraph>
            {programmeId && (
              <>
                <Link to={paths.programme.url(programmeId)}>
                  {t('populations.backToProgramme')}
                </Link>
                {' · '}
              </>
            )}
            <Link to={paths.region.url(regionId)}>{t('populations.backToRegion')}</Link>
          </Paragraph>
          <Paragraph lead>
            {m.population !== null && m.populationReferenceDate
              ? t('populations.current', {
                  population: formatNumber(m.population, i18n.language),
                  date: formatDate(m.populationReferenceDate, i18n.language),
                })
              : t('populations.currentUnknown')}
          </Paragraph>
          <PopulationHistory municipalityId={m.id} />
          {mayRecord && <PopulationForm municipalityId={m.id} name={m.name} />}
        </>
      )}
    </QueryState>
  );
}

export default MunicipalityPopulationRoute;
