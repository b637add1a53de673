import { Heading1 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { paths } from '../../config/paths';

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Only paths inside Koers, never an address elsewhere.
  const next = search.get('terug');
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : paths.home.url();

  return (
    <>
      <Heading1>{t('signIn.title')}</Heading1>
      <SignInForm onSignedIn={() => void navigate(target)} />
    </>
  );
}

export default SignInRoute;
