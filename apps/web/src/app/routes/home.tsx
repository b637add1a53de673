import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { SystemStatus } from '../../features/status/components/system-status';

// A visitor and a signed-in person see different pages: each loads only its own code, once
// `useMe` (asked at start, main.tsx) has said which it is. The layout's Suspense shows the wait.
const VisitorHome = lazy(() => import('./visitor-home'));
const SignedInHome = lazy(() => import('./signed-in-home'));

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data === null) return <VisitorHome />;
  // Signed in: the start page of what waits for this person (features/start).
  if (me.data) return <SignedInHome />;
  return (
    <>
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      {me.data === null ? (
        <Paragraph>
          <Link to={paths.signIn.url()}>{t('home.signInPrompt')}</Link> {t('home.visitorNote')}
        </Paragraph>
      ) : null}
      <section aria-labelledby="roles-title" className="koers-section">
        <Heading2 id="roles-title">{t('home.rolesTitle')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('home.roles.bureau')}</UnorderedListItem>
          <UnorderedListItem>{t('home.roles.board')}</UnorderedListItem>
          <UnorderedListItem>{t('home.roles.portfolio')}</UnorderedListItem>
          <UnorderedListItem>{t('home.roles.council')}</UnorderedListItem>
        </UnorderedList>
      </section>
      <SystemStatus />
    </>
  );
}

export default HomeRoute;
