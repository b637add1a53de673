import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { useSignOut } from '../../features/auth/api/sign-out';

/** Who is signed in, in which role and region, and the way out; or the way in. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  if (me.isPending) return null;
  if (!me.data) {
    return (
      <Link to={paths.signIn.url()} className="koers-header__link">
        {t('signIn.link')}
      </Link>
    );
  }
  const role = me.data.roles[0];
  return (
    <div className="koers-user">
      <span>
        <span className="koers-user__name">{me.data.user.name}</span>
        {role && (
          <span className="koers-user__role">
            {t(`roles.${role.role}`)} · {role.municipalityName ?? role.regionName}
          </span>
        )}
      </span>
      <Button
        appearance="subtle-button"
        busy={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, { onSettled: () => void navigate(paths.home.url()) })
        }
      >
        {t('signIn.signOut')}
      </Button>
    </div>
  );
}
