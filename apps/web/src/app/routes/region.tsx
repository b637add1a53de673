import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau } from '../../features/auth/lib/roles';
import { MunicipalityTable } from '../../features/municipalities/components/municipality-table';
import { PartnerList } from '../../features/organisations/components/partner-list';
import { ProgrammeList } from '../../features/programmes/components/programme-list';
import { useRegion } from '../../features/regions/api/get-region';
import { ThemeList } from '../../features/themes/components/theme-list';

/** Region home: programmes by year, themes, member municipalities and partners. */
export function RegionRoute() {
  const { t } = useTranslation();
  const regionId = useParams().regionId ?? '';
  const region = useRegion(regionId);
  const canStartProgramme = actsAsBureau(useMe().data, regionId);

  return (
    <QueryState query={region} loading={t('region.loading')} failed={t('region.failed')}>
      {(data) => (
        <>
          <Heading1>{data.name}</Heading1>
          <Paragraph lead>
            {t('region.summary', {
              governance: t(`regions.governanceModes.${data.governanceMode}`),
              provinces: data.provinces.join(', '),
              weeks: data.viewWindowWeeks,
            })}
          </Paragraph>
          <ProgrammeList regionId={regionId} />
          {canStartProgramme && (
            <Paragraph>
              <Link
                to={paths.programmeNew.url(regionId)}
                className="utrecht-button utrecht-button--primary-action koers-button-link"
              >
                {t('programmeNew.button')}
              </Link>
            </Paragraph>
          )}
          <ThemeList regionId={regionId} />
          <MunicipalityTable regionId={regionId} />
          <PartnerList regionId={regionId} />
        </>
      )}
    </QueryState>
  );
}

export default RegionRoute;
