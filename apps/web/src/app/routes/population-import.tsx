import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau, rolesIn } from '../../features/auth/lib/roles';
import { PopulationImport } from '../../features/municipalities/components/population-import';
import { useRegion } from '../../features/regions/api/get-region';

/** The CBS StatLine population upload of a region (its bureau or administrator). */
export function PopulationImportRoute() {
  const { t } = useTranslation();
  const regionId = useParams().regionId ?? '';
  const region = useRegion(regionId);
  const me = useMe().data;
  const allowed = actsAsBureau(me, regionId) || rolesIn(me, regionId).includes('admin');

  return (
    <QueryState query={region} loading={t('admin.loading')} failed={t('admin.failed')}>
      {(data) => (
        <>
          <Heading1>{t('populationImport.title')}</Heading1>
          <Paragraph>
            <Link to={paths.admin.url(regionId)}>{t('populationImport.backToAdmin')}</Link>
            {' · '}
            <Link to={`${paths.region.url(regionId)}#municipalities-title`}>
              {t('populationImport.backToRegion')}
            </Link>
          </Paragraph>
          {allowed ? (
            <>
              <Paragraph lead>{t('populationImport.intro', { region: data.name })}</Paragraph>
              <PopulationImport regionId={regionId} />
            </>
          ) : (
            <Paragraph>{t('admin.notAllowed')}</Paragraph>
          )}
        </>
      )}
    </QueryState>
  );
}

export default PopulationImportRoute;
