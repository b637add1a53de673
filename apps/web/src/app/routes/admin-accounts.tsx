import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { rolesIn } from '../../features/auth/lib/roles';
import { useRegion } from '../../features/regions/api/get-region';
import { AccountList } from '../../features/users/components/account-list';
import { InviteForm } from '../../features/users/components/invite-form';

/** The region's accounts and roles, for its administrator. */
export function AdminAccountsRoute() {
  const { t } = useTranslation();
  const regionId = useParams().regionId ?? '';
  const region = useRegion(regionId);
  const isAdmin = rolesIn(useMe().data, regionId).includes('admin');

  return (
    <QueryState query={region} loading={t('admin.loading')} failed={t('admin.failed')}>
      {(data) => (
        <>
          <Heading1>{t('accounts.title')}</Heading1>
          <Paragraph>
            <Link to={paths.admin.url(regionId)}>{t('admin.back')}</Link>
          </Paragraph>
          {isAdmin ? (
            <>
              <Paragraph lead>{t('accounts.intro', { region: data.name })}</Paragraph>
              <InviteForm regionId={regionId} />
              <AccountList regionId={regionId} />
            </>
          ) : (
            <Paragraph>{t('admin.notAllowed')}</Paragraph>
          )}
        </>
      )}
    </QueryState>
  );
}

export default AdminAccountsRoute;
