import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau, rolesIn } from '../../features/auth/lib/roles';
import { useRegion } from '../../features/regions/api/get-region';

/** A region's administration: a link per screen, for the roles that may use it. */
export function AdminRoute() {
  const { t } = useTranslation();
  const regionId = useParams().regionId ?? '';
  const region = useRegion(regionId);
  const me = useMe().data;
  const roles = rolesIn(me, regionId);
  // Adding themes, partners and people is the bureau's (the API's rule).
  const adds = actsAsBureau(me, regionId);
  const isAdmin = roles.includes('admin');
  const isBureau = isAdmin || roles.includes('bureau');
  const sections = [
    isAdmin && { key: 'accounts', to: paths.adminAccounts.url(regionId) },
    isBureau && { key: 'populations', to: paths.populationImport.url(regionId) },
    isBureau && { key: 'municipalities', to: `${paths.region.url(regionId)}#municipalities-title` },
    isBureau && { key: 'reference', to: `${paths.region.url(regionId)}#themes-title` },
    adds && { key: 'addTheme', to: paths.themeNew.url(regionId) },
    adds && { key: 'addPartner', to: paths.organisationNew.url(regionId) },
    adds && { key: 'addPerson', to: paths.personNew.url(regionId) },
    isBureau && { key: 'externalProgrammes', to: paths.externalProgrammes.url(regionId) },
    isAdmin && { key: 'settings', to: paths.regionEdit.url(regionId) },
  ].filter((s): s is { key: string; to: string } => Boolean(s));

  return (
    <QueryState query={region} loading={t('admin.loading')} failed={t('admin.failed')}>
      {(data) => (
        <>
          <Heading1>{t('admin.title', { region: data.name })}</Heading1>
          <Paragraph lead>{t('admin.intro')}</Paragraph>
          {sections.length === 0 ? (
            <Paragraph>{t('admin.notAllowed')}</Paragraph>
          ) : (
            <ul className="koers-bare-list">
              {sections.map((s) => (
                <li key={s.key} className="koers-item">
                  <Heading2>
                    <Link to={s.to}>{t(`admin.sections.${s.key}.title`)}</Link>
                  </Heading2>
                  <Paragraph>{t(`admin.sections.${s.key}.text`)}</Paragraph>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </QueryState>
  );
}

export default AdminRoute;
