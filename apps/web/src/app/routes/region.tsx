import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau, rolesIn } from '../../features/auth/lib/roles';
import { MunicipalityTable } from '../../features/municipalities/components/municipality-table';
import { PartnerList } from '../../features/organisations/components/partner-list';
import { PeopleList } from '../../features/people/components/people-list';
import { ProgrammeList } from '../../features/programmes/components/programme-list';
import { useRegion } from '../../features/regions/api/get-region';
import { RegionContributions } from '../../features/regions/components/region-contributions';
import { ThemeList } from '../../features/themes/components/theme-list';

/** Region home: programmes by year, themes, member municipalities and partners. */
export function RegionRoute() {
  const { t } = useTranslation();
  const regionId = useParams().regionId ?? '';
  const region = useRegion(regionId);
  const me = useMe().data;
  const canStartProgramme = actsAsBureau(me, regionId);
  const isAdmin = rolesIn(me, regionId).includes('admin');

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
          {isAdmin && (
            <Paragraph>
              <Link to={paths.regionEdit.url(regionId)}>{t('regionEdit.button')}</Link>
            </Paragraph>
          )}
          <Paragraph>
            <Link to={paths.reportingCalendar.url(regionId)}>
              {t('progressReports.calendar.link')}
            </Link>
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
          <RegionContributions regionId={regionId} />
          <ThemeList regionId={regionId} canEdit={canStartProgramme} />
          <MunicipalityTable regionId={regionId} canEdit={isAdmin} />
          <PartnerList regionId={regionId} canEdit={canStartProgramme} />
          <PeopleList regionId={regionId} canEdit={canStartProgramme} />
        </>
      )}
    </QueryState>
  );
}

export default RegionRoute;
